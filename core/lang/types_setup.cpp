// Creating the builtin types and exception hierarchy, their constructors
// (int(), str(), list(), ...) and the special attributes (__name__, __class__,
// args, __cause__, ...).
#include <algorithm>
#include <cmath>

#include "lang/code.h"
#include "lang/float_ops.h"
#include "lang/interp_state.h"
#include "lang/number_format.h"
#include "lang/numeric.h"
#include "lang/os_error.h"
#include "lang/repr.h"
#include "lang/class_hooks.h"
#include "lang/gc.h"
#include "lang/modules/module_util.h"
#include "lang/runtime_state.h"
#include "lang/sequences.h"
#include "lang/set_ops.h"
#include "lang/vm.h"

namespace loopscope::lang {

void check_args(const char* fname, Args& a, size_t min, size_t max) {
  // A builtin without keyword parameters refuses them, as CPython's do.
  if (a.nkw) type_error(std::string(fname) + "() takes no keyword arguments");
  check_positional_args(fname, a, min, max);
}

void check_args(const char* fname, Args& a, size_t min, size_t max,
                std::initializer_list<std::string_view> keywords) {
  check_builtin_keywords(fname, a, keywords);
  check_positional_args(fname, a, min, max);
}

namespace {
// The first keyword of `a` not in `allowed`, or null.
const std::string* unexpected_keyword(Args& a, std::initializer_list<std::string_view> allowed) {
  for (size_t k = 0; k < a.nkw; ++k) {
    const std::string& name = a.kw[k].name->s;
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) return &name;
  }
  return nullptr;
}
}  // namespace

void check_builtin_keywords(const char* fname, Args& a, std::initializer_list<std::string_view> allowed) {
  if (const std::string* name = unexpected_keyword(a, allowed))
    type_error("'" + *name + "' is an invalid keyword argument for " + fname + "()");
}

void check_positional_args(const char* fname, Args& a, size_t min, size_t max) {
  if (a.n < min || a.n > max) {
    if (min == max)
      type_error(std::string(fname) + "() takes exactly " + (min == 1 ? std::string("one") : std::to_string(min)) +
                 " argument" + (min == 1 ? "" : "s") + " (" + std::to_string(a.n) + " given)");
    if (a.n < min)
      type_error(std::string(fname) + " expected at least " + std::to_string(min) + " argument" + (min == 1 ? "" : "s") +
                 ", got " + std::to_string(a.n));
    type_error(std::string(fname) + " expected at most " + std::to_string(max) + " argument" + (max == 1 ? "" : "s") +
               ", got " + std::to_string(a.n));
  }
}

void check_keywords(const char* qualname, Args& a, std::initializer_list<std::string_view> allowed) {
  if (const std::string* name = unexpected_keyword(a, allowed))
    type_error(std::string(qualname) + "() got an unexpected keyword argument '" + *name + "'");
}

void Runtime::add_method(Type* t, const char* name, NativeFn fn) {
  Value f = make_native(name, fn);
  as<NativeFunction>(f)->is_method = true;
  t->dict->set(intern(name), f);
}

void Runtime::add_property(Type* t, const char* name, NativeFn getter) {
  auto* p = new Property(types.property);
  p->fget = make_native(name, getter);
  t->dict->set(intern(name), Value::object(p));
}

Type* Runtime::make_native_awaitable_type(const std::string& name) {
  Type* t = make_type(name, Layout::Native, types.object, nullptr);
  t->native_awaitable = true;
  add_method(t, "__await__", [](Args& a, void*) { return a[0]; });
  return t;
}

namespace {

Value int_ctor(Type*, Args& a) {
  if (a.n > 2) type_error("int() takes at most 2 arguments (" + std::to_string(a.n) + " given)");
  if (a.n == 0) return Value::integer(0);
  const Value& x = a[0];
  const Value* base_kw = a.keyword("base");
  if (a.n >= 2 || base_kw) {
    int64_t base = index_of(a.n >= 2 ? a[1] : *base_kw);
    if (base != 0 && (base < 2 || base > 36)) value_error("int() base must be >= 2 and <= 36, or 0");
    if (!is_str(x)) type_error("int() can't convert non-string with explicit base");
    try {
      return new_int(BigInt::parse(str_of(x), static_cast<int>(base)));
    } catch (const NumberError&) {
      value_error("invalid literal for int() with base " + std::to_string(base) + ": " + py_str_repr(str_of(x)));
    }
  }
  if (x.is_int()) return x;
  if (x.is_bool()) return Value::integer(x.as_bool());
  if (x.is_float()) {
    double d = x.as_float();
    if (std::isnan(d)) value_error("cannot convert float NaN to integer");
    if (std::isinf(d)) raise(types().OverflowError, "cannot convert float infinity to integer");
    return new_int(BigInt::from_double(d));
  }
  if (is_int_like(x)) return new_int(to_bigint(x));
  if (is_str(x) || type_of(x)->layout == Layout::Bytes) {
    const std::string& s = is_str(x) ? str_of(x) : as<Bytes>(x)->s;
    try {
      return new_int(BigInt::parse(s, 10));
    } catch (const NumberError& e) {
      if (e.kind() == NumberError::Kind::Value && std::string(e.what()).find("Exceeds") != std::string::npos)
        value_error(e.what());
      value_error("invalid literal for int() with base 10: " + (is_str(x) ? py_str_repr(s) : py_bytes_repr(s)));
    }
  }
  Value m;
  if (!type_of(x)->is_builtin) {
    if (const Value* f = type_of(x)->lookup("__int__")) return call(*f, {x});
    if (const Value* f = type_of(x)->lookup("__index__")) return call(*f, {x});
  }
  type_error("int() argument must be a string, a bytes-like object or a real number, not '" + type_name(x) + "'");
}

Value float_ctor(Type*, Args& a) {
  if (a.n == 0) return Value::floating(0.0);
  const Value& x = a[0];
  if (x.is_float()) return x;
  if (is_int_like(x)) return Value::floating(to_double(x));
  if (is_str(x) || type_of(x)->layout == Layout::Bytes) {  // float(b'4.5\n') too
    std::string s = is_str(x) ? str_of(x) : as<Bytes>(x)->s;
    size_t b = s.find_first_not_of(" \t\n\r"), e = s.find_last_not_of(" \t\n\r");
    std::string t = b == std::string::npos ? "" : s.substr(b, e - b + 1);
    std::string clean;
    for (char c : t)
      if (c != '_') clean += c;
    std::string lower;
    for (char c : clean) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string body = lower;
    bool neg = false;
    if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
      neg = body[0] == '-';
      body = body.substr(1);
    }
    if (body == "inf" || body == "infinity") return Value::floating(neg ? -INFINITY : INFINITY);
    if (body == "nan") return Value::floating(NAN);
    char* end = nullptr;
    double d = std::strtod(clean.c_str(), &end);
    bool ok = !clean.empty() && end && *end == '\0' && clean.find_first_of("xXpP") == std::string::npos;
    if (!ok) value_error("could not convert string to float: " + (is_str(x) ? py_str_repr(s) : py_bytes_repr(s)));
    return Value::floating(d);
  }
  if (!type_of(x)->is_builtin)
    if (const Value* f = type_of(x)->lookup("__float__")) return call(*f, {x});
  type_error("float() argument must be a string or a real number, not '" + type_name(x) + "'");
}

Value bool_ctor(Type*, Args& a) { return Value::boolean(a.n ? truthy(a[0]) : false); }

Value str_ctor(Type* t, Args& a) {
  // str(object='') or str(bytes, encoding='utf-8', errors='strict'): with an encoding
  // or errors given, the bytes decoded.
  auto args = bind_args(a, "str", {"object", "encoding", "errors"}, 0);
  std::string s;
  if (args[1] || args[2]) {
    if (args[0] && is_str(*args[0])) type_error("decoding str is not supported");
    if (!args[0] || type_of(*args[0])->layout != Layout::Bytes)
      type_error("decoding to str: need a bytes-like object, " + type_name(args[0] ? *args[0] : Value()) + " found");
    Value text = call_method(*args[0], "decode", {args[1] ? *args[1] : new_str("utf-8"),
                                                  args[2] ? *args[2] : new_str("strict")});
    s = str_of(text);
  } else if (args[0]) {
    s = str(*args[0]);
  }
  if (t == types().str) return new_str(std::move(s));
  return Value::object(new Str(t, std::move(s)));  // a subclass of str
}

Value bytes_ctor(Type*, Args& a) {
  if (a.n == 0) return new_bytes("");
  if (is_str(a[0])) {
    const Value* encoding = a.n >= 2 ? &a[1] : a.keyword("encoding");
    if (!encoding) type_error("string argument without an encoding");
    return call_method(a[0], "encode", {*encoding});
  }
  if (is_int_like(a[0])) {
    int64_t n = index_of(a[0]);
    if (n < 0) raise(types().ValueError, "negative count");
    return new_bytes(std::string(static_cast<size_t>(n), '\0'));
  }
  std::string s;
  for (auto& v : to_vector(a[0])) {
    int64_t byte = index_of(v);
    if (byte < 0 || byte > 255) raise(types().ValueError, "bytes must be in range(0, 256)");
    s += static_cast<char>(byte);
  }
  return new_bytes(s);
}

Value list_ctor(Type* t, Args& a) {
  Value l = Value::object(new List(t));
  if (a.n) as<List>(l)->items = to_vector(a[0]);
  return l;
}

Value tuple_ctor(Type* t, Args& a) {
  if (a.n && type_of(a[0]) == types().tuple && t == types().tuple) return a[0];
  auto* tu = new Tuple(t);
  Value v = Value::object(tu);
  if (a.n) tu->items = to_vector(a[0]);
  return v;
}

Value dict_ctor(Type* t, Args& a) {
  Value d = Value::object(new Dict(t));
  if (a.n) dict_merge(d, a[0], false);
  for (size_t i = 0; i < a.nkw; ++i) as<Dict>(d)->set(Value::object(a.kw[i].name), a.kw[i].value);
  return d;
}

Value set_ctor(Type* t, Args& a) {
  // frozenset(f) of an exact frozenset is f itself, as in CPython.
  if (a.n && t == types().frozenset && type_of(a[0]) == t) return a[0];
  Value s = new_set(t);
  if (a.n) set_update(s, a[0]);
  return s;
}

Value range_ctor(Type*, Args& a) {
  check_args("range", a, 1, 3);
  // CPython's range() compares start and stop through PyObject_RichCompare, a
  // recursion check: at the recursion limit range() itself raises.
  { NestingGuard compare_check(" in comparison"); }
  int64_t start = 0, stop, step = 1;
  if (a.n == 1) {
    stop = index_of(a[0]);
  } else {
    start = index_of(a[0]);
    stop = index_of(a[1]);
    if (a.n == 3) step = index_of(a[2]);
  }
  if (step == 0) value_error("range() arg 3 must not be zero");
  return Value::object(new Range(types().range, start, stop, step));
}

Value slice_ctor(Type*, Args& a) {
  check_args("slice", a, 1, 3);
  if (a.n == 1) return Value::object(new Slice(types().slice, Value(), a[0], Value()));
  return Value::object(new Slice(types().slice, a[0], a[1], a.n == 3 ? a[2] : Value()));
}

Value object_ctor(Type* t, Args& a) {
  if (t == types().object && (a.n || a.nkw)) type_error("object() takes no arguments");
  return Value::object(new Instance(t));
}

}  // namespace

// type(x), type(name, bases, ns, **kw), and a metaclass's type.__new__(mcls, ...): the
// new class's type is the most derived of cls and its bases' types.
Value type_ctor(Type* cls, Args& a) {
  if (a.n == 1 && cls == types().type && !a.nkw) return Value::object(type_of(a[0]));
  if (a.n == 3) {
    // CPython's checks and messages: anything else here was read as the wrong object.
    auto must_be = [&](int i, Type* t, const char* what) {
      if (!isinstance(a[static_cast<size_t>(i - 1)], t))
        type_error("type.__new__() argument " + std::to_string(i) + " must be " + what + ", not " +
                   type_name(a[static_cast<size_t>(i - 1)]));
    };
    must_be(1, types().str, "str");
    must_be(2, types().tuple, "tuple");
    must_be(3, types().dict, "dict");
    std::vector<Type*> bases;
    for (auto& b : as<Tuple>(a[1])->items) {
      if (!b.is_object() || b.as_object()->type()->layout != Layout::Type)
        type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
                   "of the metaclasses of all its bases");
      bases.push_back(as<Type>(b));
    }
    Type* meta = winning_metaclass(cls, bases);
    if (meta != cls) {
      // A base's metaclass wins (type("T", (Base,), {}) with Base's metaclass M): its own
      // __new__ makes the class, as CPython passes it on.
      const Value* new_slot = meta->lookup("__new__");
      Value fn = new_slot ? *new_slot : Value();
      if (fn.is_object() && fn.as_object()->type() == types().staticmethod) fn = as<MethodWrapper>(fn)->func;
      if (fn.is_object() && fn.as_object()->type() == types().function) {
        Value new_args[] = {Value::object(meta), a[0], a[1], a[2]};
        Args na{new_args, 4, a.kw, a.nkw};
        return call(fn, na);
      }
    }
    Value ns = new_dict();
    dict_merge(ns, a[2], false);
    Type* t = rt().new_class(str_of(a[0]), bases, as<Dict>(ns), meta);
    Value tv = Value::object(t);
    finish_class(t, a.kw, a.nkw);
    return tv;
  }
  if (cls == types().type) type_error("type() takes 1 or 3 arguments");
  type_error("type.__new__() takes exactly 3 arguments (" + std::to_string(a.n) + " given)");
}

namespace {

Value property_ctor(Type*, Args& a) {
  auto* p = new Property(types().property);
  Value v = Value::object(p);
  if (a.n > 0) p->fget = a[0];
  if (a.n > 1) p->fset = a[1];
  if (a.n > 2) p->fdel = a[2];
  if (const Value* g = a.keyword("fget")) p->fget = *g;
  if (const Value* s = a.keyword("fset")) p->fset = *s;
  return v;
}

Value classmethod_ctor(Type*, Args& a) {
  check_args("classmethod", a, 1, 1);
  return Value::object(new MethodWrapper(types().classmethod, a[0]));
}
Value staticmethod_ctor(Type*, Args& a) {
  check_args("staticmethod", a, 1, 1);
  return Value::object(new MethodWrapper(types().staticmethod, a[0]));
}

// BaseException.__init__(self, *args)
Value exc_init(Args& a, void*) {
  auto* e = as<ExceptionObj>(a[0]);
  e->args = new_tuple(std::vector<Value>(a.pos + 1, a.pos + a.n));
  return Value();
}

Value exc_group_ctor(Type* t, Args& a) {
  if (a.n != 2) type_error("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + std::to_string(a.n) + " given)");
  if (!is_str(a[0])) type_error("BaseExceptionGroup.__new__() argument 1 must be str, not " + type_name(a[0]));
  Type* seq = type_of(a[1]);
  if (seq->layout != Layout::List && seq->layout != Layout::Tuple && (seq->layout == Layout::Dict || !seq->lookup("__getitem__")))
    type_error("second argument (exceptions) must be a sequence");
  auto excs = to_vector(a[1]);
  if (excs.empty()) value_error("second argument (exceptions) must be a non-empty sequence");
  bool all_exceptions = true;
  for (auto& e : excs) {
    if (!e.is_object() || !type_of(e)->is_base_exception)
      value_error("Item " + std::to_string(&e - excs.data()) + " of second argument (exceptions) is not an exception");
    if (!isinstance(e, types().Exception)) all_exceptions = false;
  }
  Type* actual = t;
  if (t == types().BaseExceptionGroup && all_exceptions) actual = types().ExceptionGroup;
  if (t == types().ExceptionGroup && !all_exceptions) type_error("Cannot nest BaseExceptions in an ExceptionGroup");
  auto* e = new ExceptionObj(actual);
  Value v = Value::object(e);
  e->args = new_tuple({a[0], a[1]});
  e->group_message = str_of(a[0]);
  e->group_exceptions = new_tuple(excs);
  return v;
}

Value property_setter(Args& a, void*) {
  auto* p = as<Property>(a[0]);
  auto* np = new Property(types().property);
  np->fget = p->fget;
  np->fset = a[1];
  np->fdel = p->fdel;
  return Value::object(np);
}
Value property_getter(Args& a, void*) {
  auto* p = as<Property>(a[0]);
  auto* np = new Property(types().property);
  np->fget = a[1];
  np->fset = p->fset;
  np->fdel = p->fdel;
  return Value::object(np);
}
Value property_deleter(Args& a, void*) {
  auto* p = as<Property>(a[0]);
  auto* np = new Property(types().property);
  np->fget = p->fget;
  np->fset = p->fset;
  np->fdel = a[1];
  return Value::object(np);
}

Value exc_with_traceback(Args& a, void*) { return a[0]; }
Value exc_add_note(Args& a, void*) {
  Value notes;
  auto* e = as<ExceptionObj>(a[0]);
  const Value* n = e->dict->get_str("__notes__");
  if (!n) {
    e->dict->set_str("__notes__", new_list());
    n = e->dict->get_str("__notes__");
  }
  as<List>(*n)->items.push_back(a[1]);
  return Value();
}

}  // namespace

void Runtime::create_types() {
  // type, object and dict first: everything else needs them.
  Type* type_t = new Type(nullptr, "type", Layout::Type);
  type_t->set_type(type_t);
  type_t->retain();
  types.type = type_t;
  Type* object_t = new Type(type_t, "object", Layout::Instance);
  object_t->retain();
  types.object = object_t;
  Type* dict_t = new Type(type_t, "dict", Layout::Dict);
  dict_t->retain();
  types.dict = dict_t;
  for (Type* t : {type_t, object_t, dict_t}) {
    Collector::untrack(t);  // builtin types live as long as the Runtime (make_type's rule)
    t->dict = new Dict(dict_t);
    t->dict->retain();
    all_types_.push_back(t);
  }
  object_t->mro = {object_t};
  object_t->ctor = object_ctor;
  type_t->bases = {object_t};
  type_t->mro = {type_t, object_t};
  type_t->ctor = type_ctor;
  dict_t->bases = {object_t};
  dict_t->mro = {dict_t, object_t};
  dict_t->ctor = dict_ctor;
  Type* o = object_t;

  types.str = make_type("str", Layout::Str, o, str_ctor);
  types.none = make_type("NoneType", Layout::Native, o, nullptr);
  types.int_ = make_type("int", Layout::BigInt, o, int_ctor);
  types.bool_ = make_type("bool", Layout::BigInt, types.int_, bool_ctor);
  types.float_ = make_type("float", Layout::Native, o, float_ctor);
  types.bytes = make_type("bytes", Layout::Bytes, o, bytes_ctor);
  types.list = make_type("list", Layout::List, o, list_ctor);
  types.tuple = make_type("tuple", Layout::Tuple, o, tuple_ctor);
  types.set = make_type("set", Layout::Set, o, set_ctor);
  types.frozenset = make_type("frozenset", Layout::FrozenSet, o, set_ctor);
  types.range = make_type("range", Layout::Range, o, range_ctor);
  types.slice = make_type("slice", Layout::Slice, o, slice_ctor);
  types.function = make_type("function", Layout::Function, o, nullptr);
  types.native_function = make_type("builtin_function_or_method", Layout::NativeFunction, o, nullptr);
  types.bound_method = make_type("method", Layout::BoundMethod, o, nullptr);
  types.code = make_type("code", Layout::Code, o, nullptr);
  types.cell = make_type("cell", Layout::Cell, o, nullptr);
  types.generator = make_type("generator", Layout::Generator, o, nullptr);
  types.coroutine = make_type("coroutine", Layout::Generator, o, nullptr);
  types.async_generator = make_type("async_generator", Layout::Generator, o, nullptr);
  types.module = make_type("module", Layout::Module, o, nullptr);
  types.property = make_type("property", Layout::Property, o, property_ctor);
  types.classmethod = make_type("classmethod", Layout::ClassMethod, o, classmethod_ctor);
  types.staticmethod = make_type("staticmethod", Layout::StaticMethod, o, staticmethod_ctor);
  types.iterator = make_type("iterator", Layout::Iterator, o, nullptr);
  types.ellipsis = make_type("ellipsis", Layout::Native, o, nullptr);
  types.not_implemented = make_type("NotImplementedType", Layout::Native, o, nullptr);
  types.await_future = make_type("_FutureIter", Layout::Native, o, nullptr);
  types.async_gen_step = make_type("async_generator_asend", Layout::Native, o, nullptr);
  types.async_gen_step->native_awaitable = true;
  types.anext_default = make_type("anext_awaitable", Layout::Native, o, nullptr);
  types.anext_default->native_awaitable = true;
  types.coroutine_wrapper = make_type("coroutine_wrapper", Layout::Native, o, nullptr);
  types.coroutine_wrapper->native_awaitable = true;
  types.coroutine_wrapper->native_dunders = true;  // __iter__, __next__ (generator_methods.cpp)
  types.await_future->native_awaitable = true;
  types.super_ = make_type("super", Layout::Native, o, nullptr);
  types.native = make_type("native", Layout::Native, o, nullptr);
  types.future = make_type("Future", Layout::Native, o, nullptr);
  types.future->module = "asyncio";
  types.task = make_type("Task", Layout::Native, types.future, nullptr);
  types.task->module = "asyncio";
  // What gather() returns: a Future whose cancel() cancels its children (tasks.py).
  types.gathering_future = make_type("_GatheringFuture", Layout::Native, types.future, nullptr);
  types.gathering_future->module = "asyncio";
  ellipsis = Value::object(new NativeObject(types.ellipsis));
  not_implemented = Value::object(new NativeObject(types.not_implemented));

  add_method(types.property, "setter", property_setter);
  add_method(types.property, "getter", property_getter);
  add_method(types.property, "deleter", property_deleter);

  auto& T = types;
  T.BaseException = make_exception_type("BaseException", o);
  add_method(T.BaseException, "__init__", exc_init);
  add_method(T.BaseException, "with_traceback", exc_with_traceback);
  add_method(T.BaseException, "add_note", exc_add_note);
  T.Exception = make_exception_type("Exception", T.BaseException);
  T.BaseExceptionGroup = make_exception_type("BaseExceptionGroup", T.BaseException);
  T.BaseExceptionGroup->ctor = exc_group_ctor;
  T.ExceptionGroup = make_exception_type("ExceptionGroup", T.BaseExceptionGroup);
  T.ExceptionGroup->bases.push_back(T.Exception);
  T.ExceptionGroup->mro = {T.ExceptionGroup, T.BaseExceptionGroup, T.Exception, T.BaseException, o};
  T.ExceptionGroup->ctor = exc_group_ctor;
  T.SystemExit = make_exception_type("SystemExit", T.BaseException);
  T.KeyboardInterrupt = make_exception_type("KeyboardInterrupt", T.BaseException);
  T.GeneratorExit = make_exception_type("GeneratorExit", T.BaseException);
  T.StopIteration = make_exception_type("StopIteration", T.Exception);
  T.StopAsyncIteration = make_exception_type("StopAsyncIteration", T.Exception);
  T.ArithmeticError = make_exception_type("ArithmeticError", T.Exception);
  T.ZeroDivisionError = make_exception_type("ZeroDivisionError", T.ArithmeticError);
  T.OverflowError = make_exception_type("OverflowError", T.ArithmeticError);
  T.AssertionError = make_exception_type("AssertionError", T.Exception);
  T.AttributeError = make_exception_type("AttributeError", T.Exception);
  T.LookupError = make_exception_type("LookupError", T.Exception);
  T.IndexError = make_exception_type("IndexError", T.LookupError);
  T.KeyError = make_exception_type("KeyError", T.LookupError);
  T.NameError = make_exception_type("NameError", T.Exception);
  T.UnboundLocalError = make_exception_type("UnboundLocalError", T.NameError);
  T.TypeError = make_exception_type("TypeError", T.Exception);
  T.ValueError = make_exception_type("ValueError", T.Exception);
  T.UnicodeError = make_exception_type("UnicodeError", T.ValueError);
  T.RuntimeError = make_exception_type("RuntimeError", T.Exception);
  T.RecursionError = make_exception_type("RecursionError", T.RuntimeError);
  T.NotImplementedError = make_exception_type("NotImplementedError", T.RuntimeError);
  T.MemoryError = make_exception_type("MemoryError", T.Exception);
  T.OSError = make_exception_type("OSError", T.Exception);
  T.TimeoutError = make_exception_type("TimeoutError", T.OSError);
  T.ConnectionError = make_exception_type("ConnectionError", T.OSError);
  T.FileNotFoundError = make_exception_type("FileNotFoundError", T.OSError);
  T.ImportError = make_exception_type("ImportError", T.Exception);
  T.ModuleNotFoundError = make_exception_type("ModuleNotFoundError", T.ImportError);
  T.SyntaxError = make_exception_type("SyntaxError", T.Exception);
  install_os_error(*this);
  make_exception_type("ConnectionResetError", T.ConnectionError);
  make_exception_type("ConnectionRefusedError", T.ConnectionError);
  make_exception_type("PermissionError", T.OSError);
  make_exception_type("EOFError", T.Exception);
  make_exception_type("FloatingPointError", T.ArithmeticError);
  make_exception_type("IndentationError", T.SyntaxError);
  make_exception_type("UnicodeDecodeError", T.UnicodeError);
  make_exception_type("UnicodeEncodeError", T.UnicodeError);
  make_exception_type("Warning", T.Exception);
  make_exception_type("RuntimeWarning", exception_types["Warning"]);
  make_exception_type("DeprecationWarning", exception_types["Warning"]);
  make_exception_type("UserWarning", exception_types["Warning"]);
  for (const char* name : {"PendingDeprecationWarning", "SyntaxWarning", "FutureWarning", "ImportWarning",
                           "UnicodeWarning", "BytesWarning", "ResourceWarning", "EncodingWarning"})
    make_exception_type(name, exception_types["Warning"]);
  T.CancelledError = make_exception_type("CancelledError", T.BaseException, "asyncio.exceptions");
  T.InvalidStateError = make_exception_type("InvalidStateError", T.Exception, "asyncio.exceptions");
  T.QueueEmpty = make_exception_type("QueueEmpty", T.Exception, "asyncio.queues");
  T.QueueFull = make_exception_type("QueueFull", T.Exception, "asyncio.queues");
  T.IncompleteReadError = make_exception_type("IncompleteReadError", exception_types["EOFError"], "asyncio.exceptions");
  T.LimitOverrunError = make_exception_type("LimitOverrunError", T.Exception, "asyncio.exceptions");
  // asyncio's own names for these (the module maps them).
  exception_types.erase("CancelledError");
  exception_types.erase("InvalidStateError");
  exception_types.erase("QueueEmpty");
  exception_types.erase("QueueFull");
  exception_types.erase("IncompleteReadError");
  exception_types.erase("LimitOverrunError");
}

// --- special attributes -------------------------------------------------------------

bool special_attribute(const Value& obj, const std::string& name, Value* out) {
  if (name.size() < 4 || name[0] != '_' || name[1] != '_') {
    // A few public attributes of builtin objects.
    if (obj.is_object()) {
      Object* o = obj.as_object();
      Type* t = o->type();
      if (t->layout == Layout::Exception && name == "args") {
        *out = static_cast<ExceptionObj*>(o)->args;
        return true;
      }
      if (t->layout == Layout::Exception && t->is_subtype(types().OSError) && os_error_field(obj, name, out)) return true;
      // StopIteration.value, StopAsyncIteration.value and SystemExit.code: the first
      // argument, or None.
      if ((name == "value" && (t->is_subtype(types().StopIteration) || t->is_subtype(types().StopAsyncIteration))) ||
          (name == "code" && t->is_subtype(types().SystemExit))) {
        if (const Value* own = static_cast<ExceptionObj*>(o)->dict->get_str(name)) return *out = *own, true;
        auto& args = as<Tuple>(static_cast<ExceptionObj*>(o)->args)->items;
        return *out = args.empty() ? Value() : args[0], true;
      }
      if (t->layout == Layout::Exception && t->is_subtype(types().BaseExceptionGroup)) {
        if (name == "exceptions") {
          *out = static_cast<ExceptionObj*>(o)->group_exceptions;
          return true;
        }
        if (name == "message") {
          *out = new_str(static_cast<ExceptionObj*>(o)->group_message);
          return true;
        }
      }
      if (t == types().range) {
        auto* r = static_cast<Range*>(o);
        if (name == "start") return *out = Value::integer(r->start), true;
        if (name == "stop") return *out = Value::integer(r->stop), true;
        if (name == "step") return *out = Value::integer(r->step), true;
      }
      if (t == types().slice) {
        auto* s = static_cast<Slice*>(o);
        if (name == "start") return *out = s->start, true;
        if (name == "stop") return *out = s->stop, true;
        if (name == "step") return *out = s->step, true;
      }
      if (t == types().code) {
        auto* c = static_cast<Code*>(o);
        if (name == "co_name") return *out = new_str(c->name), true;
        if (name == "co_flags") {
          // CPython's CO_* bits for what the code is (not CO_NESTED/CO_NOFREE).
          int64_t flags = 0;
          if (c->flags & kCodeOptimized) flags |= 0x1 | 0x2;
          if (c->flags & kCodeVarargs) flags |= 0x4;
          if (c->flags & kCodeVarkw) flags |= 0x8;
          if (c->flags & kCodeGenerator) flags |= 0x20;
          if (c->flags & kCodeCoroutine) flags |= 0x80;
          if (c->flags & kCodeIterableCoroutine) flags |= 0x100;
          if (c->flags & kCodeAsyncGenerator) flags |= 0x200;
          return *out = Value::integer(flags), true;
        }
      }
      if (t == types().property) {
        auto* p = static_cast<Property*>(o);
        if (name == "fget") return *out = p->fget, true;
        if (name == "fset") return *out = p->fset, true;
        if (name == "fdel") return *out = p->fdel, true;
      }
      if (t == types().bound_method && name == "__self__") return *out = static_cast<BoundMethod*>(o)->self, true;
    }
    if (obj.is_float() || obj.is_int() || obj.is_bool()) {
      if (name == "real") return *out = obj, true;
      if (name == "imag") return *out = obj.is_float() ? Value::floating(0) : Value::integer(0), true;
      if (name == "numerator" && !obj.is_float()) return *out = obj, true;
      if (name == "denominator" && !obj.is_float()) return *out = Value::integer(1), true;
    }
    return false;
  }
  if (name == "__class__") {
    *out = Value::object(type_of(obj));
    return true;
  }
  if (!obj.is_object()) return false;
  Object* o = obj.as_object();
  Type* t = o->type();
  switch (t->layout) {
    case Layout::Type: {
      auto* ty = static_cast<Type*>(o);
      if (name == "__name__") return *out = new_str(ty->name), true;
      if (name == "__qualname__") return *out = new_str(ty->qualname.empty() ? ty->name : ty->qualname), true;
      if (name == "__module__") return *out = new_str(ty->module), true;
      if (name == "__mro__") {
        std::vector<Value> m;
        for (Type* x : ty->mro) m.push_back(Value::object(x));
        return *out = new_tuple(m), true;
      }
      if (name == "__bases__") {
        std::vector<Value> m;
        for (Type* x : ty->bases) m.push_back(Value::object(x));
        return *out = new_tuple(m), true;
      }
      if (name == "__base__") return *out = ty->bases.empty() ? Value() : Value::object(ty->bases[0]), true;
      if (name == "__dict__") return *out = Value::object(ty->dict), true;
      if (name == "__annotations__" && !ty->is_builtin) {
        // As CPython 3.10+: a class's own annotations, never inherited; {} made on first read.
        if (const Value* a = ty->dict->get_str("__annotations__")) return *out = *a, true;
        Value fresh = Value::object(new Dict(types().dict));
        ty->dict->set_str("__annotations__", fresh);
        return *out = fresh, true;
      }
      if (name == "__doc__") {
        const Value* d = ty->dict->get_str("__doc__");
        return *out = d ? *d : Value(), true;
      }
      return false;
    }
    case Layout::Function: {
      auto* f = static_cast<Function*>(o);
      if (name == "__name__") return *out = new_str(f->name), true;
      if (name == "__qualname__") return *out = new_str(f->qualname), true;
      if (name == "__module__") return *out = new_str("__main__"), true;
      if (name == "__defaults__") return *out = f->defaults.empty() ? Value() : new_tuple(f->defaults), true;
      if (name == "__code__") return *out = Value::object(f->code), true;
      if (name == "__annotations__") {
        if (f->annotations.is_none()) f->annotations = Value::object(new Dict(types().dict));
        return *out = f->annotations, true;
      }
      if (name == "__doc__") {
        if (f->dict)
          if (const Value* d = f->dict->get_str("__doc__")) return *out = *d, true;
        return *out = f->code->doc, true;
      }
      if (name == "__dict__") {
        if (!f->dict) {
        f->dict = new Dict(types().dict);
        f->dict->retain();
      }
        return *out = Value::object(f->dict), true;
      }
      return false;
    }
    case Layout::NativeFunction:
      if (name == "__name__" || name == "__qualname__") return *out = new_str(static_cast<NativeFunction*>(o)->name), true;
      return false;
    case Layout::BoundMethod:
      if (name == "__self__") return *out = static_cast<BoundMethod*>(o)->self, true;
      if (name == "__func__") return *out = static_cast<BoundMethod*>(o)->func, true;
      if (name == "__name__" || name == "__qualname__" || name == "__module__")
        return *out = get_attr(static_cast<BoundMethod*>(o)->func, intern_str(name)), true;
      return false;
    case Layout::ClassMethod:
    case Layout::StaticMethod:
      if (name == "__func__" || name == "__wrapped__") return *out = static_cast<MethodWrapper*>(o)->func, true;
      if (name == "__isabstractmethod__") {
        Value flag;
        bool set = try_get_attr(static_cast<MethodWrapper*>(o)->func, intern_str(name), &flag);
        return *out = Value::boolean(set && truthy(flag)), true;
      }
      return false;
    case Layout::Generator: {
      auto* g = static_cast<Generator*>(o);
      if (name == "__name__") return *out = new_str(g->name), true;
      if (name == "__qualname__") return *out = new_str(g->qualname), true;
      return false;
    }
    case Layout::Module:
      if (name == "__name__") return *out = new_str(static_cast<Module*>(o)->name), true;
      if (name == "__dict__") return *out = Value::object(static_cast<Module*>(o)->dict), true;
      return false;
    case Layout::Exception: {
      auto* e = static_cast<ExceptionObj*>(o);
      if (name == "__cause__") return *out = e->cause, true;
      if (name == "__context__") return *out = e->context, true;
      if (name == "__suppress_context__") return *out = Value::boolean(e->suppress_context), true;
      if (name == "__traceback__") return *out = traceback_value(obj), true;
      if (name == "__dict__") return *out = Value::object(e->dict), true;
      return false;
    }
    case Layout::Instance:
      if (name == "__dict__" && !o->type()->slots_only) return *out = Value::object(static_cast<Instance*>(o)->dict), true;
      return false;
    case Layout::Code: {
      auto* c = static_cast<Code*>(o);
      if (name == "__name__") return *out = new_str(c->name), true;
      return false;
    }
    default:
      // Instances of user subclasses of str, tuple, set, list and dict.
      if (name == "__dict__" && !o->type()->is_builtin && !o->type()->slots_only)
        if (Dict* d = attributes_dict(obj)) return *out = Value::object(d), true;
      return false;
  }
}

bool set_special_attribute(const Value& obj, const std::string& name, const Value& value) {
  if (!obj.is_object()) return false;
  Object* o = obj.as_object();
  Type* t = o->type();
  if (t->layout == Layout::Exception) {
    auto* e = static_cast<ExceptionObj*>(o);
    if (name == "__cause__") {
      e->cause = value;
      e->suppress_context = true;
      return true;
    }
    if (name == "__context__") return e->context = value, true;
    if (name == "__suppress_context__") return e->suppress_context = truthy(value), true;
    if (name == "args") return e->args = new_tuple(to_vector(value)), true;
    if (name == "__traceback__") return true;
  }
  if (t->layout == Layout::Function) {
    auto* f = static_cast<Function*>(o);
    if (name == "__name__") return f->name = str_of(value), true;
    if (name == "__qualname__") return f->qualname = str_of(value), true;
    if (name == "__annotations__") {
      // None resets them ({} again on the next read), as CPython's func_set_annotations.
      if (!value.is_none() && !type_of(value)->is_subtype(types().dict))
        type_error("__annotations__ must be set to a dict object");
      return f->annotations = value, true;
    }
  }
  if (t->layout == Layout::Type && (name == "__name__" || name == "__module__" || name == "__qualname__")) {
    auto* ty = static_cast<Type*>(o);
    if (ty->is_builtin) type_error("cannot set '" + name + "' attribute of immutable type '" + ty->name + "'");
    if (name == "__module__") return ty->module = is_str(value) ? str_of(value) : str(value), true;
    if (!is_str(value))
      type_error("can only assign string to " + ty->name + "." + name + ", not '" + type_name(value) + "'");
    (name == "__name__" ? ty->name : ty->qualname) = str_of(value);
    return true;
  }
  return false;
}

}  // namespace loopscope::lang
