// The gc module: the cycle collector of the run (lang/gc.h). collect() returns how
// many objects it found unreachable; the count is CPython's where the objects are the
// same, but CPython 3.11 makes no dict for an instance until its __dict__ is asked
// for, and here every instance has one: programs should not print the number.
#include "lang/gc.h"
#include "lang/modules/module_util.h"
#include "lang/runtime_state.h"

namespace loopscope::lang {
namespace {

Collector& collector() { return *rt().gc; }

Value gc_collect(Args& a, void*) {
  check_keywords("collect", a, {"generation"});
  const Value* gen = arg_or_keyword(a, 0, "generation");
  if (a.n > 1) type_error("collect() takes at most 1 argument (" + std::to_string(a.n) + " given)");
  int64_t g = gen ? index_of(*gen) : Collector::kGenerations - 1;
  if (g < 0 || g >= Collector::kGenerations) value_error("invalid generation");
  return Value::integer(collector().collect(static_cast<int>(g)));
}

Value gc_enable(Args& a, void*) {
  check_args("enable", a, 0, 0);
  collector().enabled = true;
  return Value();
}

Value gc_disable(Args& a, void*) {
  check_args("disable", a, 0, 0);
  collector().enabled = false;
  return Value();
}

Value gc_isenabled(Args& a, void*) {
  check_args("isenabled", a, 0, 0);
  return Value::boolean(collector().enabled);
}

Value gc_get_threshold(Args& a, void*) {
  check_args("get_threshold", a, 0, 0);
  const Collector& c = collector();
  return new_tuple({Value::integer(c.threshold[0]), Value::integer(c.threshold[1]), Value::integer(c.threshold[2])});
}

Value gc_set_threshold(Args& a, void*) {
  check_args("set_threshold", a, 1, 3);
  for (size_t i = 0; i < a.n; ++i) collector().threshold[i] = index_of(a[i]);
  return Value();
}

Value gc_get_count(Args& a, void*) {
  check_args("get_count", a, 0, 0);
  const Collector& c = collector();
  return new_tuple({Value::integer(c.count[0]), Value::integer(c.count[1]), Value::integer(c.count[2])});
}

}  // namespace

void build_gc_module(Module* m) {
  add_function(m, "collect", gc_collect);
  add_function(m, "enable", gc_enable);
  add_function(m, "disable", gc_disable);
  add_function(m, "isenabled", gc_isenabled);
  add_function(m, "get_threshold", gc_get_threshold);
  add_function(m, "set_threshold", gc_set_threshold);
  add_function(m, "get_count", gc_get_count);
}

}  // namespace loopscope::lang
