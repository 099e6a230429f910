// pattern_match: see pattern_match.h.
#include "lang/pattern_match.h"

#include <string>
#include <vector>

#include "lang/interp_state.h"

namespace loopscope::lang {

namespace {

bool has_base(const Type* t, const Type* base) { return base && t->is_subtype(base); }

// The builtin types whose class pattern takes the subject itself as its one
// positional sub-pattern (CPython's _Py_TPFLAGS_MATCH_SELF), inherited.
bool matches_self(const Type* t) {
  const Types& ty = types();
  for (const Type* b : {ty.bool_, ty.bytes, ty.dict, ty.float_, ty.frozenset, ty.int_, ty.list, ty.set, ty.str,
                        ty.tuple})
    if (has_base(t, b)) return true;
  return false;
}

const std::vector<Value>& tuple_items(const Value& v) { return as<Tuple>(v)->items; }

}  // namespace

bool is_match_sequence(const Value& subject) {
  Type* t = type_of(subject);
  switch (t->layout) {
    case Layout::List: case Layout::Tuple: case Layout::Range: return true;
    case Layout::Native: return t->match_sequence;
    default: return false;
  }
}

bool is_match_mapping(const Value& subject) { return type_of(subject)->layout == Layout::Dict; }

Value match_keys(const Value& subject, const Value& keys) {
  const std::vector<Value>& ks = tuple_items(keys);
  std::vector<Value> values;
  if (ks.empty()) return new_tuple({});
  Value get = get_attr(subject, intern_str("get"));
  Value missing = Value::object(new Instance(types().object));
  std::vector<Value> seen;
  for (const Value& k : ks) {
    (void)hash_value(k);  // unhashable keys: TypeError, as CPython's set of seen keys
    for (const Value& s : seen)
      if (values_equal(s, k)) value_error("mapping pattern checks duplicate key (" + repr(k) + ")");
    seen.push_back(k);
    Value v = call(get, {k, missing});
    if (v.is(missing)) return none();
    values.push_back(std::move(v));
  }
  return new_tuple(std::move(values));
}

Value dict_without_keys(const Value& subject, const Value& keys) {
  Value rest = new_dict();
  dict_merge(rest, subject, false);
  for (const Value& k : tuple_items(keys)) del_item(rest, k);
  return rest;
}

Value match_class(const Value& subject, const Value& cls, const Value& names, int nargs) {
  if (!cls.is_object() || type_of(cls)->layout != Layout::Type) type_error("called match pattern must be a type");
  Type* t = as<Type>(cls);
  if (!isinstance(subject, t)) return none();
  std::vector<std::string> seen;
  std::vector<Value> attrs;
  bool missing = false;
  // The attribute `name` of the subject; each attribute once.
  auto attribute = [&](const Value& name) {
    const std::string& n = str_of(name);
    for (const std::string& s : seen)
      if (s == n) type_error(t->name + "() got multiple sub-patterns for attribute " + repr(name));
    seen.push_back(n);
    Value v;
    if (!try_get_attr(subject, as<Str>(name), &v)) missing = true;
    else attrs.push_back(std::move(v));
  };
  if (nargs > 0) {
    Value match_args;
    bool match_self = false;
    if (try_get_attr(cls, intern_str("__match_args__"), &match_args)) {
      if (type_of(match_args) != types().tuple)
        type_error(t->name + ".__match_args__ must be a tuple (got " + type_name(match_args) + ")");
    } else {
      match_args = new_tuple({});
      match_self = matches_self(t);
    }
    int64_t allowed = match_self ? 1 : static_cast<int64_t>(tuple_items(match_args).size());
    if (allowed < nargs) {
      type_error(t->name + "() accepts " + std::to_string(allowed) + " positional sub-pattern" +
                 (allowed == 1 ? "" : "s") + " (" + std::to_string(nargs) + " given)");
    }
    if (match_self) {
      attrs.push_back(subject);
    } else {
      for (int i = 0; i < nargs; ++i) {
        const Value& name = tuple_items(match_args)[static_cast<size_t>(i)];
        if (type_of(name) != types().str)
          type_error("__match_args__ elements must be strings (got " + type_name(name) + ")");
        attribute(name);
        if (missing) return none();
      }
    }
  }
  for (const Value& name : tuple_items(names)) {
    attribute(name);
    if (missing) return none();
  }
  return new_tuple(std::move(attrs));
}

}  // namespace loopscope::lang
