// BaseExceptionGroup.split, .subgroup and .derive, as CPython 3.11 defines them:
// the condition is an exception type, a tuple of them, or a predicate called on
// every exception and nested group; the parts are new groups made by derive()
// (which a subclass may override) carrying the original's traceback, cause,
// context and notes; a group whose every exception matches is kept as it is.
#include "lang/interp_state.h"
#include "lang/runtime_state.h"

namespace loopscope::lang {

namespace {

struct Condition {
  Value types;      // a type or a tuple of types, or
  Value predicate;  // a callable
};

Condition parse_condition(const Value& v) {
  auto is_exception_type = [](const Value& t) {
    return t.is_object() && t.as_object()->type()->layout == Layout::Type && as<Type>(t)->is_base_exception;
  };
  if (is_exception_type(v)) return {v, Value()};
  if (type_of(v) == types().tuple) {
    bool all = true;
    for (auto& t : as<Tuple>(v)->items) all = all && is_exception_type(t);
    if (all) return {v, Value()};
  }
  Type* t = type_of(v);
  bool callable = t->layout == Layout::Function || t->layout == Layout::NativeFunction ||
                  t->layout == Layout::BoundMethod || (!t->is_builtin && t->lookup("__call__"));
  if (callable) return {Value(), v};
  type_error("expected a function, exception type or tuple of exception types");
}

bool matches(const Condition& c, const Value& exc) {
  if (!c.predicate.is_none()) return truthy(call(c.predicate, {exc}));
  if (type_of(c.types) == types().tuple) {
    for (auto& t : as<Tuple>(c.types)->items)
      if (isinstance(exc, as<Type>(t))) return true;
    return false;
  }
  return isinstance(exc, as<Type>(c.types));
}

// eg.derive(excs) plus what CPython copies onto the new group.
Value derive_from(const Value& eg, std::vector<Value> excs) {
  Value g = call_method(eg, "derive", {new_list(std::move(excs))});
  if (!isinstance(g, types().BaseExceptionGroup))
    type_error("derive must return an instance of BaseExceptionGroup");
  auto* src = as<ExceptionObj>(eg);
  auto* dst = as<ExceptionObj>(g);
  dst->traceback = src->traceback;
  dst->cause = src->cause;
  dst->context = src->context;
  if (const Value* notes = src->dict->get_str("__notes__")) dst->dict->set_str("__notes__", *notes);
  return g;
}

// Splits `exc` into the part matching `c` and the rest (None when empty). With
// `want_rest` false only the match is computed (subgroup).
void split(const Value& exc, const Condition& c, bool want_rest, Value* match, Value* rest) {
  *match = Value();
  *rest = Value();
  if (matches(c, exc)) {
    *match = exc;
    return;
  }
  if (!isinstance(exc, types().BaseExceptionGroup)) {
    if (want_rest) *rest = exc;
    return;
  }
  std::vector<Value> yes, no;
  for (auto& e : as<Tuple>(as<ExceptionObj>(exc)->group_exceptions)->items) {
    Value m, r;
    split(e, c, want_rest, &m, &r);
    if (!m.is_none()) yes.push_back(m);
    if (!r.is_none()) no.push_back(r);
  }
  if (!yes.empty()) *match = derive_from(exc, std::move(yes));
  if (want_rest && !no.empty()) *rest = derive_from(exc, std::move(no));
}

Value group_self(Args& a, const char* name) {
  if (a.n == 0 || !isinstance(a[0], types().BaseExceptionGroup))
    type_error(std::string("descriptor '") + name + "' requires a 'BaseExceptionGroup' object");
  return a[0];
}

Value eg_split(Args& a, void*) {
  check_args("split", a, 2, 2);
  Value self = group_self(a, "split");
  Value match, rest;
  split(self, parse_condition(a[1]), true, &match, &rest);
  return new_tuple({match, rest});
}

Value eg_subgroup(Args& a, void*) {
  check_args("subgroup", a, 2, 2);
  Value self = group_self(a, "subgroup");
  Value match, rest;
  split(self, parse_condition(a[1]), false, &match, &rest);
  return match;
}

// The default derive: a group of the same message (ExceptionGroup when it can be).
Value eg_derive(Args& a, void*) {
  check_args("derive", a, 2, 2);
  Value self = group_self(a, "derive");
  return call(Value::object(types().BaseExceptionGroup),
              {new_str(as<ExceptionObj>(self)->group_message), a[1]});
}

}  // namespace

void install_exception_group_methods(Runtime& r) {
  r.add_method(r.types.BaseExceptionGroup, "split", eg_split);
  r.add_method(r.types.BaseExceptionGroup, "subgroup", eg_subgroup);
  r.add_method(r.types.BaseExceptionGroup, "derive", eg_derive);
}

}  // namespace loopscope::lang
