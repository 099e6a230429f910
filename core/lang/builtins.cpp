// The builtins module: print, len, the conversions, the iteration helpers, the
// introspection functions and super(); plus the import machinery for the
// modules written in C++ (module registry in modules.h).
#include <algorithm>
#include <cmath>

#include "lang/float_ops.h"
#include "lang/interp_state.h"
#include "lang/modules.h"
#include "lang/modules/module_util.h"
#include "lang/number_format.h"
#include "lang/numeric.h"
#include "lang/repr.h"
#include "lang/runtime_state.h"
#include "lang/sequences.h"
#include "lang/set_ops.h"
#include "lang/vm.h"

namespace loopscope::lang {

bool is_callable(const Value& v) {
  Type* t = type_of(v);
  return t == types().function || t == types().native_function || t == types().bound_method ||
         t->layout == Layout::Type || (!t->is_builtin && t->lookup("__call__"));
}

namespace {

// print(*objects, sep=' ', end='\n', file=None, flush=False): to `file`, else to
// sys.stdout as it is now (a program may replace it: contextlib.redirect_stdout). An
// object of the program's gets each piece in its own write() call, as CPython does.
Value b_print(Args& a, void*) {
  check_builtin_keywords("print", a, {"sep", "end", "file", "flush"});
  std::string sep = " ", end = "\n";
  if (const Value* s = a.keyword("sep"); s && !s->is_none()) {
    if (!is_str(*s)) type_error("sep must be None or a string, not " + type_name(*s));
    sep = str_of(*s);
  }
  if (const Value* e = a.keyword("end"); e && !e->is_none()) {
    if (!is_str(*e)) type_error("end must be None or a string, not " + type_name(*e));
    end = str_of(*e);
  }
  Value file;
  const Value* file_arg = a.keyword("file");
  bool to_program_stdout = false;
  if (file_arg && !file_arg->is_none()) file = *file_arg;
  else if (!current_sys_stdout(&file)) to_program_stdout = true;
  else if (file.is_none()) return Value();  // sys.stdout = None: print does nothing
  const Value* flush = a.keyword("flush");
  if (to_program_stdout || type_of(file)->is_builtin) {
    std::string out;
    for (size_t i = 0; i < a.n; ++i) {
      if (i) out += sep;
      out += str(a[i]);
    }
    out += end;
    if (to_program_stdout) rt().write_stdout(out);
    else if (!write_if_std_stream(file, out)) call_method(file, "write", {new_str(out)});
  } else {
    for (size_t i = 0; i < a.n; ++i) {
      if (i) call_method(file, "write", {new_str(sep)});
      call_method(file, "write", {new_str(str(a[i]))});
    }
    call_method(file, "write", {new_str(end)});
  }
  if (flush && truthy(*flush) && !to_program_stdout) call_method(file, "flush", {});
  return Value();
}

Value b_len(Args& a, void*) {
  check_args("len", a, 1, 1);
  return Value::integer(length(a[0]));
}

Value b_repr(Args& a, void*) {
  check_args("repr", a, 1, 1);
  NestingGuard call_check(kWhileCalling);
  return new_str(repr(a[0]));
}

Value b_ascii(Args& a, void*) {
  check_args("ascii", a, 1, 1);
  return new_str(ascii_repr(a[0]));
}

Value b_format(Args& a, void*) {
  check_args("format", a, 1, 2);
  return new_str(format_value(a[0], a.n > 1 ? std::string_view(str_of(a[1])) : std::string_view()));
}

bool is_type(const Value& v) { return v.is_object() && v.as_object()->type()->layout == Layout::Type; }

bool isinstance_check(const Value& obj, const Value& cls, const char* fname) {
  if (is_type(cls)) return isinstance(obj, as<Type>(cls));
  if (type_of(cls) == types().tuple) {
    for (auto& c : as<Tuple>(cls)->items)
      if (isinstance_check(obj, c, fname)) return true;
    return false;
  }
  type_error(std::string(fname) + "() arg 2 must be a type, a tuple of types, or a union");
}

Value b_isinstance(Args& a, void*) {
  check_args("isinstance", a, 2, 2);
  return Value::boolean(isinstance_check(a[0], a[1], "isinstance"));
}

Value b_issubclass(Args& a, void*) {
  check_args("issubclass", a, 2, 2);
  if (!is_type(a[0])) type_error("issubclass() arg 1 must be a class");
  Type* t = as<Type>(a[0]);
  if (is_type(a[1])) return Value::boolean(t->is_subtype(as<Type>(a[1])));
  for (auto& c : to_vector(a[1]))
    if (is_type(c) && t->is_subtype(as<Type>(c))) return Value::boolean(true);
  return Value::boolean(false);
}

Value b_getattr(Args& a, void*) {
  check_args("getattr", a, 2, 3);
  if (!is_str(a[1])) type_error("attribute name must be string, not '" + type_name(a[1]) + "'");
  Value out;
  if (a.n == 3) {
    if (try_get_attr(a[0], intern_str(str_of(a[1])), &out)) return out;
    return a[2];
  }
  return get_attr(a[0], intern_str(str_of(a[1])));
}

Value b_setattr(Args& a, void*) {
  check_args("setattr", a, 3, 3);
  set_attr(a[0], intern_str(str_of(a[1])), a[2]);
  return Value();
}

Value b_delattr(Args& a, void*) {
  check_args("delattr", a, 2, 2);
  del_attr(a[0], intern_str(str_of(a[1])));
  return Value();
}

Value b_hasattr(Args& a, void*) {
  check_args("hasattr", a, 2, 2);
  Value out;
  try {
    return Value::boolean(try_get_attr(a[0], intern_str(str_of(a[1])), &out));
  } catch (PyThrow& e) {
    if (isinstance(e.exc, types().AttributeError)) return Value::boolean(false);
    throw;
  }
}

Value b_iter(Args& a, void*) {
  check_args("iter", a, 1, 2);
  if (a.n == 2) {
    Value fn = a[0], sentinel = a[1];
    return make_iterator([fn, sentinel](Value* out) {
      Value v = call(fn, {});
      if (values_equal(v, sentinel)) return false;
      *out = v;
      return true;
    });
  }
  return get_iter(a[0]);
}

Value b_next(Args& a, void*) {
  check_args("next", a, 1, 2);
  Value out;
  Type* t = type_of(a[0]);
  if (t->layout != Layout::Iterator && t != types().generator && !t->lookup("__next__"))
    type_error("'" + t->name + "' object is not an iterator");
  if (t == types().generator && as<Generator>(a[0])->frame) {
    // A generator's return value travels in the StopIteration.
    if (Vm::resume(as<Generator>(a[0]), Value(), nullptr, &out) == GenStatus::Yielded) return out;
    if (a.n == 2) return a[1];
    raise_value(make_exception_args(types().StopIteration, out.is_none() ? std::vector<Value>{} : std::vector<Value>{out}));
  }
  if (iter_next(a[0], &out)) return out;
  if (a.n == 2) return a[1];
  raise_value(make_exception(types().StopIteration, ""));
}

Value b_enumerate(Args& a, void*) {
  auto args = bind_args(a, "enumerate", {"iterable", "start"}, 1);
  Value it = get_iter(*args[0]);
  int64_t start = args[1] ? index_of(*args[1]) : 0;
  return make_iterator([it, start](Value* out) mutable {
    Value x;
    if (!iter_next(it, &x)) return false;
    *out = new_tuple({Value::integer(start++), x});
    return true;
  });
}

Value b_zip(Args& a, void*) {
  std::vector<Value> its;
  for (size_t i = 0; i < a.n; ++i) its.push_back(get_iter(a[i]));
  bool strict = false;
  if (const Value* s = a.keyword("strict")) strict = truthy(*s);
  return make_iterator([its, strict](Value* out) {
    if (its.empty()) return false;
    std::vector<Value> row;
    for (size_t i = 0; i < its.size(); ++i) {
      Value x;
      if (!iter_next(its[i], &x)) {
        if (strict && i > 0) value_error("zip() argument " + std::to_string(i + 1) + " is shorter than argument 1");
        return false;
      }
      row.push_back(x);
    }
    *out = new_tuple(std::move(row));
    return true;
  });
}

Value b_map(Args& a, void*) {
  if (a.n < 2) type_error("map() must have at least two arguments.");
  Value fn = a[0];
  std::vector<Value> its;
  for (size_t i = 1; i < a.n; ++i) its.push_back(get_iter(a[i]));
  return make_iterator([fn, its](Value* out) {
    std::vector<Value> row;
    for (auto& it : its) {
      Value x;
      if (!iter_next(it, &x)) return false;
      row.push_back(x);
    }
    Args ca{row.data(), row.size(), nullptr, 0};
    *out = call(fn, ca);
    return true;
  });
}

Value b_filter(Args& a, void*) {
  check_args("filter", a, 2, 2);
  Value fn = a[0];
  Value it = get_iter(a[1]);
  return make_iterator([fn, it](Value* out) {
    Value x;
    while (iter_next(it, &x)) {
      bool keep = fn.is_none() ? truthy(x) : truthy(call(fn, {x}));
      if (keep) {
        *out = x;
        return true;
      }
    }
    return false;
  });
}

Value b_reversed(Args& a, void*) {
  check_args("reversed", a, 1, 1);
  Type* t = type_of(a[0]);
  if (!t->is_builtin) {
    if (const Value* m = t->lookup("__reversed__")) return call(*m, {a[0]});
  }
  if (t->layout == Layout::Dict) {
    std::vector<Value> keys = to_vector(a[0]);
    std::reverse(keys.begin(), keys.end());
    return get_iter(new_list(std::move(keys)));
  }
  if (t->layout == Layout::Set || t->layout == Layout::Iterator || t->layout == Layout::Generator)
    type_error("'" + t->name + "' object is not reversible");
  std::vector<Value> items = to_vector(a[0]);
  std::reverse(items.begin(), items.end());
  return get_iter(new_list(std::move(items)));
}

Value b_sorted(Args& a, void*) {
  check_builtin_keywords("sort", a, {"key", "reverse"});  // CPython's sorted() passes them to list.sort
  check_positional_args("sorted", a, 1, 1);
  std::vector<Value> items = to_vector(a[0]);
  sort_list(items, a.keyword("key"), a.keyword("reverse") && truthy(*a.keyword("reverse")));
  return new_list(std::move(items));
}

Value min_max(Args& a, bool is_max, const char* name) {
  std::vector<Value> items;
  if (a.n == 1) items = to_vector(a[0]);
  else if (a.n > 1) items.assign(a.pos, a.pos + a.n);
  else type_error(std::string(name) + " expected at least 1 argument, got 0");
  const Value* key = a.keyword("key");
  if (items.empty()) {
    if (const Value* d = a.keyword("default")) return *d;
    value_error(std::string(name) + "() arg is an empty sequence");
  }
  Value best = items[0];
  Value best_key = key && !key->is_none() ? call(*key, {best}) : best;
  for (size_t i = 1; i < items.size(); ++i) {
    Value k = key && !key->is_none() ? call(*key, {items[i]}) : items[i];
    bool better = is_max ? values_less(best_key, k) : values_less(k, best_key);
    if (better) {
      best = items[i];
      best_key = k;
    }
  }
  return best;
}
Value b_min(Args& a, void*) {
  NestingGuard call_check(kWhileCalling);
  return min_max(a, false, "min");
}
Value b_max(Args& a, void*) {
  NestingGuard call_check(kWhileCalling);
  return min_max(a, true, "max");
}

Value b_sum(Args& a, void*) {
  check_args("sum", a, 1, 2, {"start"});
  Value total = a.n > 1 ? a[1] : Value::integer(0);
  if (const Value* s = a.keyword("start")) total = *s;
  if (is_str(total)) type_error("sum() can't sum strings [use ''.join(seq) instead]");
  Value it = get_iter(a[0]);
  Value x;
  // Floats are summed with a running compensation like CPython? CPython adds plainly.
  while (iter_next(it, &x)) {
    if (total.is_int() && x.is_int()) {
      int64_t r;
      if (checked_add(total.as_int(), x.as_int(), &r)) {
        total = Value::integer(r);
        continue;
      }
    }
    if (total.is_float() && x.is_float()) {
      total = Value::floating(total.as_float() + x.as_float());
      continue;
    }
    total = binary_op(0, total, x);
  }
  return total;
}

Value b_any(Args& a, void*) {
  check_args("any", a, 1, 1);
  Value it = get_iter(a[0]);
  Value x;
  while (iter_next(it, &x))
    if (truthy(x)) return Value::boolean(true);
  return Value::boolean(false);
}

Value b_all(Args& a, void*) {
  check_args("all", a, 1, 1);
  Value it = get_iter(a[0]);
  Value x;
  while (iter_next(it, &x))
    if (!truthy(x)) return Value::boolean(false);
  return Value::boolean(true);
}

Value b_abs(Args& a, void*) {
  check_args("abs", a, 1, 1);
  const Value& x = a[0];
  if (x.is_float()) return Value::floating(std::fabs(x.as_float()));
  if (is_int_like(x)) {
    if (x.is_int() && x.as_int() != INT64_MIN) return Value::integer(std::llabs(x.as_int()));
    return new_int(to_bigint(x).abs());
  }
  if (!type_of(x)->is_builtin)
    if (const Value* m = type_of(x)->lookup("__abs__")) return call(*m, {x});
  type_error("bad operand type for abs(): '" + type_name(x) + "'");
}

Value b_round(Args& a, void*) {
  auto args = bind_args(a, "round", {"number", "ndigits"}, 1);
  const Value& x = *args[0];
  bool has_nd = args[1] && !args[1]->is_none();
  int64_t nd = has_nd ? index_of(*args[1]) : 0;
  if (x.is_float()) {
    double d = x.as_float();
    if (!has_nd) {
      if (std::isnan(d)) value_error("cannot convert float NaN to integer");
      if (std::isinf(d)) raise(types().OverflowError, "cannot convert float infinity to integer");
      return new_int(float_round_to_int(d));
    }
    return Value::floating(float_round(d, nd));
  }
  if (is_int_like(x)) {
    if (!has_nd || nd >= 0) return x.is_bool() ? Value::integer(x.as_bool()) : x;
    // Round half to even at 10**-nd.
    BigInt p = BigInt::pow(BigInt(10), BigInt(-nd));
    BigInt v = to_bigint(x);
    BigInt q, r;
    BigInt::divmod(v, p, &q, &r);
    BigInt twice = r + r;
    int c = BigInt::compare(twice, p);
    if (c > 0 || (c == 0 && !(q & BigInt(1)).is_zero())) q = q + BigInt(1);
    return new_int(q * p);
  }
  if (!type_of(x)->is_builtin)
    if (const Value* m = type_of(x)->lookup("__round__")) return a.n > 1 ? call(*m, {x, a[1]}) : call(*m, {x});
  type_error("type " + type_name(x) + " doesn't define __round__ method");
}

Value b_divmod(Args& a, void*) {
  check_args("divmod", a, 2, 2);
  Value q = binary_op(12, a[0], a[1]);  // FloorDiv
  Value r = binary_op(5, a[0], a[1]);   // Mod
  return new_tuple({q, r});
}

Value b_pow(Args& a, void*) {
  auto args = bind_args(a, "pow", {"base", "exp", "mod"}, 2);
  const Value &base = *args[0], &exp = *args[1];
  if (args[2] && !args[2]->is_none()) {
    const Value& mod = *args[2];
    if (!is_int_like(base) || !is_int_like(exp) || !is_int_like(mod))
      type_error("pow() 3rd argument not allowed unless all arguments are integers");
    try {
      if (to_bigint(mod).is_zero()) value_error("pow() 3rd argument cannot be 0");
      return new_int(BigInt::pow_mod(to_bigint(base), to_bigint(exp), to_bigint(mod)));
    } catch (const NumberError& e) {
      raise_number_error(e);
    }
  }
  return binary_op(6, base, exp);
}

Value b_hex(Args& a, void*) {
  check_args("hex", a, 1, 1);
  return new_str(to_bigint(is_int_like(a[0]) ? a[0] : Value::integer(index_of(a[0]))).to_hex());
}
Value b_oct(Args& a, void*) {
  check_args("oct", a, 1, 1);
  return new_str(to_bigint(is_int_like(a[0]) ? a[0] : Value::integer(index_of(a[0]))).to_oct());
}
Value b_bin(Args& a, void*) {
  check_args("bin", a, 1, 1);
  return new_str(to_bigint(is_int_like(a[0]) ? a[0] : Value::integer(index_of(a[0]))).to_bin());
}

Value b_ord(Args& a, void*) {
  check_args("ord", a, 1, 1);
  if (!is_str(a[0])) {
    if (type_of(a[0])->layout == Layout::Bytes && as<Bytes>(a[0])->s.size() == 1)
      return Value::integer(static_cast<unsigned char>(as<Bytes>(a[0])->s[0]));
    type_error("ord() expected string of length 1, but " + type_name(a[0]) + " found");
  }
  auto* s = as<Str>(a[0]);
  if (s->length != 1)
    type_error("ord() expected a character, but string of length " + std::to_string(s->length) + " found");
  const std::string& t = s->s;
  unsigned char c = static_cast<unsigned char>(t[0]);
  if (c < 0x80) return Value::integer(c);
  size_t n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  uint32_t cp = c & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
  for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(t[k]) & 0x3F);
  return Value::integer(cp);
}

Value b_chr(Args& a, void*) {
  check_args("chr", a, 1, 1);
  int64_t cp = index_of(a[0]);
  if (cp < 0 || cp > 0x10FFFF) value_error("chr() arg not in range(0x110000)");
  std::string s;
  append_utf8(&s, static_cast<uint32_t>(cp));
  return new_str(s);
}

Value b_id(Args& a, void*) {
  check_args("id", a, 1, 1);
  const Value& v = a[0];
  if (v.is_object()) return Value::integer(static_cast<int64_t>(reinterpret_cast<uintptr_t>(v.as_object())));
  if (v.is_future()) return Value::integer(static_cast<int64_t>(reinterpret_cast<uintptr_t>(v.as_future())));
  return Value::integer(hash_value(v) * 16 + static_cast<int>(v.tag()));
}

Value b_hash(Args& a, void*) {
  check_args("hash", a, 1, 1);
  NestingGuard call_check(kWhileCalling);
  return Value::integer(hash_value(a[0]));
}

Value b_callable(Args& a, void*) {
  check_args("callable", a, 1, 1);
  return Value::boolean(is_callable(a[0]));
}

Value b_locals(Args&, void*);

Value b_vars(Args& a, void*) {
  if (a.n == 0) return b_locals(a, nullptr);  // vars() is locals(), in a function too
  Value d;
  if (!try_get_attr(a[0], intern_str("__dict__"), &d))
    type_error("vars() argument must have __dict__ attribute");
  return d;
}

Value b_globals(Args&, void*) { return Value::object(Vm::current_frame()->globals); }

Value b_locals(Args&, void*) { return frame_locals(Vm::current_frame()); }

Value b_dir(Args& a, void*) {
  std::vector<Value> names;
  if (a.n == 0) {
    Frame* f = Vm::current_frame();
    Dict* d = f->locals ? f->locals : f->globals;
    for (auto& e : d->entries)
      if (e.used) names.push_back(e.key);
  } else {
    Type* t = type_of(a[0]);
    Value seen = new_set();
    if (t->layout == Layout::Instance || t->layout == Layout::Exception)
      for (auto& e : as<Instance>(a[0])->dict->entries)
        if (e.used) set_add(seen, e.key);
    if (t->layout == Layout::Module)
      for (auto& e : as<Module>(a[0])->dict->entries)
        if (e.used) set_add(seen, e.key);
    Type* start = t->layout == Layout::Type ? as<Type>(a[0]) : t;
    for (Type* m : start->mro)
      for (auto& e : m->dict->entries)
        if (e.used) set_add(seen, e.key);
    names = to_vector(seen);
  }
  sort_list(names, nullptr, false);
  return new_list(std::move(names));
}

// super() and super(cls, obj): attribute lookup starting after cls in obj's MRO.
Value b_super(Args& a, void*) {
  Value cls, obj;
  if (a.n == 2) {
    cls = a[0];
    obj = a[1];
  } else {
    Frame* f = Vm::current_frame();
    if (!f || !f->func || f->code->argcount == 0) raise(types().RuntimeError, "super(): no arguments");
    obj = f->fast[0];
    if (obj.is_null()) {
      // The first argument may live in a cell.
      for (size_t i = 0; i < f->code->cell_args.size(); ++i)
        if (f->code->cell_args[i] == 0) obj = as<Cell>(f->cells[i])->value;
    }
    for (size_t i = 0; i < f->code->freevars.size(); ++i)
      if (f->code->freevars[i] == "__class__") cls = as<Cell>(f->cells[f->code->cellvars.size() + i])->value;
    if (cls.is_none()) raise(types().RuntimeError, "super(): __class__ cell not found");
  }
  return Value::object(new SuperObj(types().super_, cls, obj));
}

Value super_getattr(const Value& self, Str* name) {
  auto* sup = as<SuperObj>(self);
  Type* cls = as<Type>(sup->cls);
  const Value& obj = sup->obj;
  // super(C, x) looks along x's own MRO when x is a subclass of C (class-level use, as
  // in a classmethod); otherwise along type(x)'s, x included when it is a class whose
  // metaclass derives from C (a metaclass's methods).
  bool obj_is_type = obj.is_object() && obj.as_object()->type()->layout == Layout::Type &&
                     as<Type>(obj)->is_subtype(cls);
  Type* start = obj_is_type ? as<Type>(obj) : type_of(obj);
  bool after = false;
  for (Type* t : start->mro) {
    if (after) {
      if (const Value* v = t->dict->get(Value::object(name))) {
        const Value& descr = *v;
        if (descr.is_object()) {
          Type* dt = descr.as_object()->type();
          if (dt == types().function || (dt == types().native_function && as<NativeFunction>(descr)->is_method)) {
            if (obj_is_type) return descr;
            return Value::object(new BoundMethod(types().bound_method, obj, descr));
          }
          if (dt == types().classmethod)
            return Value::object(new BoundMethod(types().bound_method, obj_is_type ? obj : Value::object(type_of(obj)),
                                                 as<MethodWrapper>(descr)->func));
          if (dt == types().staticmethod) return as<MethodWrapper>(descr)->func;
          if (dt == types().property) return call(as<Property>(descr)->fget, {obj});
        }
        return descr;
      }
      Value dunder;
      if (t->is_builtin && builtin_dunder(t, name->s, &dunder))
        return obj_is_type || dunder.is_none() ? dunder : Value::object(new BoundMethod(types().bound_method, obj, dunder));
    }
    if (t == cls) after = true;
  }
  if (name->s == "__init__") return make_native("__init__", [](Args&, void*) { return Value(); });
  raise(types().AttributeError, "'super' object has no attribute '" + name->s + "'");
}

Value b_exit(Args& a, void*) {
  raise_value(make_exception_args(types().SystemExit, a.n ? std::vector<Value>{a[0]} : std::vector<Value>{}));
}

// input([prompt]): the prompt on stdout, then a line from the console (the CLI's
// stdin). The loop, if one runs, is blocked meanwhile, as in CPython.
Value b_input(Args& a, void*) {
  check_args("input", a, 0, 1);
  if (!rt().read_line) raise(types().RuntimeError, "input(): no console input here");
  std::string prompt = a.n ? str(a[0]) : std::string();
  rt().write_stdout(prompt);
  EventLoop* loop = EventLoop::current();
  if (loop) loop->begin_blocking("input()");
  std::optional<std::string> line = rt().read_line(prompt);
  if (loop) loop->end_blocking();
  if (!line) raise(rt().exception_types["EOFError"], "EOF when reading a line");
  return new_str(std::move(*line));
}

Value b_open(Args&, void*) { raise(types().OSError, "open(): no file system in the playground"); }

Value b_aiter(Args& a, void*) {
  check_args("aiter", a, 1, 1);
  return get_aiter(a[0]);
}

// anext(it[, default]): with a default, an exhausted iterator gives the default.
Value b_anext(Args& a, void*) {
  check_args("anext", a, 1, 2);
  Value step = get_anext(a[0]);
  if (a.n < 2) return step;
  return anext_with_default(step, a[1]);
}

}  // namespace

Value super_attribute(const Value& self, Str* name) { return super_getattr(self, name); }

Value frame_locals(Frame* f) {
  if (f->locals) return Value::object(f->locals);
  if (!(f->code->flags & kCodeOptimized)) return Value::object(f->globals);  // module level
  // A function's variables in CPython's order (its local names, then the other cells
  // and the free variables); a variable inner functions share is its cell's value.
  const Code* code = f->code;
  Value d = new_dict();
  auto cell_value = [&](size_t index, Value* out) {
    auto* c = as<Cell>(f->cells[index]);
    if (c->empty) return false;
    *out = c->value;
    return true;
  };
  auto cell_index = [&](const std::string& name) -> std::ptrdiff_t {
    auto it = std::find(code->cellvars.begin(), code->cellvars.end(), name);
    return it == code->cellvars.end() ? -1 : it - code->cellvars.begin();
  };
  for (int i = 0; i < code->nlocals(); ++i) {
    const std::string& name = code->varnames[static_cast<size_t>(i)];
    Value v;
    std::ptrdiff_t cell = cell_index(name);
    if (cell >= 0 ? cell_value(static_cast<size_t>(cell), &v) : !f->fast[i].is_null()) {
      as<Dict>(d)->set(intern(name), cell >= 0 ? v : f->fast[i]);
    }
  }
  size_t ncells = code->cellvars.size() + code->freevars.size();
  for (size_t i = 0; i < ncells; ++i) {
    const std::string& name = i < code->cellvars.size() ? code->cellvars[i] : code->freevars[i - code->cellvars.size()];
    if (i < code->cellvars.size() &&
        std::find(code->varnames.begin(), code->varnames.end(), name) != code->varnames.end())
      continue;  // shown above, in its place
    Value v;
    if (cell_value(i, &v)) as<Dict>(d)->set(intern(name), v);
  }
  return d;
}

void Runtime::install_builtins() {
  struct Entry {
    const char* name;
    NativeFn fn;
  };
  static const Entry kFns[] = {
      {"print", b_print}, {"len", b_len}, {"repr", b_repr}, {"ascii", b_ascii}, {"format", b_format},
      {"isinstance", b_isinstance}, {"issubclass", b_issubclass}, {"getattr", b_getattr},
      {"setattr", b_setattr}, {"delattr", b_delattr}, {"hasattr", b_hasattr}, {"iter", b_iter},
      {"next", b_next}, {"sorted", b_sorted}, {"min", b_min}, {"max", b_max}, {"sum", b_sum},
      {"any", b_any}, {"all", b_all}, {"abs", b_abs}, {"round", b_round}, {"divmod", b_divmod},
      {"pow", b_pow}, {"hex", b_hex}, {"oct", b_oct}, {"bin", b_bin}, {"ord", b_ord}, {"chr", b_chr},
      {"id", b_id}, {"hash", b_hash}, {"callable", b_callable}, {"vars", b_vars}, {"globals", b_globals},
      {"locals", b_locals}, {"dir", b_dir}, {"exit", b_exit}, {"quit", b_exit}, {"input", b_input},
      {"open", b_open}, {"aiter", b_aiter}, {"anext", b_anext},
  };
  for (auto& e : kFns) builtins->set(intern(e.name), make_native(e.name, e.fn));
  // enumerate, zip, map, filter, reversed and super are classes in CPython; calling
  // them is what programs do, so functions are enough here.
  builtins->set(intern("enumerate"), make_native("enumerate", b_enumerate));
  builtins->set(intern("zip"), make_native("zip", b_zip));
  builtins->set(intern("map"), make_native("map", b_map));
  builtins->set(intern("filter"), make_native("filter", b_filter));
  builtins->set(intern("reversed"), make_native("reversed", b_reversed));
  builtins->set(intern("super"), make_native("super", b_super));
  Types& T = types;
  for (Type* t : {T.object, T.type, T.int_, T.float_, T.bool_, T.str, T.bytes, T.list, T.tuple, T.dict, T.set,
                  T.frozenset, T.range, T.slice, T.property, T.classmethod, T.staticmethod})
    builtins->set(intern(t->name), Value::object(t));
  for (auto& [name, t] : exception_types) builtins->set(intern(name), Value::object(t));
  builtins->set(intern("None"), Value());
  builtins->set(intern("Ellipsis"), ellipsis);
  builtins->set(intern("__debug__"), Value::boolean(true));
  builtins->set(intern("NotImplemented"), not_implemented);
  builtins->set(intern("__name__"), new_str("builtins"));
  install_eval_builtins(builtins);
  install_type_methods();
}

// --- imports ---------------------------------------------------------------------------

Value import_module(const std::string& name, bool leaf) {
  auto& mods = rt().modules;
  std::string top = name.substr(0, name.find('.'));
  auto load = [&](const std::string& n) -> Value {
    auto it = mods.find(n);
    if (it != mods.end()) return it->second;
    Value m = create_native_module(n);
    if (m.is_none()) {
      Value exc = make_exception(types().ModuleNotFoundError, "No module named '" + n + "'");
      throw PyThrow{exc};
    }
    mods[n] = m;
    update_sys_modules(n, m);
    return m;
  };
  Value top_mod = load(top);
  Value m = top_mod;
  if (name != top) {
    m = load(name);
    // Make the submodule an attribute of its parent (import a.b binds a).
    std::string sub = name.substr(name.rfind('.') + 1);
    as<Module>(load(name.substr(0, name.rfind('.'))))->dict->set_str(sub, m);
  }
  return leaf ? m : top_mod;
}

namespace {
// The submodule `name`, or null when it cannot be imported. Its own function: code
// after a catch clause that only the handler reaches runs inside the wasm catch body,
// where the Asyncify engine cannot suspend (wasm/binaryen_for_emcc/catch_body_check.mjs).
Value import_submodule_or_null(const std::string& name) {
  try {
    return import_module(name, true);
  } catch (PyThrow&) {
    return Value::null();
  }
}
}  // namespace

Value import_from(const Value& module, Str* name) {
  Value out;
  if (try_get_attr(module, name, &out)) return out;
  std::string mname = as<Module>(module)->name;
  // A submodule not yet imported.
  Value submodule = import_submodule_or_null(mname + "." + name->s);
  if (!submodule.is_null()) return submodule;
  raise(types().ImportError, "cannot import name '" + name->s + "' from '" + mname + "' (unknown location)");
}

void import_star(const Value& module, Dict* into) {
  for (auto& e : as<Module>(module)->dict->entries)
    if (e.used && is_str(e.key) && !str_of(e.key).empty() && str_of(e.key)[0] != '_') into->set(e.key, e.value);
}

}  // namespace loopscope::lang
