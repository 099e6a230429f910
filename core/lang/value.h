// Value: one Python value in 16 bytes. None, bools, small ints and floats are
// immediate; everything else is a counted pointer, either to a language Object or
// to a core/loop future (Python's Future and Task are the loop's own objects; see
// README.md "Values"). Copying a Value retains, destroying releases.
#pragma once

#include <cstdint>
#include <utility>

#include "loop/future.h"
#include "loop/ref.h"

// The VM's handlers are one large function where GCC stops inlining; these few
// lines run on nearly every instruction, so they are always inlined. The asan preset
// turns this off (LOOPSCOPE_NO_FORCED_INLINE): under clang's sanitizers the forced
// copies made vm.cpp alone take minutes to compile, for no gain at -O1.
#if defined(__GNUC__) && !defined(LOOPSCOPE_NO_FORCED_INLINE)
#define LOOPSCOPE_ALWAYS_INLINE __attribute__((always_inline)) inline
#else
#define LOOPSCOPE_ALWAYS_INLINE inline
#endif

namespace loopscope::lang {

class Object;

enum class Tag : uint8_t {
  None,
  Bool,
  Int,     // fits in int64; larger ints are BigInt objects
  Float,
  Object,  // a counted lang::Object
  Future,  // a counted loopscope::FutureBase (Future or Task)
  Null,    // internal marker on the VM's stack (no method to bind); never a Python value
};

class Value {
 public:
  LOOPSCOPE_ALWAYS_INLINE Value() : tag_(Tag::None), i_(0) {}
  LOOPSCOPE_ALWAYS_INLINE ~Value() { drop(); }
  LOOPSCOPE_ALWAYS_INLINE Value(const Value& o) : tag_(o.tag_), i_(o.i_) { keep(); }
  LOOPSCOPE_ALWAYS_INLINE Value(Value&& o) noexcept : tag_(o.tag_), i_(o.i_) { o.tag_ = Tag::None; }
  LOOPSCOPE_ALWAYS_INLINE Value& operator=(const Value& o) {
    if (this != &o) {
      o.keep();
      drop();
      tag_ = o.tag_;
      i_ = o.i_;
    }
    return *this;
  }
  LOOPSCOPE_ALWAYS_INLINE Value& operator=(Value&& o) noexcept {
    if (this != &o) {
      drop();
      tag_ = std::exchange(o.tag_, Tag::None);
      i_ = o.i_;
    }
    return *this;
  }

  static Value none() { return Value(); }
  static Value null() {
    Value v;
    v.tag_ = Tag::Null;
    return v;
  }
  bool is_null() const { return tag_ == Tag::Null; }
  static Value boolean(bool b) {
    Value v;
    v.tag_ = Tag::Bool;
    v.b_ = b;
    return v;
  }
  static Value integer(int64_t i) {
    Value v;
    v.tag_ = Tag::Int;
    v.i_ = i;
    return v;
  }
  static Value floating(double f) {
    Value v;
    v.tag_ = Tag::Float;
    v.f_ = f;
    return v;
  }
  // Takes a new reference to `o` (which must not be null).
  static Value object(Object* o);
  static Value future(FutureBase* f) {
    Value v;
    v.tag_ = Tag::Future;
    v.fut_ = f;
    f->retain();
    return v;
  }

  Tag tag() const { return tag_; }
  bool is_none() const { return tag_ == Tag::None; }
  bool is_bool() const { return tag_ == Tag::Bool; }
  bool is_int() const { return tag_ == Tag::Int; }
  bool is_float() const { return tag_ == Tag::Float; }
  bool is_object() const { return tag_ == Tag::Object; }
  bool is_future() const { return tag_ == Tag::Future; }

  bool as_bool() const { return b_; }
  int64_t as_int() const { return i_; }
  double as_float() const { return f_; }
  Object* as_object() const { return obj_; }
  FutureBase* as_future() const { return fut_; }

  // Identity (Python's `is`): same tag and same payload bits.
  bool is(const Value& o) const { return tag_ == o.tag_ && i_ == o.i_; }

 private:
  // Only Object and Future payloads are counted. keep() and drop() are inline (in
  // object.h, where Object is complete): an object's retain, and a release that is
  // not its last, cost no call; immediate values (ints, floats, None) cost a test.
  bool counted() const { return tag_ == Tag::Object || tag_ == Tag::Future; }
  void keep() const;
  void drop();
  const RefCounted* counted_base() const;  // the count of an Object or Future payload
  void keep_counted() const;  // a future's retain
  void drop_counted();        // a future's release, or an object's last one

  Tag tag_;
  union {
    bool b_;
    int64_t i_;
    double f_;
    Object* obj_;
    FutureBase* fut_;
  };
};

static_assert(sizeof(Value) == 16, "Value is a tag and an 8-byte payload");

}  // namespace loopscope::lang

// keep() and drop() need Object complete; object.h includes this file first, so
// whichever of the two a file includes, both are complete after it.
#include "lang/object.h"
