// The object protocol: type, truth, hashing, equality, attributes, calls,
// operators, subscripts and iteration, for builtin values and for instances of
// user classes (through their dunder methods).
#include <algorithm>
#include <cmath>

#include "lang/ast.h"
#include "lang/float_ops.h"
#include "lang/interp_state.h"
#include "lang/numeric.h"
#include "lang/repr.h"
#include "lang/modules.h"
#include "lang/native_recursion.h"
#include "lang/runtime_state.h"
#include "lang/sequences.h"
#include "lang/set_ops.h"
#include "lang/suggestions.h"
#include "lang/vm.h"

namespace loopscope::lang {

Type* type_of(const Value& v) {
  switch (v.tag()) {
    case Tag::None: return types().none;
    case Tag::Bool: return types().bool_;
    case Tag::Int: return types().int_;
    case Tag::Float: return types().float_;
    case Tag::Object: return v.as_object()->type();
    case Tag::Future: return future_type(v.as_future());
    case Tag::Null: return types().none;
  }
  return types().object;
}

const std::string& type_name(const Value& v) { return type_of(v)->name; }

bool isinstance(const Value& v, Type* t) { return type_of(v)->is_subtype(t); }

bool is_str(const Value& v) { return v.is_object() && v.as_object()->type()->layout == Layout::Str; }
const std::string& str_of(const Value& v) { return as<Str>(v)->s; }

// A user-defined dunder method on the type of v (not on builtin types), or a
// native one of a type with native_dunders (deque).
static bool user_method(const Value& v, const char* name, Value* out) {
  Type* t = type_of(v);
  if (t->is_builtin && !t->native_dunders) return false;
  const Value* m = t->lookup(name);
  if (!m) return false;
  if (!t->native_dunders && m->is_object() && m->as_object()->type() == types().native_function) return false;
  *out = *m;
  return true;
}

// Whether the protocol looks for dunder methods on t at all.
static bool has_dunders(Type* t) { return !t->is_builtin || t->native_dunders; }

// Whether instances of t hold a builtin value (str, list, dict...), including
// instances of user subclasses: those compare like the builtin when the subclass
// does not say otherwise.
static bool has_builtin_data(Type* t) {
  return t->is_builtin || (t->layout != Layout::Instance && t->layout != Layout::Exception &&
                           t->layout != Layout::Native);
}

static Value call_user(const Value& method, const Value& self, std::initializer_list<Value> rest) {
  std::vector<Value> a;
  a.push_back(self);
  for (auto& r : rest) a.push_back(r);
  Args args{a.data(), a.size(), nullptr, 0};
  return call(method, args);
}

bool truthy(const Value& v) {
  switch (v.tag()) {
    case Tag::None: return false;
    case Tag::Bool: return v.as_bool();
    case Tag::Int: return v.as_int() != 0;
    case Tag::Float: return v.as_float() != 0;
    case Tag::Future: return true;
    case Tag::Null: return false;
    case Tag::Object: break;
  }
  Object* o = v.as_object();
  switch (o->type()->layout) {
    case Layout::Str: return !static_cast<Str*>(o)->s.empty();
    case Layout::Bytes: return !static_cast<Bytes*>(o)->s.empty();
    case Layout::List: return !static_cast<List*>(o)->items.empty();
    case Layout::Tuple: return !static_cast<Tuple*>(o)->items.empty();
    case Layout::Dict: return static_cast<Dict*>(o)->count != 0;
    case Layout::Set:
    case Layout::FrozenSet: return static_cast<Set*>(o)->table.count != 0;
    case Layout::Range: return static_cast<Range*>(o)->length() != 0;
    case Layout::BigInt: return !static_cast<BigIntObj*>(o)->v.is_zero();
    default: break;
  }
  Value m;
  if (user_method(v, "__bool__", &m)) {
    Value r = call_user(m, v, {});
    if (!r.is_bool()) type_error("__bool__ should return bool, returned " + type_name(r));
    return r.as_bool();
  }
  if (user_method(v, "__len__", &m)) return index_of(call_user(m, v, {})) != 0;
  return true;
}

int64_t hash_value(const Value& v) {
  switch (v.tag()) {
    case Tag::None: return 0x5f3759df;
    case Tag::Bool:
    case Tag::Int: return int_hash(v);
    case Tag::Float: return float_hash(v.as_float());
    case Tag::Future:
    case Tag::Null: return static_cast<int64_t>(reinterpret_cast<uintptr_t>(v.as_future()) >> 4);
    case Tag::Object: break;
  }
  Object* o = v.as_object();
  switch (o->type()->layout) {
    case Layout::Str: {
      auto* s = static_cast<Str*>(o);
      if (s->hash == -1) {
        // FNV-1a: deterministic (CPython randomises str hashes; no output depends on them).
        uint64_t h = 1469598103934665603ull;
        for (unsigned char c : s->s) h = (h ^ c) * 1099511628211ull;
        s->hash = static_cast<int64_t>(h >> 1);
      }
      return s->hash;
    }
    case Layout::Bytes: {
      uint64_t h = 1469598103934665603ull;
      for (unsigned char c : static_cast<Bytes*>(o)->s) h = (h ^ c) * 1099511628211ull;
      return static_cast<int64_t>(h >> 2);
    }
    case Layout::BigInt: return int_hash(v);
    case Layout::Tuple: {
      auto* t = static_cast<Tuple*>(o);
      if (t->hash != -1) return t->hash;
      NestingGuard nesting("");
      uint64_t acc = 2870177450012600261ull;
      for (auto& x : t->items) {
        uint64_t lane = static_cast<uint64_t>(hash_value(x));
        acc += lane * 14029467366897019727ull;
        acc = (acc << 31) | (acc >> 33);
        acc *= 11400714785074694791ull;
      }
      // CPython's tuplehash (xxHash's round), length mixed in, -1 reserved.
      acc += t->items.size() ^ (2870177450012600261ull ^ 3527539ull);
      t->hash = acc == static_cast<uint64_t>(-1) ? 1546275796 : static_cast<int64_t>(acc);
      return t->hash;
    }
    case Layout::FrozenSet: return static_cast<Set*>(o)->table.frozen_hash();
    case Layout::List:
    case Layout::Dict:
    case Layout::Set:
      type_error("unhashable type: '" + o->type()->name + "'");
    default:
      break;
  }
  Type* t = o->type();
  if (has_dunders(t)) {
    const Value* h = t->lookup("__hash__");
    if (h && h->is_none()) type_error("unhashable type: '" + t->name + "'");
    Value m;
    if (user_method(v, "__hash__", &m)) {
      Value r = call_user(m, v, {});
      if (!is_int_like(r)) type_error("__hash__ method should return an integer");
      // As CPython's slot_tp_hash: a result that fits a machine word is the hash as it
      // is (hash(x) == hash(name) for __hash__ returning hash(name)); -1 is reserved.
      if (r.is_int()) return r.as_int() == -1 ? -2 : r.as_int();
      if (r.is_bool()) return r.as_bool();
      return int_hash(r);
    }
  }
  return static_cast<int64_t>(reinterpret_cast<uintptr_t>(o) >> 4);
}

static bool sequence_equal(const std::vector<Value>& a, const std::vector<Value>& b) {
  if (a.size() != b.size()) return false;
  NestingGuard nesting(" in comparison");
  for (size_t i = 0; i < a.size(); ++i)
    if (!a[i].is(b[i]) && !values_equal(a[i], b[i])) return false;
  return true;
}

// Equality of two builtin values by their data (identity for anything else); no
// dunder method of a subclass is consulted.
static bool builtin_data_equal(const Value& a, const Value& b) {
  if (a.is(b) && !a.is_float()) return true;
  if (is_number(a) && is_number(b)) {
    bool unordered;
    int c = numeric_compare(a, b, &unordered);
    return !unordered && c == 0;
  }
  if (!a.is_object() || !b.is_object()) return false;
  Layout la = a.as_object()->type()->layout, lb = b.as_object()->type()->layout;
  if (la == Layout::Str && lb == Layout::Str) return as<Str>(a)->s == as<Str>(b)->s;
  if (la == Layout::Bytes && lb == Layout::Bytes) return as<Bytes>(a)->s == as<Bytes>(b)->s;
  if (la == Layout::List && lb == Layout::List) return sequence_equal(as<List>(a)->items, as<List>(b)->items);
  if (la == Layout::Tuple && lb == Layout::Tuple) return sequence_equal(as<Tuple>(a)->items, as<Tuple>(b)->items);
  if (la == Layout::Dict && lb == Layout::Dict) {
    Dict* x = as<Dict>(a);
    Dict* y = as<Dict>(b);
    if (x->count != y->count) return false;
    NestingGuard nesting(" in comparison");
    for (auto& e : x->entries) {
      if (!e.used) continue;
      const Value* other = y->get(e.key);
      if (!other || !(other->is(e.value) || values_equal(e.value, *other))) return false;
    }
    return true;
  }
  if ((la == Layout::Set || la == Layout::FrozenSet) && (lb == Layout::Set || lb == Layout::FrozenSet)) {
    return as<Set>(a)->table.count == as<Set>(b)->table.count && set_is_subset(a, b);
  }
  if (la == Layout::Range && lb == Layout::Range) {
    auto* x = as<Range>(a);
    auto* y = as<Range>(b);
    int64_t n = x->length();
    if (n != y->length()) return false;
    if (n == 0) return true;
    if (x->start != y->start) return false;
    return n == 1 || x->step == y->step;
  }
  if (la == Layout::Slice && lb == Layout::Slice) {
    auto* x = as<Slice>(a);
    auto* y = as<Slice>(b);
    return values_equal(x->start, y->start) && values_equal(x->stop, y->stop) && values_equal(x->step, y->step);
  }
  return false;
}

bool values_equal(const Value& a, const Value& b) {
  if (a.is(b) && !a.is_float()) return true;
  if (is_number(a) && is_number(b)) return builtin_data_equal(a, b);
  if (a.is_object() && b.is_object() && !has_dunders(a.as_object()->type()) && !has_dunders(b.as_object()->type()))
    return builtin_data_equal(a, b);
  Value r = compare_op(static_cast<int>(ast::CmpOp::Eq), a, b);
  return truthy(r);
}

bool values_less(const Value& a, const Value& b) {
  return truthy(compare_op(static_cast<int>(ast::CmpOp::Lt), a, b));
}

// --- attributes ------------------------------------------------------------------------

static Value bind(const Value& descr, const Value& obj) {
  if (!descr.is_object()) return descr;
  Type* dt = descr.as_object()->type();
  if (dt == types().function) return Value::object(new BoundMethod(types().bound_method, obj, descr));
  if (dt == types().native_function && as<NativeFunction>(descr)->is_method)
    return Value::object(new BoundMethod(types().bound_method, obj, descr));
  if (dt == types().classmethod)
    return Value::object(new BoundMethod(types().bound_method, Value::object(type_of(obj)), as<MethodWrapper>(descr)->func));
  if (dt == types().staticmethod) return as<MethodWrapper>(descr)->func;
  if (dt == types().property) {
    Value getter = as<Property>(descr)->fget;
    if (getter.is_none()) raise(types().AttributeError, "property has no getter");
    return call(getter, {obj});
  }
  // A descriptor written in Python (functools.cached_property): only __get__, the
  // instance's own attributes come first.
  if (!dt->is_builtin)
    if (const Value* get = dt->lookup("__get__")) return call(*get, {descr, obj, Value::object(type_of(obj))});
  return descr;
}

// A descriptor written in Python that defines `hook` (__get__, __set__, __delete__):
// the method, else null. Builtin descriptors (property, functions) are handled apart.
static const Value* python_descriptor_hook(const Value* descr, const char* hook) {
  if (!descr || !descr->is_object()) return nullptr;
  Type* dt = descr->as_object()->type();
  return dt->is_builtin ? nullptr : dt->lookup(hook);
}

// A data descriptor (one with __set__ or __delete__) outranks the instance's dict.
static bool is_python_data_descriptor(const Value* descr) {
  return python_descriptor_hook(descr, "__set__") || python_descriptor_hook(descr, "__delete__");
}

// The attributes of an instance of a user subclass of dict or list, made on first use.
static Dict* subclass_attrs(Value& attrs) {
  if (attrs.is_none()) attrs = new_dict();
  return as<Dict>(attrs);
}

// `create`: make the dict of a str/tuple/set subclass instance that has none yet
// (for setting; lookups need not).
static Dict* instance_dict(const Value& obj, bool create = false) {
  if (!obj.is_object()) return nullptr;
  Object* o = obj.as_object();
  switch (o->type()->layout) {
    case Layout::Instance:
      // object() itself has no __dict__ (a sentinel takes no attributes).
      if (o->type() == types().object) return nullptr;
      return static_cast<Instance*>(o)->dict;
    case Layout::Exception: return static_cast<Instance*>(o)->dict;
    case Layout::Module: return static_cast<Module*>(o)->dict;
    case Layout::Dict:
      return o->type()->is_builtin ? nullptr : subclass_attrs(static_cast<Dict*>(o)->attrs);
    case Layout::List:
      return o->type()->is_builtin ? nullptr : subclass_attrs(static_cast<List*>(o)->attrs);
    case Layout::Str:
    case Layout::Tuple:
    case Layout::Set:
    case Layout::FrozenSet: {
      if (o->type()->is_builtin) return nullptr;
      auto& table = rt().subclass_instance_attrs;
      if (create) return subclass_attrs(table[o]);
      auto it = table.find(o);
      return it == table.end() ? nullptr : as<Dict>(it->second);
    }
    case Layout::Function: {
      auto* f = static_cast<Function*>(o);
      if (!f->dict) {
        f->dict = new Dict(types().dict);
        f->dict->retain();
      }
      return f->dict;
    }
    default: return nullptr;
  }
}

Dict* attributes_dict(const Value& obj) { return instance_dict(obj, true); }

// getattr's lookup. A user __getattr__ that raises AttributeError means "absent"
// for try_get_attr (hasattr), while get_attr lets that very exception through, so
// the user's own message reaches the traceback.
static bool lookup_attr(const Value& obj, Str* name, Value* out, bool propagate_getattr_error);

bool try_get_attr(const Value& obj, Str* name, Value* out) { return lookup_attr(obj, name, out, false); }

static bool lookup_attr(const Value& obj, Str* name, Value* out, bool propagate_getattr_error) {
  Type* t = type_of(obj);
  bool found;
  if (t->custom_getattribute) {
    // A user __getattribute__ replaces the whole lookup; its AttributeError falls back
    // to __getattr__ (CPython's slot_tp_getattr_hook).
    try {
      *out = call(*t->lookup("__getattribute__"), {obj, Value::object(name)});
      return true;
    } catch (PyThrow& e) {
      if (!isinstance(e.exc, types().AttributeError) || !t->lookup("__getattr__")) {
        if (!propagate_getattr_error && isinstance(e.exc, types().AttributeError)) return false;
        throw;
      }
    }
    found = false;
  } else {
    found = generic_get_attr(obj, name, out);
  }
  if (found) return true;
  if (!t->is_builtin) {
    if (const Value* ga = t->lookup("__getattr__")) {
      try {
        *out = call(*ga, {obj, Value::object(name)});
        return true;
      } catch (PyThrow& e) {
        if (!propagate_getattr_error && isinstance(e.exc, types().AttributeError)) return false;
        throw;
      }
    }
  }
  // PEP 562: a module's own __getattr__ answers for the names it does not have.
  if (t->layout == Layout::Module) {
    Str* getattr_name = intern_str("__getattr__");  // (per Runtime: no static)
    if (const Value* ga = static_cast<Module*>(obj.as_object())->dict->get(Value::object(getattr_name))) {
      try {
        *out = call(*ga, {Value::object(name)});
        return true;
      } catch (PyThrow& e) {
        if (!propagate_getattr_error && isinstance(e.exc, types().AttributeError)) return false;
        throw;
      }
    }
  }
  return false;
}

static bool is_dunder(const std::string& s) {
  return s.size() > 4 && s[0] == '_' && s[1] == '_' && s[s.size() - 1] == '_' && s[s.size() - 2] == '_';
}

// t->lookup(name), where each builtin type of the MRO also offers, at its place, the
// dunders it implements natively (builtin_dunders.cpp): int.__repr__ before
// object.__repr__. `scratch` holds such a dunder when one is returned.
static const Value* mro_lookup(Type* t, Str* name, Value* scratch) {
  if (!is_dunder(name->s)) return t->lookup(name);
  Value key = Value::object(name);
  for (Type* b : t->mro) {
    if (const Value* v = b->dict->get(key)) return v;
    if (b->is_builtin && builtin_dunder(b, name->s, scratch)) return scratch;
  }
  return nullptr;
}

bool generic_get_attr(const Value& obj, Str* name, Value* out) {
  // Special attributes handled by the type's C++ code first.
  if (special_attribute(obj, name->s, out)) return true;
  Type* t = type_of(obj);
  if (t == types().super_) {
    *out = super_attribute(obj, name);
    return true;
  }
  // Classes: look along their own MRO, binding classmethods to the class.
  if (obj.is_object() && obj.as_object()->type()->layout == Layout::Type) {
    Type* cls = as<Type>(obj);
    Value scratch;
    if (const Value* v = mro_lookup(cls, name, &scratch)) {
      const Value& d = *v;
      if (d.is_object() && d.as_object()->type() == types().classmethod) {
        *out = Value::object(new BoundMethod(types().bound_method, obj, as<MethodWrapper>(d)->func));
      } else if (d.is_object() && d.as_object()->type() == types().staticmethod) {
        *out = as<MethodWrapper>(d)->func;
      } else if (const Value* get = python_descriptor_hook(&d, "__get__")) {
        *out = call(*get, {d, Value(), obj});  // __get__(None, cls)
      } else {
        *out = d;
      }
      return true;
    }
    // Then the metaclass (type's methods such as mro).
    if (const Value* v = t->lookup(name)) {
      *out = bind(*v, obj);
      return true;
    }
    return false;
  }
  Value scratch;
  const Value* descr = mro_lookup(t, name, &scratch);
  if (descr && descr->is_object() && descr->as_object()->type() == types().property) {
    *out = bind(*descr, obj);
    return true;
  }
  if (is_python_data_descriptor(descr)) {
    if (const Value* get = python_descriptor_hook(descr, "__get__")) {
      *out = call(*get, {*descr, obj, Value::object(t)});
      return true;
    }
  }
  if (Dict* d = instance_dict(obj)) {
    if (const Value* v = d->get(Value::object(name))) {
      *out = *v;
      return true;
    }
  }
  if (descr) {
    *out = bind(*descr, obj);
    return true;
  }
  return false;
}

bool find_attr(const Value& obj, Str* name, Value* out) {
  // A module's own names first (math.sqrt): its type has no data descriptor to win.
  if (obj.is_object() && obj.as_object()->type() == types().module) {
    if (const Value* v = static_cast<Module*>(obj.as_object())->dict->get(Value::object(name))) {
      *out = *v;
      return true;
    }
  }
  return lookup_attr(obj, name, out, true);
}

Value missing_attribute_error(const Value& obj, Str* name) {
  if (obj.is_object() && obj.as_object()->type()->layout == Layout::Module)
    return attribute_error(obj, name, "module '" + as<Module>(obj)->name + "' has no attribute '" + name->s + "'");
  if (obj.is_object() && obj.as_object()->type()->layout == Layout::Type)
    return attribute_error(obj, name, "type object '" + as<Type>(obj)->name + "' has no attribute '" + name->s + "'");
  return attribute_error(obj, name, "'" + type_name(obj) + "' object has no attribute '" + name->s + "'");
}

Value get_attr(const Value& obj, Str* name) {
  Value out;
  if (find_attr(obj, name, &out)) return out;
  throw PyThrow{missing_attribute_error(obj, name)};
}

bool lookup_method(const Value& obj, Str* name, Value* out) {
  Type* t = type_of(obj);
  // super() objects resolve every name themselves (super_attribute).
  // A user __getattribute__ sees method lookups too.
  if (t->layout != Layout::Type && t->layout != Layout::Module && t != types().super_ && !t->custom_getattribute) {
    Value scratch;
    const Value* descr = mro_lookup(t, name, &scratch);
    if (descr && descr->is_object()) {
      Type* dt = descr->as_object()->type();
      bool plain = dt == types().function || (dt == types().native_function && as<NativeFunction>(*descr)->is_method);
      if (plain) {
        Dict* d = instance_dict(obj);
        if (!d || !d->get(Value::object(name))) {
          *out = *descr;
          return true;
        }
      }
    }
  }
  *out = get_attr(obj, name);
  return false;
}

void set_attr(const Value& obj, Str* name, Value value) {
  Type* t = type_of(obj);
  if (!t->is_builtin) {
    if (const Value* sa = t->lookup("__setattr__")) {
      if (sa->is_object() && sa->as_object()->type() == types().function) {
        call(*sa, {obj, Value::object(name), value});
        return;
      }
    }
  }
  generic_set_attr(obj, name, std::move(value));
}

void generic_set_attr(const Value& obj, Str* name, Value value) {
  Type* t = type_of(obj);
  if (const Value* descr = t->lookup(name)) {
    if (descr->is_object() && descr->as_object()->type() == types().property) {
      Value setter = as<Property>(*descr)->fset;
      if (setter.is_none())
        raise(types().AttributeError, "property '" + name->s + "' of '" + t->name + "' object has no setter");
      call(setter, {obj, value});
      return;
    }
    if (const Value* set = python_descriptor_hook(descr, "__set__")) {
      call(*set, {*descr, obj, std::move(value)});
      return;
    }
  }
  if (set_special_attribute(obj, name->s, value)) return;
  if (obj.is_object() && obj.as_object()->type()->layout == Layout::Type) {
    Type* cls = as<Type>(obj);
    if (cls->is_builtin) type_error("cannot set '" + name->s + "' attribute of immutable type '" + cls->name + "'");
    if (name->s == "__getattribute__") cls->custom_getattribute = true;
    cls->dict->set(Value::object(name), std::move(value));
    return;
  }
  Dict* d = instance_dict(obj, true);
  if (d && !(t->slots_only && !t->has_slot(name->s))) {
    d->set(Value::object(name), std::move(value));
    return;
  }
  raise(types().AttributeError, "'" + t->name + "' object has no attribute '" + name->s + "'");
}

void del_attr(const Value& obj, Str* name) {
  Type* t = type_of(obj);
  if (!t->is_builtin) {
    if (const Value* da = t->lookup("__delattr__")) {
      if (da->is_object() && da->as_object()->type() == types().function) {
        call(*da, {obj, Value::object(name)});
        return;
      }
    }
  }
  generic_del_attr(obj, name);
}

void generic_del_attr(const Value& obj, Str* name) {
  if (obj.is_object() && obj.as_object()->type()->layout == Layout::Type) {
    if (!as<Type>(obj)->dict->erase(Value::object(name)))
      raise(types().AttributeError, "type object '" + as<Type>(obj)->name + "' has no attribute '" + name->s + "'");
    return;
  }
  Type* t = type_of(obj);
  if (const Value* descr = t->lookup(name)) {
    if (descr->is_object() && descr->as_object()->type() == types().property) {
      Value deleter = as<Property>(*descr)->fdel;
      if (deleter.is_none())
        raise(types().AttributeError, "property '" + name->s + "' of '" + t->name + "' object has no deleter");
      call(deleter, {obj});
      return;
    }
    if (const Value* del = python_descriptor_hook(descr, "__delete__")) {
      call(*del, {*descr, obj});
      return;
    }
  }
  Dict* d = instance_dict(obj);
  if (!d || !d->erase(Value::object(name))) {
    // An empty slot says only its name, as CPython's member descriptor does.
    if (t->slots_only && t->has_slot(name->s)) raise(types().AttributeError, name->s);
    raise(types().AttributeError, "'" + t->name + "' object has no attribute '" + name->s + "'");
  }
}

Value get_special(const Value& obj, const char* name, const char* protocol) {
  const Value* d = type_of(obj)->lookup(name);
  if (!d) {
    type_error("'" + type_name(obj) + "' object does not support the " + protocol);
  }
  return bind(*d, obj);
}

// --- calls -------------------------------------------------------------------------------

const Value* Args::keyword(std::string_view name) const {
  for (size_t i = 0; i < nkw; ++i)
    if (kw[i].name->s == name) return &kw[i].value;
  return nullptr;
}

Value call(const Value& f, Args& args) {
  if (f.is_object()) {
    Object* o = f.as_object();
    Type* t = o->type();
    if (t == types().function) return Vm::call_function(static_cast<Function*>(o), args);
    if (t == types().native_function) {
      auto* nf = static_cast<NativeFunction*>(o);
      return nf->fn(args, nf->data);
    }
    if (t == types().bound_method) {
      auto* bm = static_cast<BoundMethod*>(o);
      Value self = bm->self;
      Value func = bm->func;
      std::vector<Value> a;
      a.reserve(args.n + 1);
      a.push_back(self);
      for (size_t i = 0; i < args.n; ++i) a.push_back(args.pos[i]);
      Args inner{a.data(), a.size(), args.kw, args.nkw};
      return call(func, inner);
    }
    if (t->layout == Layout::Type || t->is_subtype(types().type)) {
      // A metaclass's own __call__ (written in Python) decides what calling its class does.
      if (!t->is_builtin) {
        const Value* c = t->lookup("__call__");
        if (c && c->is_object() && c->as_object()->type() == types().function) {
          std::vector<Value> a;
          a.push_back(f);
          for (size_t i = 0; i < args.n; ++i) a.push_back(args.pos[i]);
          Args inner{a.data(), a.size(), args.kw, args.nkw};
          return call(*c, inner);
        }
      }
      return construct(static_cast<Type*>(o), args);
    }
    if (!t->is_builtin) {
      if (const Value* c = t->lookup("__call__")) {
        std::vector<Value> a;
        a.push_back(f);
        for (size_t i = 0; i < args.n; ++i) a.push_back(args.pos[i]);
        Args inner{a.data(), a.size(), args.kw, args.nkw};
        return call(*c, inner);
      }
    }
  }
  type_error("'" + type_name(f) + "' object is not callable");
}

Value call(const Value& f, std::initializer_list<Value> list) {
  std::vector<Value> a(list);
  Args args{a.data(), a.size(), nullptr, 0};
  return call(f, args);
}

Value call_method(const Value& obj, std::string_view name, std::initializer_list<Value> list) {
  Value m = get_attr(obj, intern_str(name));
  return call(m, list);
}

SpreadArgs::SpreadArgs(const Value& args, const Value& kwargs) {
  if (args.is_object() && type_of(args) == types().tuple) pos = as<Tuple>(args)->items;
  else pos = to_vector(args);
  if (!kwargs.is_none() && !kwargs.is_null()) {
    if (type_of(kwargs)->layout != Layout::Dict) type_error("argument after ** must be a mapping, not " + type_name(kwargs));
    for (auto& e : as<Dict>(kwargs)->entries) {
      if (!e.used) continue;
      if (!is_str(e.key)) type_error("keywords must be strings");
      kw.push_back({as<Str>(e.key), e.value});
    }
  }
}

Value call_with_tuple(const Value& callable, const Value& args, const Value& kwargs) {
  SpreadArgs spread(args, kwargs);
  Args a = spread.args();
  return call(callable, a);
}

// --- operators ----------------------------------------------------------------------------

static const char* const kBinNames[] = {"__add__", "__sub__", "__mul__", "__matmul__", "__truediv__",
                                        "__mod__", "__pow__", "__lshift__", "__rshift__", "__or__",
                                        "__xor__", "__and__", "__floordiv__"};
static const char* const kBinRNames[] = {"__radd__", "__rsub__", "__rmul__", "__rmatmul__", "__rtruediv__",
                                         "__rmod__", "__rpow__", "__rlshift__", "__rrshift__", "__ror__",
                                         "__rxor__", "__rand__", "__rfloordiv__"};
static const char* const kBinINames[] = {"__iadd__", "__isub__", "__imul__", "__imatmul__", "__itruediv__",
                                         "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__ior__",
                                         "__ixor__", "__iand__", "__ifloordiv__"};
static const char* const kBinSymbols[] = {"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"};

static Value type_union(const Value& a, const Value& b);

Value binary_op(int op_code, const Value& a, const Value& b) {
  int op = op_code & 15;
  bool inplace = op_code >= 16;
  if (is_number(a) && is_number(b)) {
    Value r = numeric_binary(op, a, b);
    if (!r.is(not_implemented())) return r;
  }
  // In-place list extension keeps identity.
  if (inplace && op == static_cast<int>(ast::BinOp::Add) && type_of(a) == types().list) {
    auto items = to_vector(b);
    auto& dst = as<List>(a)->items;
    for (auto& x : items) dst.push_back(std::move(x));
    return a;
  }
  if (inplace && op == static_cast<int>(ast::BinOp::BitOr) && type_of(a) == types().dict && type_of(b) == types().dict) {
    dict_merge(a, b, false);
    return a;
  }
  Value m;
  if (inplace && user_method(a, kBinINames[op], &m)) {
    Value r = call_user(m, a, {b});
    if (!r.is(not_implemented())) return r;
  }
  // In-place set operations change the set itself (both operands sets, as CPython).
  if (inplace && type_of(a)->layout == Layout::Set &&
      (type_of(b)->layout == Layout::Set || type_of(b)->layout == Layout::FrozenSet) &&
      set_inplace_operation(static_cast<ast::BinOp>(op), a, b))
    return a;
  // A subclass's own methods (Counter.__add__) come before the builtin operation.
  Value r;
  bool b_first = !type_of(b)->is_builtin && type_of(b) != type_of(a) && type_of(b)->is_subtype(type_of(a));
  if (!b_first && user_method(a, kBinNames[op], &m)) {
    r = call_user(m, a, {b});
    if (!r.is(not_implemented())) return r;
  }
  if (user_method(b, kBinRNames[op], &m)) {
    r = call_user(m, b, {a});
    if (!r.is(not_implemented())) return r;
  }
  if (b_first && user_method(a, kBinNames[op], &m)) {
    r = call_user(m, a, {b});
    if (!r.is(not_implemented())) return r;
  }
  // Builtin sequence and set operations.
  r = builtin_binary(op, a, b);
  if (!r.is(not_implemented())) return r;
  if (op == static_cast<int>(ast::BinOp::BitOr)) {
    r = type_union(a, b);
    if (!r.is(not_implemented())) return r;
  }
  std::string sym = kBinSymbols[op];
  if (inplace) sym += "=";
  if (op == static_cast<int>(ast::BinOp::Pow) && !inplace)
    type_error("unsupported operand type(s) for ** or pow(): '" + type_name(a) + "' and '" + type_name(b) + "'");
  if (op == static_cast<int>(ast::BinOp::Add) && is_str(a))
    type_error("can only concatenate str (not \"" + type_name(b) + "\") to str");
  if (op == static_cast<int>(ast::BinOp::Add) && type_of(a) == types().list && type_of(b) != types().list)
    type_error("can only concatenate list (not \"" + type_name(b) + "\") to list");
  if (op == static_cast<int>(ast::BinOp::Add) && type_of(a) == types().tuple && type_of(b) != types().tuple)
    type_error("can only concatenate tuple (not \"" + type_name(b) + "\") to tuple");
  if (op == static_cast<int>(ast::BinOp::Add) && type_of(a)->layout == Layout::Bytes)
    type_error("can't concat " + type_name(b) + " to " + type_name(a));
  if (op == static_cast<int>(ast::BinOp::Mult)) {
    // A sequence times a non-integer (CPython's sequence repeat).
    auto is_seq = [](const Value& v) {
      Layout l = type_of(v)->layout;
      return l == Layout::List || l == Layout::Tuple || l == Layout::Str || l == Layout::Bytes;
    };
    if (is_seq(a) || is_seq(b))
      type_error("can't multiply sequence by non-int of type '" + type_name(is_seq(a) ? b : a) + "'");
  }
  type_error("unsupported operand type(s) for " + sym + ": '" + type_name(a) + "' and '" + type_name(b) + "'");
}

Value unary_op(int op, const Value& a) {
  auto u = static_cast<ast::UnaryOp>(op);
  if (u == ast::UnaryOp::Not) return Value::boolean(!truthy(a));
  if (a.is_int() || a.is_bool()) {
    int64_t x = a.is_int() ? a.as_int() : a.as_bool();
    switch (u) {
      case ast::UnaryOp::USub:
        if (x != INT64_MIN) return Value::integer(-x);
        return new_int(-BigInt(x));
      case ast::UnaryOp::UAdd: return Value::integer(x);
      case ast::UnaryOp::Invert: return Value::integer(~x);
      default: break;
    }
  }
  if (a.is_float()) {
    if (u == ast::UnaryOp::USub) return Value::floating(-a.as_float());
    if (u == ast::UnaryOp::UAdd) return a;
  }
  if (is_int_like(a)) {
    BigInt x = to_bigint(a);
    if (u == ast::UnaryOp::USub) return new_int(-x);
    if (u == ast::UnaryOp::UAdd) return a;
    if (u == ast::UnaryOp::Invert) return new_int(~x);
  }
  const char* names[] = {"__invert__", "__not__", "__pos__", "__neg__"};
  const char* syms[] = {"~", "not", "+", "-"};
  Value m;
  if (user_method(a, names[op], &m)) return call_user(m, a, {});
  type_error(std::string("bad operand type for unary ") + syms[op] + ": '" + type_name(a) + "'");
}

static int compare_sequences(const std::vector<Value>& x, const std::vector<Value>& y, int op);

// A comparison by the builtin layouts of a and b (their classes' own methods are
// not consulted); NotImplemented when the layouts cannot be ordered.
Value builtin_compare(int i, const Value& a, const Value& b) {
  auto op = static_cast<ast::CmpOp>(i);
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  if (op == ast::CmpOp::Eq || op == ast::CmpOp::NotEq) {
    bool eq = builtin_data_equal(a, b);
    return Value::boolean(op == ast::CmpOp::Eq ? eq : !eq);
  }
  Layout la = ta->layout, lb = tb->layout;
  if (la == Layout::Str && lb == Layout::Str) {
    int c = as<Str>(a)->s.compare(as<Str>(b)->s);
    return Value::boolean(i == 2 ? c < 0 : i == 3 ? c <= 0 : i == 4 ? c > 0 : c >= 0);
  }
  if (la == Layout::Bytes && lb == Layout::Bytes) {
    int c = as<Bytes>(a)->s.compare(as<Bytes>(b)->s);
    return Value::boolean(i == 2 ? c < 0 : i == 3 ? c <= 0 : i == 4 ? c > 0 : c >= 0);
  }
  if ((la == Layout::List && lb == Layout::List) || (la == Layout::Tuple && lb == Layout::Tuple)) {
    const auto& x = la == Layout::List ? as<List>(a)->items : as<Tuple>(a)->items;
    const auto& y = lb == Layout::List ? as<List>(b)->items : as<Tuple>(b)->items;
    return Value::boolean(compare_sequences(x, y, i) != 0);
  }
  if ((la == Layout::Set || la == Layout::FrozenSet) && (lb == Layout::Set || lb == Layout::FrozenSet)) {
    int64_t na = as<Set>(a)->table.count, nb = as<Set>(b)->table.count;
    switch (op) {
      case ast::CmpOp::Lt: return Value::boolean(na < nb && set_is_subset(a, b));
      case ast::CmpOp::LtE: return Value::boolean(set_is_subset(a, b));
      case ast::CmpOp::Gt: return Value::boolean(na > nb && set_is_subset(b, a));
      case ast::CmpOp::GtE: return Value::boolean(set_is_subset(b, a));
      default: break;
    }
  }
  return not_implemented();
}

Value compare_op(int op_code, const Value& a, const Value& b) {
  auto op = static_cast<ast::CmpOp>(op_code);
  if (is_number(a) && is_number(b)) {
    bool unordered;
    int c = numeric_compare(a, b, &unordered);
    if (unordered) return Value::boolean(op == ast::CmpOp::NotEq);
    switch (op) {
      case ast::CmpOp::Eq: return Value::boolean(c == 0);
      case ast::CmpOp::NotEq: return Value::boolean(c != 0);
      case ast::CmpOp::Lt: return Value::boolean(c < 0);
      case ast::CmpOp::LtE: return Value::boolean(c <= 0);
      case ast::CmpOp::Gt: return Value::boolean(c > 0);
      case ast::CmpOp::GtE: return Value::boolean(c >= 0);
      default: break;
    }
  }
  static const char* const names[] = {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"};
  static const int reflected[] = {0, 1, 4, 5, 2, 3};
  static const char* const syms[] = {"==", "!=", "<", "<=", ">", ">="};
  int i = static_cast<int>(op);
  Value m;
  if (user_method(a, names[i], &m)) {
    NestingGuard nesting(" in comparison");
    Value r = call_user(m, a, {b});
    if (!r.is(not_implemented())) return r;
  } else if (i == 1 && user_method(a, "__eq__", &m)) {
    NestingGuard nesting(" in comparison");
    Value r = call_user(m, a, {b});
    if (!r.is(not_implemented())) return Value::boolean(!truthy(r));
  }
  if (user_method(b, names[reflected[i]], &m)) {
    NestingGuard nesting(" in comparison");
    Value r = call_user(m, b, {a});
    if (!r.is(not_implemented())) return r;
  }
  // Builtin layouts (of subclasses too) compare by content; other objects are equal
  // only to themselves and have no order.
  if (has_builtin_data(type_of(a)) && has_builtin_data(type_of(b))) {
    Value r = builtin_compare(i, a, b);
    if (!r.is(not_implemented())) return r;
  } else if (op == ast::CmpOp::Eq || op == ast::CmpOp::NotEq) {
    bool same = a.is(b);
    return Value::boolean(op == ast::CmpOp::Eq ? same : !same);
  }
  type_error(std::string("'") + syms[i] + "' not supported between instances of '" + type_name(a) + "' and '" +
             type_name(b) + "'");
}

// Lexicographic comparison; returns the truth of `x <op> y`.
static int compare_sequences(const std::vector<Value>& x, const std::vector<Value>& y, int op) {
  size_t n = std::min(x.size(), y.size());
  NestingGuard nesting(" in comparison");
  for (size_t k = 0; k < n; ++k) {
    if (x[k].is(y[k]) || values_equal(x[k], y[k])) continue;
    return truthy(compare_op(op, x[k], y[k])) ? 1 : 0;
  }
  size_t a = x.size(), b = y.size();
  switch (op) {
    case 2: return a < b;
    case 3: return a <= b;
    case 4: return a > b;
    case 5: return a >= b;
  }
  return 0;
}

bool builtin_contains(const Value& container, const Value& item, bool* handled) {
  *handled = true;
  Type* t = type_of(container);
  switch (t->layout) {
    case Layout::Str:
      if (!is_str(item)) type_error("'in <string>' requires string as left operand, not " + type_name(item));
      return as<Str>(container)->s.find(as<Str>(item)->s) != std::string::npos;
    case Layout::Bytes: {
      // A byte value (an int) or a subsequence, as CPython's bytes.__contains__.
      const std::string& s = as<Bytes>(container)->s;
      if (is_int_like(item)) {
        int64_t byte = index_of(item);
        if (byte < 0 || byte > 255) raise(types().ValueError, "byte must be in range(0, 256)");
        return s.find(static_cast<char>(byte)) != std::string::npos;
      }
      if (type_of(item)->layout != Layout::Bytes)
        type_error("a bytes-like object is required, not '" + type_name(item) + "'");
      return s.find(as<Bytes>(item)->s) != std::string::npos;
    }
    case Layout::List:
      for (auto& x : as<List>(container)->items)
        if (x.is(item) || values_equal(x, item)) return true;
      return false;
    case Layout::Tuple:
      for (auto& x : as<Tuple>(container)->items)
        if (x.is(item) || values_equal(x, item)) return true;
      return false;
    case Layout::Dict: return as<Dict>(container)->get(item) != nullptr;
    case Layout::Set:
    case Layout::FrozenSet: return as<Set>(container)->table.contains(item);
    case Layout::Range: {
      if (!is_int_like(item)) break;
      auto* r = as<Range>(container);
      if (!item.is_int()) return false;
      int64_t v = item.as_int();
      if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return false;
      return (v - r->start) % r->step == 0;
    }
    default:
      break;
  }
  *handled = false;
  return false;
}

bool contains(const Value& container, const Value& item) {
  Type* t = type_of(container);
  Value m;
  if (user_method(container, "__contains__", &m)) return truthy(call_user(m, container, {item}));
  bool handled;
  bool found = builtin_contains(container, item, &handled);
  if (handled) return found;
  if (!has_dunders(t) && t->layout != Layout::Iterator && t->layout != Layout::Generator && t->layout != Layout::Native)
    type_error("argument of type '" + t->name + "' is not iterable");
  Value it = get_iter(container);
  Value x;
  while (iter_next(it, &x))
    if (x.is(item) || values_equal(x, item)) return true;
  return false;
}

// --- iteration ---------------------------------------------------------------------------

Value get_iter(const Value& v) {
  Type* t = type_of(v);
  // A subclass's own __iter__ (class Evens(list)) comes before the builtin iteration.
  Value user_iter;
  if (!user_method(v, "__iter__", &user_iter)) {
    Value it = builtin_iter(v);
    if (!it.is_none()) return it;
  }
  if (has_dunders(t)) {
    if (const Value* m = t->lookup("__iter__")) {
      Value r = call(*m, {v});
      Type* rt2 = type_of(r);
      if (!rt2->lookup("__next__") && rt2->layout != Layout::Iterator && rt2->layout != Layout::Generator)
        type_error("iter() returned non-iterator of type '" + rt2->name + "'");
      return r;
    }
    if (t->lookup("__getitem__")) {
      Value target = v;
      auto index = std::make_shared<int64_t>(0);
      return Value::object(new NativeIterator(types().iterator, [target, index](Value* out) {
        try {
          *out = get_item(target, Value::integer((*index)++));
          return true;
        } catch (PyThrow& e) {
          if (isinstance(e.exc, types().IndexError) || isinstance(e.exc, types().StopIteration)) return false;
          throw;
        }
      }));
    }
  }
  type_error("'" + t->name + "' object is not iterable");
}

bool iter_next(const Value& it, Value* out) {
  if (it.is_object()) {
    Object* o = it.as_object();
    Type* t = o->type();
    if (t->layout == Layout::Iterator) return static_cast<NativeIterator*>(o)->next(out);
    if (t == types().generator) {
      try {
        return Vm::resume(static_cast<Generator*>(o), Value(), nullptr, out) == GenStatus::Yielded;
      } catch (PyThrow& e) {
        if (isinstance(e.exc, types().StopIteration)) return false;
        throw;
      }
    }
    if (has_dunders(t)) {
      if (const Value* m = t->lookup("__next__")) {
        try {
          *out = call(*m, {it});
          return true;
        } catch (PyThrow& e) {
          if (isinstance(e.exc, types().StopIteration)) return false;
          throw;
        }
      }
    }
  }
  type_error("'" + type_name(it) + "' object is not an iterator");
}

std::vector<Value> to_vector(const Value& iterable) {
  if (iterable.is_object()) {
    Type* t = iterable.as_object()->type();
    if (t == types().list) return as<List>(iterable)->items;
    if (t == types().tuple) return as<Tuple>(iterable)->items;
  }
  std::vector<Value> out;
  Value it = get_iter(iterable);
  Value x;
  while (iter_next(it, &x)) out.push_back(std::move(x));
  return out;
}

std::vector<Value> to_vector_or(const Value& iterable, const char* message) {
  Value it;
  try {
    it = get_iter(iterable);
  } catch (PyThrow& t) {
    if (!isinstance(t.exc, types().TypeError)) throw;
    type_error(message);
  }
  return to_vector(it);
}

std::vector<Value> unpack(const Value& seq, int before, int after) {
  std::vector<Value> items;
  if (!seq.is_object() || (type_of(seq)->layout == Layout::Type)) {
    type_error("cannot unpack non-iterable " + type_name(seq) + " object");
  }
  Type* t = type_of(seq);
  bool iterable = t->layout != Layout::Instance || t->lookup("__iter__") || t->lookup("__getitem__");
  if (!iterable || t->layout == Layout::Function || t->layout == Layout::NativeFunction)
    type_error("cannot unpack non-iterable " + type_name(seq) + " object");
  items = to_vector(seq);
  size_t n = items.size();
  if (after < 0) {
    if (n < static_cast<size_t>(before))
      value_error("not enough values to unpack (expected " + std::to_string(before) + ", got " + std::to_string(n) + ")");
    if (n > static_cast<size_t>(before))
      value_error("too many values to unpack (expected " + std::to_string(before) + ")");
    return items;
  }
  if (n < static_cast<size_t>(before + after))
    value_error("not enough values to unpack (expected at least " + std::to_string(before + after) + ", got " +
                std::to_string(n) + ")");
  std::vector<Value> out;
  for (int i = 0; i < before; ++i) out.push_back(items[static_cast<size_t>(i)]);
  std::vector<Value> mid(items.begin() + before, items.end() - after);
  out.push_back(new_list(std::move(mid)));
  for (size_t i = n - static_cast<size_t>(after); i < n; ++i) out.push_back(items[i]);
  return out;
}

bool builtin_length(const Value& v, int64_t* n) {
  if (!v.is_object()) return false;
  Object* o = v.as_object();
  switch (o->type()->layout) {
    case Layout::Str: *n = static_cast<Str*>(o)->length; return true;
    case Layout::Bytes: *n = static_cast<int64_t>(static_cast<Bytes*>(o)->s.size()); return true;
    case Layout::List: *n = static_cast<int64_t>(static_cast<List*>(o)->items.size()); return true;
    case Layout::Tuple: *n = static_cast<int64_t>(static_cast<Tuple*>(o)->items.size()); return true;
    case Layout::Dict: *n = static_cast<Dict*>(o)->count; return true;
    case Layout::Set:
    case Layout::FrozenSet: *n = static_cast<Set*>(o)->table.count; return true;
    case Layout::Range: *n = static_cast<Range*>(o)->length(); return true;
    default: return false;
  }
}

int64_t length(const Value& v) {
  Value m;
  // A user class's __len__ first, also over a builtin base (class Stack(list)).
  if (user_method(v, "__len__", &m)) {
    Value r = call_user(m, v, {});
    if (!is_int_like(r)) type_error("'" + type_name(r) + "' object cannot be interpreted as an integer");
    int64_t n = index_of(r);
    if (n < 0) value_error("__len__() should return >= 0");
    return n;
  }
  int64_t n;
  if (builtin_length(v, &n)) return n;
  type_error("object of type '" + type_name(v) + "' has no len()");
}

int64_t index_of(const Value& v) {
  if (v.is_int()) return v.as_int();
  if (v.is_bool()) return v.as_bool();
  if (is_int_like(v)) {
    const BigInt& b = as<BigIntObj>(v)->v;
    if (!b.fits_int64()) raise(types().IndexError, "cannot fit 'int' into an index-sized integer");
    return b.to_int64();
  }
  Value m;
  if (user_method(v, "__index__", &m)) return index_of(call_user(m, v, {}));
  type_error("'" + type_name(v) + "' object cannot be interpreted as an integer");
}

// --- subscripts ---------------------------------------------------------------------------

// Cls[key] for a class: its __class_getitem__ (a plain function there is called with
// the class, as CPython's type_new makes it an implicit classmethod); list[int] and
// the other builtin containers make a types.GenericAlias; other library classes
// (asyncio.Queue[int], deque[str]) are returned unchanged so that annotations naming
// them evaluate; the program's own classes are not subscriptable, as in CPython.
static Value class_subscript(const Value& cls, const Value& key) {
  auto* t = static_cast<Type*>(cls.as_object());
  if (const Value* cgi = t->lookup(intern_str("__class_getitem__"))) {
    if (cgi->is_object() && cgi->as_object()->type()->layout == Layout::Function) return call(*cgi, {cls, key});
    return call(get_attr(cls, intern_str("__class_getitem__")), {key});
  }
  const auto& ty = types();
  if (t == ty.list || t == ty.dict || t == ty.tuple || t == ty.set || t == ty.frozenset || t == ty.type) {
    Value alias = get_attr(import_module("types", true), intern_str("GenericAlias"));
    return call(alias, {cls, key});
  }
  if (t->module == "__main__") type_error("type '" + t->name + "' is not subscriptable");
  return cls;
}

// Type | Type (int | None): a types.UnionType, or NotImplemented for other operands.
static Value type_union(const Value& a, const Value& b) {
  auto is_type_or_none = [](const Value& v) {
    return v.is_none() || (v.is_object() && v.as_object()->type()->layout == Layout::Type);
  };
  if (!is_type_or_none(a) || !is_type_or_none(b) || (a.is_none() && b.is_none())) return not_implemented();
  Value make_union = get_attr(import_module("types", true), intern_str("_union"));
  return call(make_union, {a, b});
}

bool find_item(const Value& obj, const Value& key, Value* out) {
  Value m;
  if (user_method(obj, "__getitem__", &m)) {
    *out = call_user(m, obj, {key});
    return true;
  }
  if (obj.is_object() && obj.as_object()->type()->layout == Layout::Dict) return dict_item(obj, key, out);
  if (builtin_get_item(obj, key, out)) return true;
  if (obj.is_object() && obj.as_object()->type()->layout == Layout::Type) {
    *out = class_subscript(obj, key);
    return true;
  }
  type_error("'" + type_name(obj) + "' object is not subscriptable");
}

Value missing_key_error(const Value& key) { return make_exception_args(types().KeyError, {key}); }

Value get_item(const Value& obj, const Value& key) {
  Value r;
  if (find_item(obj, key, &r)) return r;
  throw PyThrow{missing_key_error(key)};
}

void set_item(const Value& obj, const Value& key, Value value) {
  Value m;
  if (user_method(obj, "__setitem__", &m)) {
    call_user(m, obj, {key, value});
    return;
  }
  if (builtin_set_item(obj, key, value)) return;
  type_error("'" + type_name(obj) + "' object does not support item assignment");
}

void del_item(const Value& obj, const Value& key) {
  Value m;
  if (user_method(obj, "__delitem__", &m)) {
    call_user(m, obj, {key});
    return;
  }
  if (builtin_del_item(obj, key)) return;
  type_error("'" + type_name(obj) + "' object doesn't support item deletion");
}

}  // namespace loopscope::lang
