// dict.keys(), .values() and .items(): live views of their dict (a key added
// later is seen), with len, in, iteration, reversed(), repr, and for keys and items
// the set operations (&, |, -, ^ with any iterable, giving a set), == with sets
// and views, and isdisjoint. Their types have native dunders the protocol calls.
#include "lang/interp_state.h"
#include "lang/modules.h"
#include "lang/repr.h"
#include "lang/runtime_state.h"
#include "lang/sequences.h"
#include "lang/set_ops.h"

namespace loopscope::lang {

namespace {

enum ViewKind { kKeys = 0, kValues = 1, kItems = 2 };

class DictView : public Container {
 public:
  DictView(Type* t, Value d, int k) : Container(t), dict(std::move(d)), kind(k) {}
  void traverse(VisitRef visit, void* ctx) override {
    Container::traverse(visit, ctx);
    visit_value(dict, visit, ctx);
  }
  // Not cleared: its methods take dict to be a dict; the dict's own clear breaks any cycle.
  Value dict;
  int kind;
};

DictView* view_self(Args& a, const char* name) {
  if (a.n == 0 || !a[0].is_object()) type_error(std::string("descriptor '") + name + "' needs a dict view");
  for (Type* t : rt().dict_view_types)
    if (type_of(a[0]) == t) return static_cast<DictView*>(a[0].as_object());
  type_error(std::string("descriptor '") + name + "' needs a dict view, not '" + type_name(a[0]) + "'");
}

Dict* dict_of(DictView* v) { return as<Dict>(v->dict); }

bool is_set_like_view(const Value& v) {
  return type_of(v) == rt().dict_view_types[kKeys] || type_of(v) == rt().dict_view_types[kItems];
}

// The view's elements, in the dict's order.
std::vector<Value> elements(DictView* v) {
  std::vector<Value> out;
  for (auto& e : dict_of(v)->entries) {
    if (!e.used) continue;
    out.push_back(v->kind == kKeys ? e.key : v->kind == kValues ? e.value : new_tuple({e.key, e.value}));
  }
  return out;
}

bool view_contains(DictView* v, const Value& x) {
  Dict* d = dict_of(v);
  if (v->kind == kKeys) return d->get(x) != nullptr;
  if (v->kind == kItems) {
    if (type_of(x) != types().tuple || as<Tuple>(x)->items.size() != 2) return false;
    const Value* found = d->get(as<Tuple>(x)->items[0]);
    return found && (found->is(as<Tuple>(x)->items[1]) || values_equal(*found, as<Tuple>(x)->items[1]));
  }
  for (auto& e : d->entries)
    if (e.used && (e.value.is(x) || values_equal(e.value, x))) return true;
  return false;
}

Value v_iter(Args& a, void*) {
  return dict_view_iter(view_self(a, "__iter__")->dict, view_self(a, "__iter__")->kind);
}

Value v_len(Args& a, void*) { return Value::integer(dict_of(view_self(a, "__len__"))->count); }

Value v_contains(Args& a, void*) {
  check_args("__contains__", a, 2, 2);
  return Value::boolean(view_contains(view_self(a, "__contains__"), a[1]));
}

Value v_reversed(Args& a, void*) {
  std::vector<Value> items = elements(view_self(a, "__reversed__"));
  std::reverse(items.begin(), items.end());
  return get_iter(new_list(std::move(items)));
}

Value v_repr(Args& a, void*) {
  DictView* v = view_self(a, "__repr__");
  std::string s;
  for (const Value& x : elements(v)) s += (s.empty() ? "" : ", ") + repr(x);
  return new_str(type_name(a[0]) + "([" + s + "])");
}

Value set_of(const Value& iterable) {
  Value s = new_set();
  set_update(s, iterable);
  return s;
}

// _PyDictView_Intersect: through the set's intersection when the other side is a
// set at least as large, else the other side walked, keeping what the view holds.
Value view_intersection(const Value& view, const Value& other) {
  int64_t n = dict_of(as<DictView>(view))->count;
  if (type_of(other) == types().set && n <= length(other)) return set_operation(ast::BinOp::BitAnd, other, view);
  Value self = view, walked = other;
  if (is_set_like_view(other) && length(other) > n) std::swap(self, walked);
  Value result = new_set();
  for (const Value& x : to_vector(walked))
    if (view_contains(as<DictView>(self), x)) set_add(result, x);
  return result;
}

// view <op> other and other <op> view, as CPython: a set of the left operand updated
// with the right one (the other side must be iterable: CPython raises rather than
// giving NotImplemented); & is the view's intersection either way.
template <ast::BinOp Op, bool Reflected>
Value v_set_op(Args& a, void*) {
  check_args("set operation", a, 2, 2);
  view_self(a, "set operation");
  if (Op == ast::BinOp::BitAnd) return view_intersection(a[0], a[1]);
  Value result = set_of(Reflected ? a[1] : a[0]);
  set_inplace_operation(Op, result, Reflected ? a[0] : a[1]);
  return result;
}

// == and != with a set or another keys/items view: same size, all contained.
template <bool Equal>
Value v_compare(Args& a, void*) {
  check_args("__eq__", a, 2, 2);
  DictView* v = view_self(a, "__eq__");
  Type* t = type_of(a[1]);
  bool comparable = t->layout == Layout::Set || t->layout == Layout::FrozenSet || is_set_like_view(a[1]);
  if (v->kind == kValues || !comparable) return not_implemented();
  bool same = length(a[1]) == dict_of(v)->count;
  if (same)
    for (const Value& x : to_vector(a[1]))
      if (!view_contains(v, x)) {
        same = false;
        break;
      }
  return Value::boolean(same == Equal);
}

Value v_isdisjoint(Args& a, void*) {
  check_args("isdisjoint", a, 2, 2);
  DictView* v = view_self(a, "isdisjoint");
  for (const Value& x : to_vector(a[1]))
    if (view_contains(v, x)) return Value::boolean(false);
  return Value::boolean(true);
}

}  // namespace

Value make_dict_view(const Value& dict, int kind) {
  return Value::object(new DictView(rt().dict_view_types[static_cast<size_t>(kind)], dict, kind));
}

void install_dict_views(Runtime& r) {
  const char* names[] = {"dict_keys", "dict_values", "dict_items"};
  using B = ast::BinOp;
  for (int kind = 0; kind < 3; ++kind) {
    Type* t = r.make_type(names[kind], Layout::Native, r.types.object, nullptr);
    t->native_dunders = true;
    r.dict_view_types[kind] = t;
    r.add_method(t, "__iter__", v_iter);
    r.add_method(t, "__len__", v_len);
    r.add_method(t, "__contains__", v_contains);
    r.add_method(t, "__reversed__", v_reversed);
    r.add_method(t, "__repr__", v_repr);
    if (kind == kValues) continue;
    t->dict->set_str("__hash__", Value());  // set-like, so unhashable
    r.add_method(t, "__eq__", v_compare<true>);
    r.add_method(t, "__ne__", v_compare<false>);
    r.add_method(t, "isdisjoint", v_isdisjoint);
    r.add_method(t, "__and__", v_set_op<B::BitAnd, false>);
    r.add_method(t, "__or__", v_set_op<B::BitOr, false>);
    r.add_method(t, "__sub__", v_set_op<B::Sub, false>);
    r.add_method(t, "__xor__", v_set_op<B::BitXor, false>);
    r.add_method(t, "__rand__", v_set_op<B::BitAnd, true>);
    r.add_method(t, "__ror__", v_set_op<B::BitOr, true>);
    r.add_method(t, "__rsub__", v_set_op<B::Sub, true>);
    r.add_method(t, "__rxor__", v_set_op<B::BitXor, true>);
  }
}

}  // namespace loopscope::lang
