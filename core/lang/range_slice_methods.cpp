// The methods of range and slice objects: range.index/count, slice.indices.
#include "lang/numeric.h"
#include "lang/runtime_state.h"
#include "lang/sequences.h"

namespace loopscope::lang {

namespace {

Range* range_self(Args& a, const char* name) {
  if (a.n == 0 || type_of(a[0]) != types().range)
    type_error(std::string("descriptor '") + name + "' requires a 'range' object");
  return as<Range>(a[0]);
}

// The position of int `x` in the range, or -1.
int64_t range_position(const Range* r, int64_t x) {
  bool inside = r->step > 0 ? (x >= r->start && x < r->stop) : (x <= r->start && x > r->stop);
  if (!inside || (x - r->start) % r->step != 0) return -1;
  return (x - r->start) / r->step;
}

// range.index(x): arithmetic for ints, a search by == for anything else.
Value range_index(Args& a, void*) {
  check_args("index", a, 2, 2);
  Range* r = range_self(a, "index");
  const Value& x = a[1];
  if (x.is_int() || x.is_bool()) {
    int64_t pos = range_position(r, x.is_int() ? x.as_int() : x.as_bool());
    if (pos >= 0) return Value::integer(pos);
  } else {
    int64_t n = r->length();
    for (int64_t i = 0; i < n; ++i)
      if (values_equal(Value::integer(r->start + i * r->step), x)) return Value::integer(i);
  }
  value_error(repr(x) + " is not in range");
}

Value range_count(Args& a, void*) {
  check_args("count", a, 2, 2);
  Range* r = range_self(a, "count");
  const Value& x = a[1];
  if (x.is_int() || x.is_bool())
    return Value::integer(range_position(r, x.is_int() ? x.as_int() : x.as_bool()) >= 0);
  int64_t n = r->length(), count = 0;
  for (int64_t i = 0; i < n; ++i)
    if (values_equal(Value::integer(r->start + i * r->step), x)) ++count;
  return Value::integer(count);
}

// slice.indices(length): (start, stop, step) clipped to a sequence of that length.
Value slice_indices_method(Args& a, void*) {
  check_args("indices", a, 2, 2);
  if (type_of(a[0]) != types().slice) type_error("descriptor 'indices' requires a 'slice' object");
  auto* sl = as<Slice>(a[0]);
  if (!is_int_like(a[1])) type_error("'" + type_name(a[1]) + "' object cannot be interpreted as an integer");
  int64_t length = index_of(a[1]);
  if (length < 0) value_error("length should not be negative");
  for (const Value* v : {&sl->start, &sl->stop, &sl->step})
    if (!v->is_none() && !is_int_like(*v) && !type_of(*v)->lookup("__index__"))
      type_error("slice indices must be integers or None or have an __index__ method");
  int64_t start, stop, step;
  slice_indices(*sl, length, &start, &stop, &step);
  return new_tuple({Value::integer(start), Value::integer(stop), Value::integer(step)});
}

}  // namespace

void install_range_slice_methods(Runtime& r) {
  r.add_method(types().range, "index", range_index);
  r.add_method(types().range, "count", range_count);
  r.add_method(types().slice, "indices", slice_indices_method);
}

}  // namespace loopscope::lang
