// Value: immediates, identity and the reference counting of object payloads.
#include <gtest/gtest.h>

#include "lang/object.h"
#include "lang/value.h"

using namespace loopscope;
using namespace loopscope::lang;

namespace {
// An object that records its destruction.
struct Probe : Object {
  explicit Probe(bool* dead) : Object(nullptr), dead_(dead) {}
  ~Probe() override { *dead_ = true; }
  bool* dead_;
};
}  // namespace

// Immediates keep their payload and tag.
TEST(ValueTest, Immediates) {
  EXPECT_TRUE(Value().is_none());
  EXPECT_EQ(Value::integer(-5).as_int(), -5);
  EXPECT_EQ(Value::floating(0.5).as_float(), 0.5);
  EXPECT_TRUE(Value::boolean(true).as_bool());
  EXPECT_TRUE(Value::integer(3).is(Value::integer(3)));
  EXPECT_FALSE(Value::integer(1).is(Value::boolean(true)));
}

// Copies share the object; the last release destroys it; moves transfer.
TEST(ValueTest, ObjectsAreCounted) {
  bool dead = false;
  {
    Value a = Value::object(new Probe(&dead));
    EXPECT_EQ(a.as_object()->ref_count(), 1u);
    Value b = a;
    EXPECT_EQ(a.as_object()->ref_count(), 2u);
    Value c = std::move(b);
    EXPECT_TRUE(b.is_none());
    EXPECT_EQ(c.as_object()->ref_count(), 2u);
    a = Value::integer(1);
    EXPECT_FALSE(dead);
  }
  EXPECT_TRUE(dead);
}

// Self-assignment keeps the object alive.
TEST(ValueTest, SelfAssignmentIsSafe) {
  bool dead = false;
  Value a = Value::object(new Probe(&dead));
  Value& alias = a;
  a = alias;
  EXPECT_FALSE(dead);
  EXPECT_EQ(a.as_object()->ref_count(), 1u);
}
