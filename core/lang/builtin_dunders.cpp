// The dunder methods builtin types provide to Python code: [1, 2].__len__(),
// int.__add__(1, 2), super().__repr__() in a list subclass, object.__setattr__.
// The interpreter does not call them (it runs the protocols directly); they are
// made on demand when an attribute lookup asks for one, as unbound native methods
// whose `data` is the type that owns them.
#include <cstring>

#include "lang/ast.h"
#include "lang/repr.h"
#include "lang/runtime_state.h"
#include "lang/sequences.h"

namespace loopscope::lang {

namespace {

struct Dunder {
  const char* name;
  NativeFn fn;
};

Type* owner_of(void* data) { return static_cast<Type*>(data); }

// A method of `owner` called on something else: int.__add__("a", 1).
void check_self(Args& a, void* data, const char* name) {
  Type* owner = owner_of(data);
  if (a.n == 0)
    type_error(std::string("descriptor '") + name + "' of '" + owner->name + "' object needs an argument");
  if (!isinstance(a[0], owner))
    type_error(std::string("descriptor '") + name + "' requires a '" + owner->name +
               "' object but received a '" + type_name(a[0]) + "'");
}

void check_count(Args& a, const char* name, size_t n) {
  if (a.n == n) return;
  size_t given = a.n - 1, wanted = n - 1;
  if (wanted == 0) type_error(std::string("expected 0 arguments, got ") + std::to_string(given));
  type_error(std::string(name) + "() takes exactly " +
             (wanted == 1 ? std::string("one") : std::to_string(wanted)) + " argument (" +
             std::to_string(given) + " given)");
}

bool is_int_kind(const Value& v) { return v.is_int() || v.is_bool() || isinstance(v, types().int_); }

// Whether `other` is an operand the builtin type's own operators handle; anything
// else gives NotImplemented, so Python tries the reflected method.
bool same_family(Type* owner, const Value& other) {
  const Types& T = types();
  if (owner == T.int_ || owner == T.bool_) return is_int_kind(other);
  if (owner == T.float_) return other.is_float() || is_int_kind(other) || isinstance(other, T.float_);
  if (owner == T.set || owner == T.frozenset)
    return isinstance(other, T.set) || isinstance(other, T.frozenset);
  return isinstance(other, owner);
}

// --- object ---------------------------------------------------------------------------

Value o_repr(Args& a, void* d) {
  check_self(a, d, "__repr__");
  return new_str(owner_of(d) == types().object ? object_repr(a[0]) : builtin_repr(a[0]));
}

Value o_str(Args& a, void* d) {
  check_self(a, d, "__str__");
  if (owner_of(d) == types().object) return new_str(repr(a[0]));
  if (type_of(a[0])->layout == Layout::Exception) return new_str(exception_str(a[0]));
  return new_str(is_str(a[0]) ? str_of(a[0]) : builtin_repr(a[0]));
}

Value o_hash(Args& a, void* d) {
  check_self(a, d, "__hash__");
  return Value::integer(hash_value(a[0]));
}

Value o_format(Args& a, void* d) {
  check_self(a, d, "__format__");
  check_count(a, "__format__", 2);
  if (!is_str(a[1])) type_error("__format__() argument must be str, not " + type_name(a[1]));
  return new_str(format_value(a[0], str_of(a[1])));
}

Value o_getattribute(Args& a, void* d) {
  check_self(a, d, "__getattribute__");
  check_count(a, "__getattribute__", 2);
  if (!is_str(a[1])) type_error("attribute name must be string, not '" + type_name(a[1]) + "'");
  Value out;
  Str* name = intern_str(str_of(a[1]));
  if (!generic_get_attr(a[0], name, &out))
    raise(types().AttributeError, "'" + type_name(a[0]) + "' object has no attribute '" + name->s + "'");
  return out;
}

Value o_setattr(Args& a, void* d) {
  check_self(a, d, "__setattr__");
  check_count(a, "__setattr__", 3);
  if (!is_str(a[1])) type_error("attribute name must be string, not '" + type_name(a[1]) + "'");
  generic_set_attr(a[0], intern_str(str_of(a[1])), a[2]);
  return Value();
}

Value o_delattr(Args& a, void* d) {
  check_self(a, d, "__delattr__");
  check_count(a, "__delattr__", 2);
  if (!is_str(a[1])) type_error("attribute name must be string, not '" + type_name(a[1]) + "'");
  generic_del_attr(a[0], intern_str(str_of(a[1])));
  return Value();
}

// object.__init__ ignores arguments only when the class does not define __init__.
Value o_init(Args& a, void* d) {
  check_self(a, d, "__init__");
  if (a.n > 1 || a.nkw) {
    Type* t = type_of(a[0]);
    if (!t->is_builtin && t->lookup("__init__"))
      type_error("object.__init__() takes exactly one argument (the instance to initialize)");
  }
  return Value();
}

// object's comparisons: identity for ==, the inverse of __eq__ for !=, else NotImplemented.
template <ast::CmpOp Op>
Value o_compare(Args& a, void* d) {
  check_self(a, d, "__eq__");
  check_count(a, "__eq__", 2);
  if (Op == ast::CmpOp::Eq) return a[0].is(a[1]) ? Value::boolean(true) : not_implemented();
  if (Op == ast::CmpOp::NotEq) {
    Value eq = call_method(a[0], "__eq__", {a[1]});
    return eq.is(not_implemented()) ? eq : Value::boolean(!truthy(eq));
  }
  return not_implemented();
}

// --- comparisons and arithmetic of builtin values ----------------------------------------

template <ast::CmpOp Op>
Value b_compare(Args& a, void* d) {
  check_self(a, d, "__eq__");
  check_count(a, "__eq__", 2);
  Type* owner = owner_of(d);
  bool ordering = Op != ast::CmpOp::Eq && Op != ast::CmpOp::NotEq;
  if (!same_family(owner, a[1])) return not_implemented();
  if (ordering && (owner == types().dict || owner == types().range)) return not_implemented();
  // Numbers cannot be subclassed here; other values compare by their builtin layout,
  // so a subclass's own __eq__ calling super().__eq__ does not come back to itself.
  if (owner == types().int_ || owner == types().bool_ || owner == types().float_)
    return compare_op(static_cast<int>(Op), a[0], a[1]);
  return builtin_compare(static_cast<int>(Op), a[0], a[1]);
}

bool arithmetic_operand_ok(Type* owner, ast::BinOp op, const Value& other) {
  const Types& T = types();
  bool sequence = owner == T.str || owner == T.list || owner == T.tuple || owner == T.bytes;
  if (sequence && op == ast::BinOp::Mult) return is_int_kind(other);
  if (owner == T.str && op == ast::BinOp::Mod) return true;
  return same_family(owner, other);
}

template <ast::BinOp Op, bool Reflected>
Value b_binary(Args& a, void* d) {
  check_self(a, d, "__add__");
  check_count(a, "__add__", 2);
  Type* owner = owner_of(d);
  if (!arithmetic_operand_ok(owner, Op, a[1])) return not_implemented();
  const Value& x = Reflected ? a[1] : a[0];
  const Value& y = Reflected ? a[0] : a[1];
  if (owner == types().int_ || owner == types().bool_ || owner == types().float_)
    return binary_op(static_cast<int>(Op), x, y);
  return builtin_binary(static_cast<int>(Op), x, y);
}

template <ast::UnaryOp Op>
Value b_unary(Args& a, void* d) {
  check_self(a, d, "__neg__");
  check_count(a, "__neg__", 1);
  return unary_op(static_cast<int>(Op), a[0]);
}

Value b_abs(Args& a, void* d) {
  check_self(a, d, "__abs__");
  check_count(a, "__abs__", 1);
  Value zero = Value::integer(0);
  return truthy(compare_op(static_cast<int>(ast::CmpOp::Lt), a[0], zero))
             ? unary_op(static_cast<int>(ast::UnaryOp::USub), a[0])
             : unary_op(static_cast<int>(ast::UnaryOp::UAdd), a[0]);
}

Value b_bool(Args& a, void* d) {
  check_self(a, d, "__bool__");
  check_count(a, "__bool__", 1);
  return Value::boolean(truthy(a[0]));
}

Value b_int(Args& a, void* d) {
  check_self(a, d, "__int__");
  check_count(a, "__int__", 1);
  return call(Value::object(types().int_), {a[0]});
}

Value b_float(Args& a, void* d) {
  check_self(a, d, "__float__");
  check_count(a, "__float__", 1);
  return Value::floating(to_double(a[0]));
}

Value b_index(Args& a, void* d) {
  check_self(a, d, "__index__");
  check_count(a, "__index__", 1);
  return a[0].is_bool() ? Value::integer(a[0].as_bool()) : call(Value::object(types().int_), {a[0]});
}

// --- containers and iteration ------------------------------------------------------------

Value c_len(Args& a, void* d) {
  check_self(a, d, "__len__");
  check_count(a, "__len__", 1);
  int64_t n = 0;
  builtin_length(a[0], &n);
  return Value::integer(n);
}

Value c_getitem(Args& a, void* d) {
  check_self(a, d, "__getitem__");
  check_count(a, "__getitem__", 2);
  Value out;
  if (!builtin_get_item(a[0], a[1], &out))
    type_error("'" + type_name(a[0]) + "' object is not subscriptable");
  return out;
}

Value c_setitem(Args& a, void* d) {
  check_self(a, d, "__setitem__");
  check_count(a, "__setitem__", 3);
  if (!builtin_set_item(a[0], a[1], a[2]))
    type_error("'" + type_name(a[0]) + "' object does not support item assignment");
  return Value();
}

Value c_delitem(Args& a, void* d) {
  check_self(a, d, "__delitem__");
  check_count(a, "__delitem__", 2);
  if (!builtin_del_item(a[0], a[1]))
    type_error("'" + type_name(a[0]) + "' object doesn't support item deletion");
  return Value();
}

Value c_contains(Args& a, void* d) {
  check_self(a, d, "__contains__");
  check_count(a, "__contains__", 2);
  bool handled;
  return Value::boolean(builtin_contains(a[0], a[1], &handled));
}

Value c_iter(Args& a, void* d) {
  check_self(a, d, "__iter__");
  check_count(a, "__iter__", 1);
  Value it = builtin_iter(a[0]);
  return it.is_none() ? get_iter(a[0]) : it;
}

Value c_next(Args& a, void* d) {
  check_self(a, d, "__next__");
  check_count(a, "__next__", 1);
  Value out;
  if (!iter_next(a[0], &out)) raise_value(make_exception_args(types().StopIteration, {}));
  return out;
}

// --- which type has which --------------------------------------------------------------

const Dunder kObjectDunders[] = {
    {"__repr__", o_repr},
    {"__str__", o_str},
    {"__hash__", o_hash},
    {"__format__", o_format},
    {"__getattribute__", o_getattribute},
    {"__setattr__", o_setattr},
    {"__delattr__", o_delattr},
    {"__init__", o_init},
    {"__eq__", o_compare<ast::CmpOp::Eq>},
    {"__ne__", o_compare<ast::CmpOp::NotEq>},
    {"__lt__", o_compare<ast::CmpOp::Lt>},
    {"__le__", o_compare<ast::CmpOp::LtE>},
    {"__gt__", o_compare<ast::CmpOp::Gt>},
    {"__ge__", o_compare<ast::CmpOp::GtE>},
};

const Dunder kCompareDunders[] = {
    {"__eq__", b_compare<ast::CmpOp::Eq>}, {"__ne__", b_compare<ast::CmpOp::NotEq>},
    {"__lt__", b_compare<ast::CmpOp::Lt>}, {"__le__", b_compare<ast::CmpOp::LtE>},
    {"__gt__", b_compare<ast::CmpOp::Gt>}, {"__ge__", b_compare<ast::CmpOp::GtE>},
};

using B = ast::BinOp;
const Dunder kNumberDunders[] = {
    {"__add__", b_binary<B::Add, false>},
    {"__radd__", b_binary<B::Add, true>},
    {"__sub__", b_binary<B::Sub, false>},
    {"__rsub__", b_binary<B::Sub, true>},
    {"__mul__", b_binary<B::Mult, false>},
    {"__rmul__", b_binary<B::Mult, true>},
    {"__truediv__", b_binary<B::Div, false>},
    {"__rtruediv__", b_binary<B::Div, true>},
    {"__floordiv__", b_binary<B::FloorDiv, false>},
    {"__rfloordiv__", b_binary<B::FloorDiv, true>},
    {"__mod__", b_binary<B::Mod, false>},
    {"__rmod__", b_binary<B::Mod, true>},
    {"__pow__", b_binary<B::Pow, false>},
    {"__rpow__", b_binary<B::Pow, true>},
    {"__neg__", b_unary<ast::UnaryOp::USub>},
    {"__pos__", b_unary<ast::UnaryOp::UAdd>},
    {"__abs__", b_abs},
    {"__bool__", b_bool},
    {"__int__", b_int},
    {"__float__", b_float},
};

const Dunder kIntOnlyDunders[] = {
    {"__and__", b_binary<B::BitAnd, false>},       {"__rand__", b_binary<B::BitAnd, true>},
    {"__or__", b_binary<B::BitOr, false>},         {"__ror__", b_binary<B::BitOr, true>},
    {"__xor__", b_binary<B::BitXor, false>},       {"__rxor__", b_binary<B::BitXor, true>},
    {"__lshift__", b_binary<B::LShift, false>},    {"__rlshift__", b_binary<B::LShift, true>},
    {"__rshift__", b_binary<B::RShift, false>},    {"__rrshift__", b_binary<B::RShift, true>},
    {"__invert__", b_unary<ast::UnaryOp::Invert>}, {"__index__", b_index},
};

const Dunder kSetOperatorDunders[] = {
    {"__and__", b_binary<B::BitAnd, false>}, {"__rand__", b_binary<B::BitAnd, true>},
    {"__or__", b_binary<B::BitOr, false>},   {"__ror__", b_binary<B::BitOr, true>},
    {"__xor__", b_binary<B::BitXor, false>}, {"__rxor__", b_binary<B::BitXor, true>},
    {"__sub__", b_binary<B::Sub, false>},    {"__rsub__", b_binary<B::Sub, true>},
};

const Dunder kSequenceOperatorDunders[] = {
    {"__add__", b_binary<B::Add, false>},
    {"__mul__", b_binary<B::Mult, false>},
    {"__rmul__", b_binary<B::Mult, true>},
};

// The descriptor protocol of functions and of staticmethod/classmethod objects, for
// Python code that binds by hand (functools.singledispatchmethod): f.__get__(obj).
Value d_get(Args& a, void* data) {
  check_self(a, data, "__get__");
  if (a.n < 2 || a.n > 3) type_error("expected 1 or 2 arguments, got " + std::to_string(a.n - 1));
  const Value& self = a[0];
  const Value& obj = a[1];
  Value owner = a.n > 2 && !a[2].is_none() ? a[2] : obj.is_none() ? Value() : Value::object(type_of(obj));
  const Types& T = types();
  Type* t = type_of(self);
  if (t->is_subtype(T.staticmethod)) return as<MethodWrapper>(self)->func;
  if (t->is_subtype(T.classmethod)) {
    if (owner.is_none()) type_error("__get__(None, None) is invalid");
    return Value::object(new BoundMethod(T.bound_method, owner, as<MethodWrapper>(self)->func));
  }
  if (obj.is_none()) return self;
  return Value::object(new BoundMethod(T.bound_method, obj, self));
}

const Dunder kDescriptorDunders[] = {{"__get__", d_get}};

const Dunder kSizedDunders[] = {{"__len__", c_len}, {"__contains__", c_contains}, {"__iter__", c_iter}};
const Dunder kGetItemDunders[] = {{"__getitem__", c_getitem}};
const Dunder kMutableDunders[] = {{"__setitem__", c_setitem}, {"__delitem__", c_delitem}};
const Dunder kIteratorDunders[] = {{"__iter__", c_iter}, {"__next__", c_next}};

template <size_t N>
const Dunder* find_in(const Dunder (&table)[N], const std::string& name) {
  for (const Dunder& d : table)
    if (name == d.name) return &d;
  return nullptr;
}

// The dunder `name` defined by builtin type `t` itself (not inherited).
const Dunder* own_dunder(Type* t, const std::string& name) {
  const Types& T = types();
  const Dunder* d = nullptr;
  if (t == T.object) return find_in(kObjectDunders, name);
  Layout l = t->layout;
  bool number = t == T.int_ || t == T.bool_ || t == T.float_;
  bool sequence = t == T.str || t == T.bytes || t == T.list || t == T.tuple;
  bool sized = sequence || t == T.dict || t == T.set || t == T.frozenset || t == T.range;
  if (number || sized || l == Layout::BigInt) {
    if ((d = find_in(kCompareDunders, name))) return d;
    if (name == "__repr__" || name == "__hash__") return find_in(kObjectDunders, name);
  }
  if (number && (d = find_in(kNumberDunders, name))) return d;
  if ((t == T.int_ || t == T.bool_) && (d = find_in(kIntOnlyDunders, name))) return d;
  if ((t == T.set || t == T.frozenset) && (d = find_in(kSetOperatorDunders, name))) return d;
  if (sequence && (d = find_in(kSequenceOperatorDunders, name))) return d;
  if (t == T.str && name == "__mod__") return find_in(kNumberDunders, name);
  if (sized && (d = find_in(kSizedDunders, name))) return d;
  if ((sequence || t == T.dict || t == T.range) && (d = find_in(kGetItemDunders, name))) return d;
  if ((t == T.list || t == T.dict) && (d = find_in(kMutableDunders, name))) return d;
  if ((l == Layout::Iterator || t == T.generator) && (d = find_in(kIteratorDunders, name))) return d;
  if ((t == T.function || t == T.staticmethod || t == T.classmethod) && (d = find_in(kDescriptorDunders, name)))
    return d;
  if (t == T.str && (name == "__str__" || name == "__format__")) return find_in(kObjectDunders, name);
  if (l == Layout::Exception && (name == "__str__" || name == "__repr__"))
    return find_in(kObjectDunders, name);
  return nullptr;
}

}  // namespace

bool builtin_dunder(Type* t, const std::string& name, Value* out) {
  // list, dict and set are unhashable: their __hash__ is None.
  const Types& T = types();
  if (name == "__hash__" && (t == T.list || t == T.dict || t == T.set)) {
    *out = Value();
    return true;
  }
  const Dunder* d = own_dunder(t, name);
  if (!d) return false;
  // One object per type and name, so that int.__lt__ is int.__lt__ (functools compares).
  Value& cached = rt().builtin_dunders[{t, d->name}];
  if (cached.is_none()) {
    cached = make_native(d->name, d->fn, t);
    as<NativeFunction>(cached)->is_method = true;
  }
  *out = cached;
  return true;
}

}  // namespace loopscope::lang
