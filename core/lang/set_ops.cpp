// set and frozenset: construction, the operators and the methods, each following
// CPython 3.11's algorithm (Objects/setobject.c) so results iterate in its order:
// which operand is walked, what is copied first, when a result is resized.
#include "lang/interp_state.h"
#include "lang/runtime_state.h"
#include "lang/sequences.h"
#include "lang/set_ops.h"
#include "lang/set_table.h"

namespace loopscope::lang {

namespace {

bool is_any_set(const Value& v) {
  Layout l = type_of(v)->layout;
  return l == Layout::Set || l == Layout::FrozenSet;
}
SetTable& table_of(const Value& set) { return as<Set>(set)->table; }

// The active keys (with their hashes) of a set, in slot order: a copy, since walking
// may call __eq__, which may change the set.
std::vector<SetTable::Entry> active_entries(const Value& set) {
  std::vector<SetTable::Entry> keys;
  for (const auto& e : table_of(set).entries)
    if (e.used) keys.push_back(e);
  return keys;
}

// make_new_set_basetype: results of a subclass's operations are plain sets/frozensets.
Value new_base_set(const Value& like) {
  return new_set(type_of(like)->layout == Layout::FrozenSet ? types().frozenset : types().set);
}

Value set_copy_of(const Value& set) {
  Value r = new_base_set(set);
  set_update(r, set);
  return r;
}

// set_intersection: walks the smaller set (or the iterable), keeping common keys.
Value intersection(const Value& so, const Value& other) {
  if (so.is(other)) return set_copy_of(so);
  Value result = new_base_set(so);
  SetTable& out = table_of(result);
  if (is_any_set(other)) {
    const Value* big = &so;
    const Value* small = &other;
    if (table_of(other).count > table_of(so).count) std::swap(big, small);
    for (const auto& e : active_entries(*small))
      if (table_of(*big).contains_entry(e.key, e.hash)) out.add_entry(e.key, e.hash);
    return result;
  }
  for (const Value& key : to_vector(other)) {
    int64_t hash = hash_value(key);
    if (table_of(so).contains_entry(key, hash)) {
      out.add_entry(key, hash);
      if (out.count >= table_of(so).count) break;
    }
  }
  return result;
}

void difference_update(const Value& so, const Value& other) {
  SetTable& t = table_of(so);
  if (so.is(other)) {
    t.clear();
    return;
  }
  if (is_any_set(other)) {
    // Against a set over 8 times larger, only the common keys matter.
    Value keys_from = table_of(other).count >> 3 > t.count ? intersection(so, other) : other;
    for (const auto& e : active_entries(keys_from)) t.discard_entry(e.key, e.hash);
  } else {
    for (const Value& key : to_vector(other)) t.discard(key);
  }
  t.shrink_dummies();
}

Value difference(const Value& so, const Value& other) {
  bool sized = is_any_set(other) || type_of(other) == types().dict;
  int64_t other_size = !sized ? 0 : is_any_set(other) ? table_of(other).count : as<Dict>(other)->count;
  if (!sized || (table_of(so).count >> 2) > other_size) {
    Value r = set_copy_of(so);
    difference_update(r, other);
    return r;
  }
  Value result = new_base_set(so);
  for (const auto& e : active_entries(so)) {
    bool in_other = is_any_set(other) ? table_of(other).contains_entry(e.key, e.hash) : as<Dict>(other)->get(e.key) != nullptr;
    if (!in_other) table_of(result).add_entry(e.key, e.hash);
  }
  return result;
}

void symmetric_difference_update(const Value& so, const Value& other) {
  SetTable& t = table_of(so);
  if (so.is(other)) {
    t.clear();
    return;
  }
  std::vector<SetTable::Entry> keys;
  if (type_of(other) == types().dict) {
    for (const auto& e : as<Dict>(other)->entries)
      if (e.used) keys.push_back({e.key, e.hash, true, false});
  } else {
    Value other_set = other;
    if (!is_any_set(other)) {
      other_set = new_base_set(so);
      set_update(other_set, other);
    }
    keys = active_entries(other_set);
  }
  for (const auto& e : keys)
    if (!t.discard_entry(e.key, e.hash)) t.add_entry(e.key, e.hash);
}

Value symmetric_difference(const Value& so, const Value& other) {
  Value r = new_base_set(so);
  set_update(r, other);
  symmetric_difference_update(r, so);
  return r;
}

bool is_subset(const Value& so, const Value& other) {
  if (table_of(so).count > table_of(other).count) return false;
  for (const auto& e : table_of(so).entries)
    if (e.used && !table_of(other).contains_entry(e.key, e.hash)) return false;
  return true;
}

// --- methods ---------------------------------------------------------------------------

const Value& self_set(Args& a, const char* name) {
  if (a.n == 0 || !is_any_set(a[0]))
    type_error(std::string("descriptor '") + name + "' requires a 'set' object");
  return a[0];
}

Value m_add(Args& a, void*) {
  check_args("add", a, 2, 2);
  table_of(self_set(a, "add")).add(a[1]);
  return Value();
}
Value m_discard(Args& a, void*) {
  check_args("discard", a, 2, 2);
  table_of(self_set(a, "discard")).discard(a[1]);
  return Value();
}
Value m_remove(Args& a, void*) {
  check_args("remove", a, 2, 2);
  if (!table_of(self_set(a, "remove")).discard(a[1])) raise_value(make_exception_args(types().KeyError, {a[1]}));
  return Value();
}
Value m_pop(Args& a, void*) {
  check_args("pop", a, 1, 1);
  SetTable& t = table_of(self_set(a, "pop"));
  if (t.count == 0) raise(types().KeyError, "pop from an empty set");
  return t.pop();
}
Value m_clear(Args& a, void*) {
  check_args("clear", a, 1, 1);
  table_of(self_set(a, "clear")).clear();
  return Value();
}
Value m_update(Args& a, void*) {
  self_set(a, "update");
  for (size_t i = 1; i < a.n; ++i) set_update(a[0], a[i]);
  return Value();
}
Value m_init(Args& a, void*) {
  if (a.n > 2) type_error("set expected at most 1 argument, got " + std::to_string(a.n - 1));
  table_of(self_set(a, "__init__")).clear();
  if (a.n > 1) set_update(a[0], a[1]);
  return Value();
}
Value m_copy(Args& a, void*) {
  check_args("copy", a, 1, 1);
  // frozenset.copy() of an exact frozenset is itself.
  if (type_of(self_set(a, "copy")) == types().frozenset) return a[0];
  return set_copy_of(a[0]);
}
Value m_union(Args& a, void*) {
  Value r = set_copy_of(self_set(a, "union"));
  for (size_t i = 1; i < a.n; ++i)
    if (!a[i].is(a[0])) set_update(r, a[i]);
  return r;
}
Value m_intersection(Args& a, void*) {
  if (a.n == 1) return set_copy_of(self_set(a, "intersection"));
  Value r = a[0];
  for (size_t i = 1; i < a.n; ++i) r = intersection(r, a[i]);
  return r;
}
Value m_intersection_update(Args& a, void*) {
  Value r = m_intersection(a, nullptr);
  // set_swap_bodies: the set takes the result's table.
  if (!r.is(a[0])) std::swap(table_of(a[0]), table_of(r));
  return Value();
}
Value m_difference(Args& a, void*) {
  if (a.n == 1) return set_copy_of(self_set(a, "difference"));
  Value r = difference(a[0], a[1]);
  for (size_t i = 2; i < a.n; ++i) difference_update(r, a[i]);
  return r;
}
Value m_difference_update(Args& a, void*) {
  self_set(a, "difference_update");
  for (size_t i = 1; i < a.n; ++i) difference_update(a[0], a[i]);
  return Value();
}
Value m_symmetric_difference(Args& a, void*) {
  check_args("symmetric_difference", a, 2, 2);
  return symmetric_difference(self_set(a, "symmetric_difference"), a[1]);
}
Value m_symmetric_difference_update(Args& a, void*) {
  check_args("symmetric_difference_update", a, 2, 2);
  symmetric_difference_update(self_set(a, "symmetric_difference_update"), a[1]);
  return Value();
}
Value m_issubset(Args& a, void*) {
  check_args("issubset", a, 2, 2);
  if (is_any_set(a[1])) return Value::boolean(is_subset(self_set(a, "issubset"), a[1]));
  Value common = intersection(self_set(a, "issubset"), a[1]);
  return Value::boolean(table_of(common).count == table_of(a[0]).count);
}
Value m_issuperset(Args& a, void*) {
  check_args("issuperset", a, 2, 2);
  self_set(a, "issuperset");
  if (is_any_set(a[1])) return Value::boolean(is_subset(a[1], a[0]));
  for (const Value& key : to_vector(a[1]))
    if (!table_of(a[0]).contains(key)) return Value::boolean(false);
  return Value::boolean(true);
}
Value m_isdisjoint(Args& a, void*) {
  check_args("isdisjoint", a, 2, 2);
  self_set(a, "isdisjoint");
  for (const Value& key : to_vector(a[1]))
    if (table_of(a[0]).contains(key)) return Value::boolean(false);
  return Value::boolean(true);
}

}  // namespace

void set_add(const Value& set, const Value& item) { table_of(set).add(item); }

// set_update_internal: a set merges, a dict adds its keys with their hashes after one
// resize, anything else is iterated.
void set_update(const Value& set, const Value& iterable) {
  SetTable& t = table_of(set);
  if (is_any_set(iterable)) {
    t.merge(table_of(iterable));
    return;
  }
  if (type_of(iterable) == types().dict) {
    Dict* d = as<Dict>(iterable);
    if (static_cast<size_t>(t.fill + d->count) * 5 >= t.mask() * 3) t.resize((t.count + d->count) * 2);
    std::vector<Dict::Entry> keys;
    for (const auto& e : d->entries)
      if (e.used) keys.push_back(e);
    for (const auto& e : keys) t.add_entry(e.key, e.hash);
    return;
  }
  for (const Value& x : to_vector(iterable)) t.add(x);
}

Value set_operation(ast::BinOp op, const Value& a, const Value& b) {
  switch (op) {
    case ast::BinOp::BitOr: {
      Value r = set_copy_of(a);
      if (!a.is(b)) set_update(r, b);
      return r;
    }
    case ast::BinOp::BitAnd: return intersection(a, b);
    case ast::BinOp::Sub: return difference(a, b);
    case ast::BinOp::BitXor: return symmetric_difference(a, b);
    default: return not_implemented();
  }
}

bool set_inplace_operation(ast::BinOp op, const Value& a, const Value& b) {
  switch (op) {
    case ast::BinOp::BitOr: set_update(a, b); return true;
    case ast::BinOp::BitAnd: {
      Value r = intersection(a, b);
      if (!r.is(a)) std::swap(table_of(a), table_of(r));
      return true;
    }
    case ast::BinOp::Sub: difference_update(a, b); return true;
    case ast::BinOp::BitXor: symmetric_difference_update(a, b); return true;
    default: return false;
  }
}

bool set_is_subset(const Value& a, const Value& b) { return is_subset(a, b); }

void install_set_methods(Runtime& r) {
  Types& T = types();
  for (Type* t : {T.set, T.frozenset}) {
    r.add_method(t, "copy", m_copy);
    r.add_method(t, "union", m_union);
    r.add_method(t, "intersection", m_intersection);
    r.add_method(t, "difference", m_difference);
    r.add_method(t, "symmetric_difference", m_symmetric_difference);
    r.add_method(t, "issubset", m_issubset);
    r.add_method(t, "issuperset", m_issuperset);
    r.add_method(t, "isdisjoint", m_isdisjoint);
  }
  r.add_method(T.set, "add", m_add);
  r.add_method(T.set, "discard", m_discard);
  r.add_method(T.set, "remove", m_remove);
  r.add_method(T.set, "pop", m_pop);
  r.add_method(T.set, "clear", m_clear);
  r.add_method(T.set, "update", m_update);
  r.add_method(T.set, "__init__", m_init);
  r.add_method(T.set, "intersection_update", m_intersection_update);
  r.add_method(T.set, "difference_update", m_difference_update);
  r.add_method(T.set, "symmetric_difference_update", m_symmetric_difference_update);
}

}  // namespace loopscope::lang
