// _collections: the native half of collections (pylib/collections.py is the rest):
// namedtuple's field getters, and deque: a double-ended queue over std::deque with CPython's methods,
// bound (maxlen), errors and reprs. Its type sets native_dunders, so len(), in,
// iteration, indexing, == and repr() reach the __len__, __contains__... below.
#include <algorithm>
#include <deque>

#include "lang/ast.h"
#include "lang/modules/module_util.h"
#include "lang/numeric.h"
#include "lang/runtime_state.h"

namespace loopscope::lang {
namespace {

class DequeObj : public NativeObject {
 public:
  explicit DequeObj(Type* t) : NativeObject(t) {}
  void traverse(VisitRef visit, void* ctx) override {
    NativeObject::traverse(visit, ctx);
    for (const Value& v : items) visit_value(v, visit, ctx);
  }
  void clear_refs() override {
    std::deque<Value> old = std::move(items);
    items.clear();
    ++state;
  }
  std::deque<Value> items;
  int64_t maxlen = -1;   // -1: unbounded
  uint64_t state = 0;    // bumped by every change of shape: iterators detect them
  bool in_repr = false;  // repr of a deque that contains itself prints [...]

  // Appends on one side, dropping from the other past maxlen (CPython's order).
  void push_back(Value v) {
    if (maxlen == 0) return;
    if (static_cast<int64_t>(items.size()) == maxlen) items.pop_front();
    items.push_back(std::move(v));
    ++state;
  }
  void push_front(Value v) {
    if (maxlen == 0) return;
    if (static_cast<int64_t>(items.size()) == maxlen) items.pop_back();
    items.push_front(std::move(v));
    ++state;
  }
};

DequeObj& self_of(Args& a, const char* fname) {
  DequeObj* d = a.n && a[0].is_object() ? dynamic_cast<DequeObj*>(a[0].as_object()) : nullptr;
  if (!d) type_error(std::string("descriptor '") + fname + "' requires a 'collections.deque' object");
  return *d;
}

DequeObj* deque_or_null(const Value& v) {
  return v.is_object() ? dynamic_cast<DequeObj*>(v.as_object()) : nullptr;
}

bool same_value(const Value& a, const Value& b) { return a.is(b) || values_equal(a, b); }

// The items of `iterable`, copied first when it is the deque itself (d.extend(d)).
std::vector<Value> items_of(const DequeObj& d, const Value& iterable) {
  if (deque_or_null(iterable) == &d) return std::vector<Value>(d.items.begin(), d.items.end());
  return to_vector(iterable);
}

int64_t deque_index(const DequeObj& d, const Value& key) {
  if (key.is_object() && type_of(key) == types().slice)
    type_error("sequence index must be integer, not 'slice'");
  int64_t i = index_of(key);
  int64_t n = static_cast<int64_t>(d.items.size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(types().IndexError, "deque index out of range");
  return i;
}

Value deque_ctor(Type* t, Args& a) {
  auto p = bind_args(a, "deque", {"iterable", "maxlen"}, 0);
  auto* d = new DequeObj(t);
  Value v = Value::object(d);
  if (p[1] && !p[1]->is_none()) {
    if (!is_int_like(*p[1])) type_error("an integer is required");
    d->maxlen = index_of(*p[1]);
    if (d->maxlen < 0) value_error("maxlen must be non-negative");
  }
  if (p[0])
    for (auto& x : to_vector(*p[0])) d->push_back(std::move(x));
  return v;
}

Value d_append(Args& a, void*) {
  DequeObj& d = self_of(a, "append");
  check_args("append", a, 2, 2);
  d.push_back(a[1]);
  return Value();
}

Value d_appendleft(Args& a, void*) {
  DequeObj& d = self_of(a, "appendleft");
  check_args("appendleft", a, 2, 2);
  d.push_front(a[1]);
  return Value();
}

Value d_pop(Args& a, void*) {
  DequeObj& d = self_of(a, "pop");
  check_args("pop", a, 1, 1);
  if (d.items.empty()) raise(types().IndexError, "pop from an empty deque");
  Value v = std::move(d.items.back());
  d.items.pop_back();
  ++d.state;
  return v;
}

Value d_popleft(Args& a, void*) {
  DequeObj& d = self_of(a, "popleft");
  check_args("popleft", a, 1, 1);
  if (d.items.empty()) raise(types().IndexError, "pop from an empty deque");
  Value v = std::move(d.items.front());
  d.items.pop_front();
  ++d.state;
  return v;
}

Value d_extend(Args& a, void*) {
  DequeObj& d = self_of(a, "extend");
  check_args("extend", a, 2, 2);
  for (auto& x : items_of(d, a[1])) d.push_back(std::move(x));
  return Value();
}

Value d_extendleft(Args& a, void*) {
  DequeObj& d = self_of(a, "extendleft");
  check_args("extendleft", a, 2, 2);
  for (auto& x : items_of(d, a[1])) d.push_front(std::move(x));
  return Value();
}

Value d_rotate(Args& a, void*) {
  DequeObj& d = self_of(a, "rotate");
  check_args("rotate", a, 1, 2);
  int64_t n = a.n > 1 ? index_of(a[1]) : 1;
  int64_t size = static_cast<int64_t>(d.items.size());
  if (size <= 1) return Value();
  n %= size;
  if (n < 0) n += size;
  // Rotating right by n brings the last n items to the front.
  std::rotate(d.items.begin(), d.items.begin() + (size - n), d.items.end());
  ++d.state;
  return Value();
}

Value d_clear(Args& a, void*) {
  DequeObj& d = self_of(a, "clear");
  d.items.clear();
  ++d.state;
  return Value();
}

Value copy_of(const DequeObj& d) {
  auto* c = new DequeObj(d.type());
  Value v = Value::object(c);
  c->maxlen = d.maxlen;
  c->items = d.items;
  return v;
}

Value d_copy(Args& a, void*) { return copy_of(self_of(a, "copy")); }

Value d_count(Args& a, void*) {
  DequeObj& d = self_of(a, "count");
  check_args("count", a, 2, 2);
  uint64_t state = d.state;
  int64_t n = 0;
  for (size_t i = 0; i < d.items.size(); ++i) {
    Value item = d.items[i];
    if (same_value(item, a[1])) ++n;
    if (d.state != state) raise(types().RuntimeError, "deque mutated during iteration");
  }
  return Value::integer(n);
}

Value d_index(Args& a, void*) {
  DequeObj& d = self_of(a, "index");
  check_args("index", a, 2, 4);
  int64_t n = static_cast<int64_t>(d.items.size());
  auto bound = [n](const Value& v) {
    int64_t i = index_of(v);
    if (i < 0) i = std::max<int64_t>(0, i + n);
    return std::min(i, n);
  };
  int64_t start = a.n > 2 ? bound(a[2]) : 0, stop = a.n > 3 ? bound(a[3]) : n;
  for (int64_t i = start; i < stop && i < static_cast<int64_t>(d.items.size()); ++i)
    if (same_value(d.items[static_cast<size_t>(i)], a[1])) return Value::integer(i);
  value_error(repr(a[1]) + " is not in deque");
}

Value d_insert(Args& a, void*) {
  DequeObj& d = self_of(a, "insert");
  check_args("insert", a, 3, 3);
  if (static_cast<int64_t>(d.items.size()) == d.maxlen) raise(types().IndexError, "deque already at its maximum size");
  int64_t n = static_cast<int64_t>(d.items.size());
  int64_t i = index_of(a[1]);
  if (i < 0) i = std::max<int64_t>(0, i + n);
  i = std::min(i, n);
  d.items.insert(d.items.begin() + i, a[2]);
  ++d.state;
  return Value();
}

Value d_remove(Args& a, void*) {
  DequeObj& d = self_of(a, "remove");
  check_args("remove", a, 2, 2);
  for (size_t i = 0; i < d.items.size(); ++i) {
    if (same_value(d.items[i], a[1])) {
      d.items.erase(d.items.begin() + static_cast<int64_t>(i));
      ++d.state;
      return Value();
    }
  }
  value_error(repr(a[1]) + " is not in deque");
}

Value d_reverse(Args& a, void*) {
  DequeObj& d = self_of(a, "reverse");
  std::reverse(d.items.begin(), d.items.end());
  ++d.state;
  return Value();
}

Value d_maxlen(Args& a, void*) {
  DequeObj& d = self_of(a, "maxlen");
  return d.maxlen < 0 ? Value() : Value::integer(d.maxlen);
}

// --- the protocol --------------------------------------------------------------------------

Value d_len(Args& a, void*) { return Value::integer(static_cast<int64_t>(self_of(a, "__len__").items.size())); }

Value d_contains(Args& a, void*) {
  DequeObj& d = self_of(a, "__contains__");
  uint64_t state = d.state;
  for (size_t i = 0; i < d.items.size(); ++i) {
    Value item = d.items[i];
    if (same_value(item, a[1])) return Value::boolean(true);
    if (d.state != state) raise(types().RuntimeError, "deque mutated during iteration");
  }
  return Value::boolean(false);
}

Value iterate(const Value& deque, bool reversed) {
  Value keep = deque;
  size_t i = 0;
  uint64_t state = static_cast<DequeObj*>(deque.as_object())->state;
  return Value::object(new NativeIterator(types().iterator, [keep, i, state, reversed](Value* out) mutable {
    auto* d = static_cast<DequeObj*>(keep.as_object());
    if (d->state != state) raise(types().RuntimeError, "deque mutated during iteration");
    if (i >= d->items.size()) return false;
    *out = reversed ? d->items[d->items.size() - 1 - i] : d->items[i];
    ++i;
    return true;
  }));
}

Value d_iter(Args& a, void*) {
  self_of(a, "__iter__");
  return iterate(a[0], false);
}

Value d_reversed(Args& a, void*) {
  self_of(a, "__reversed__");
  return iterate(a[0], true);
}

Value d_getitem(Args& a, void*) {
  DequeObj& d = self_of(a, "__getitem__");
  return d.items[static_cast<size_t>(deque_index(d, a[1]))];
}

Value d_setitem(Args& a, void*) {
  DequeObj& d = self_of(a, "__setitem__");
  d.items[static_cast<size_t>(deque_index(d, a[1]))] = a[2];
  return Value();
}

Value d_delitem(Args& a, void*) {
  DequeObj& d = self_of(a, "__delitem__");
  d.items.erase(d.items.begin() + deque_index(d, a[1]));
  ++d.state;
  return Value();
}

Value d_repr(Args& a, void*) {
  DequeObj& d = self_of(a, "__repr__");
  std::string name = d.type()->name;
  if (d.in_repr) return new_str("[...]");
  d.in_repr = true;
  std::string s;
  try {
    for (size_t i = 0; i < d.items.size(); ++i) s += (i ? ", " : "") + repr(d.items[i]);
  } catch (...) {
    d.in_repr = false;
    throw;
  }
  d.in_repr = false;
  if (d.maxlen >= 0) return new_str(name + "([" + s + "], maxlen=" + std::to_string(d.maxlen) + ")");
  return new_str(name + "([" + s + "])");
}

// Comparisons with another deque, item by item like lists; NotImplemented otherwise.
Value compare(Args& a, ast::CmpOp op) {
  DequeObj& d = self_of(a, "__eq__");
  DequeObj* other = a.n > 1 ? deque_or_null(a[1]) : nullptr;
  if (!other) return not_implemented();
  std::vector<Value> x(d.items.begin(), d.items.end()), y(other->items.begin(), other->items.end());
  if ((op == ast::CmpOp::Eq || op == ast::CmpOp::NotEq) && x.size() != y.size())
    return Value::boolean(op == ast::CmpOp::NotEq);
  size_t n = std::min(x.size(), y.size());
  for (size_t i = 0; i < n; ++i) {
    if (same_value(x[i], y[i])) continue;
    if (op == ast::CmpOp::Eq) return Value::boolean(false);
    if (op == ast::CmpOp::NotEq) return Value::boolean(true);
    return compare_op(static_cast<int>(op), x[i], y[i]);
  }
  switch (op) {
    case ast::CmpOp::Eq: return Value::boolean(x.size() == y.size());
    case ast::CmpOp::NotEq: return Value::boolean(x.size() != y.size());
    case ast::CmpOp::Lt: return Value::boolean(x.size() < y.size());
    case ast::CmpOp::LtE: return Value::boolean(x.size() <= y.size());
    case ast::CmpOp::Gt: return Value::boolean(x.size() > y.size());
    default: return Value::boolean(x.size() >= y.size());
  }
}

Value d_eq(Args& a, void*) { return compare(a, ast::CmpOp::Eq); }
Value d_ne(Args& a, void*) { return compare(a, ast::CmpOp::NotEq); }
Value d_lt(Args& a, void*) { return compare(a, ast::CmpOp::Lt); }
Value d_le(Args& a, void*) { return compare(a, ast::CmpOp::LtE); }
Value d_gt(Args& a, void*) { return compare(a, ast::CmpOp::Gt); }
Value d_ge(Args& a, void*) { return compare(a, ast::CmpOp::GtE); }

Value d_add(Args& a, void*) {
  DequeObj& d = self_of(a, "__add__");
  DequeObj* other = deque_or_null(a[1]);
  if (!other)
    type_error("can only concatenate deque (not \"" + type_name(a[1]) + "\") to deque");
  Value r = copy_of(d);
  for (auto& x : std::vector<Value>(other->items.begin(), other->items.end())) as<DequeObj>(r)->push_back(x);
  return r;
}

Value d_iadd(Args& a, void*) {
  DequeObj& d = self_of(a, "__iadd__");
  for (auto& x : items_of(d, a[1])) d.push_back(std::move(x));
  return a[0];
}

// _tuplegetter(index): the getter of a namedtuple field (self[index]), native
// because field access is the hot path of namedtuple code.
Value tuple_field(Args& a, void* index) {
  check_args("_tuplegetter", a, 1, 1);
  if (type_of(a[0])->layout != Layout::Tuple) type_error("descriptor for index requires a tuple");
  auto& items = as<Tuple>(a[0])->items;
  size_t i = reinterpret_cast<uintptr_t>(index);
  if (i >= items.size()) raise(types().IndexError, "tuple index out of range");
  return items[i];
}

// The setter of a namedtuple field: fields are read-only.
Value tuple_field_set(Args&, void*) { raise(types().AttributeError, "can't set attribute"); }

Value make_tuplegetter(Args& a, void*) {
  check_args("_tuplegetter", a, 1, 1);
  int64_t index = index_of(a[0]);
  if (index < 0) value_error("index must be non-negative");
  return make_native("_tuplegetter", tuple_field, reinterpret_cast<void*>(static_cast<uintptr_t>(index)));
}

struct Method {
  const char* name;
  NativeFn fn;
};
const Method kMethods[] = {
    {"append", d_append}, {"appendleft", d_appendleft}, {"pop", d_pop}, {"popleft", d_popleft},
    {"extend", d_extend}, {"extendleft", d_extendleft}, {"rotate", d_rotate}, {"clear", d_clear},
    {"copy", d_copy}, {"__copy__", d_copy}, {"count", d_count}, {"index", d_index}, {"insert", d_insert},
    {"remove", d_remove}, {"reverse", d_reverse}, {"__len__", d_len}, {"__contains__", d_contains},
    {"__iter__", d_iter}, {"__reversed__", d_reversed}, {"__getitem__", d_getitem},
    {"__setitem__", d_setitem}, {"__delitem__", d_delitem}, {"__repr__", d_repr}, {"__eq__", d_eq},
    {"__ne__", d_ne}, {"__lt__", d_lt}, {"__le__", d_le}, {"__gt__", d_gt}, {"__ge__", d_ge},
    {"__add__", d_add}, {"__iadd__", d_iadd},
};

}  // namespace

void build_collections_natives(Module* m) {
  Runtime& r = rt();
  Type* t = r.make_type("deque", Layout::Native, types().object, deque_ctor);
  t->match_sequence = true;
  t->module = "collections";
  t->native_dunders = true;
  for (const Method& method : kMethods) r.add_method(t, method.name, method.fn);
  auto* maxlen = new Property(types().property);
  t->dict->set_str("maxlen", Value::object(maxlen));
  maxlen->fget = make_native("maxlen", d_maxlen);
  t->dict->set_str("__hash__", Value());  // unhashable, like a list
  m->dict->set_str("deque", Value::object(t));
  add_function(m, "_tuplegetter", make_tuplegetter);
  add_function(m, "_tuplesetter", tuple_field_set);
}

}  // namespace loopscope::lang
