// repr(), str() and format() exactly as CPython prints them: shortest float repr,
// string quoting, container reprs with [...] for recursion, exception reprs, and
// the __repr__/__str__/__format__ of user classes.
#include "lang/repr.h"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <unordered_set>

#include "lang/ast_dump.h"
#include "lang/interp_state.h"
#include "lang/native_recursion.h"
#include "lang/number_format.h"
#include "lang/numeric.h"
#include "lang/os_error.h"
#include "lang/syntax_error.h"
#include "lang/runtime_state.h"

namespace loopscope::lang {

namespace {

// Objects being printed right now: a container met again prints as [...].
std::unordered_set<const void*>& in_progress() {
  static thread_local std::unordered_set<const void*> set;
  return set;
}

struct Guard {
  const void* p;
  bool entered;
  explicit Guard(const void* obj) : p(obj), entered(in_progress().insert(obj).second) {}
  ~Guard() {
    if (entered) in_progress().erase(p);
  }
};

// A __repr__/__str__/__format__ defined in Python, or natively by a type with
// native_dunders (deque); object's own native __repr__ is not an override.
bool user_override(const Value& v, const char* name, Value* out) {
  Type* t = type_of(v);
  if (t->is_builtin && !t->native_dunders) return false;
  const Value* m = t->lookup(name);
  if (!m) return false;
  if (m->is_object() && m->as_object()->type() == types().native_function) {
    const Value* from_object = types().object->lookup(name);
    if (!t->native_dunders || (from_object && m->is(*from_object))) return false;
  }
  *out = *m;
  return true;
}


std::string join_items(const std::vector<Value>& items) {
  std::string s;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) s += ", ";
    s += repr(items[i]);
  }
  return s;
}

}  // namespace

std::string hex_address(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%012llx", static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(p)));
  return buf;
}

std::string exception_str(const Value& v) {
  auto* e = as<ExceptionObj>(v);
  if (type_of(v)->is_subtype(types().BaseExceptionGroup)) {
    size_t n = e->group_exceptions.is_object() ? as<Tuple>(e->group_exceptions)->items.size() : 0;
    return e->group_message + " (" + std::to_string(n) + " sub-exception" + (n == 1 ? "" : "s") + ")";
  }
  std::string os_text;
  if (type_of(v)->is_subtype(types().OSError) && os_error_str(v, &os_text)) return os_text;
  if (type_of(v)->is_subtype(types().SyntaxError) && syntax_error_str(v, &os_text)) return os_text;
  const auto& args = as<Tuple>(e->args)->items;
  if (type_of(v)->is_subtype(types().KeyError) && args.size() == 1) return repr(args[0]);
  if (args.empty()) return "";
  if (args.size() == 1) return str(args[0]);
  return repr(e->args);
}

std::string repr(const Value& v) {
  NestingGuard nesting(" while getting the repr of an object");
  Value m;
  if (v.is_object() && user_override(v, "__repr__", &m)) {
    Value r = call(m, {v});
    if (!is_str(r)) type_error("__repr__ returned non-string (type " + type_name(r) + ")");
    return str_of(r);
  }
  return builtin_repr(v);
}

namespace {

// The builtin repr of an object value, out of builtin_repr(): under WebAssembly a
// function is compiled at its first call, and print(1) needs only the scalars' few
// lines (this part is 9 KB of wasm).
[[gnu::noinline]] std::string builtin_object_repr(const Value& v);

}  // namespace

std::string builtin_repr(const Value& v) {
  switch (v.tag()) {
    case Tag::None: return "None";
    case Tag::Null: return "<NULL>";
    case Tag::Bool: return v.as_bool() ? "True" : "False";
    case Tag::Int: return std::to_string(v.as_int());
    case Tag::Float: return float_repr(v.as_float());
    case Tag::Future: return future_repr(v.as_future());
    case Tag::Object: break;
  }
  return builtin_object_repr(v);
}

namespace {

std::string builtin_object_repr(const Value& v) {
  Object* o = v.as_object();
  Type* t = o->type();
  switch (t->layout) {
    case Layout::Str: return py_str_repr(static_cast<Str*>(o)->s);
    case Layout::Bytes: return py_bytes_repr(static_cast<Bytes*>(o)->s);
    case Layout::BigInt:
      try {
        return static_cast<BigIntObj*>(o)->v.to_string();
      } catch (const NumberError& e) {
        raise_number_error(e);
      }
    case Layout::List: {
      Guard g(o);
      if (!g.entered) return "[...]";
      std::string r = "[" + join_items(static_cast<List*>(o)->items) + "]";
      // The dict views are builtin lists printed as dict_keys([...]).
      return t->is_builtin && t != types().list ? t->name + "(" + r + ")" : r;
    }
    case Layout::Tuple: {
      Guard g(o);
      if (!g.entered) return "(...)";
      auto& items = static_cast<Tuple*>(o)->items;
      std::string inner = join_items(items);
      std::string r = "(" + inner + (items.size() == 1 ? ",)" : ")");
      if (!t->is_builtin && t->lookup("_fields")) return named_tuple_repr(v);
      return r;
    }
    case Layout::Dict: {
      Guard g(o);
      if (!g.entered) return "{...}";
      std::string s = "{";
      bool first = true;
      for (auto& e : static_cast<Dict*>(o)->entries) {
        if (!e.used) continue;
        if (!first) s += ", ";
        first = false;
        s += repr(e.key) + ": " + repr(e.value);
      }
      s += "}";
      return s;
    }
    case Layout::Set:
    case Layout::FrozenSet: {
      Guard g(o);
      if (!g.entered) return t->name + "(...)";
      // CPython's set_repr: "set()" when empty, braces alone only for an exact set,
      // else the type's name around them (frozenset({1}), MySet({1})).
      const SetTable* d = &static_cast<Set*>(o)->table;
      if (d->count == 0) return t->name + "()";
      bool named = t != types().set;
      std::string s = named ? t->name + "({" : "{";
      bool first = true;
      for (auto& e : d->entries) {
        if (!e.used) continue;
        if (!first) s += ", ";
        first = false;
        s += repr(e.key);
      }
      s += named ? "})" : "}";
      return s;
    }
    case Layout::Range: {
      auto* r = static_cast<Range*>(o);
      std::string s = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
      if (r->step != 1) s += ", " + std::to_string(r->step);
      return s + ")";
    }
    case Layout::Slice: {
      auto* s = static_cast<Slice*>(o);
      return "slice(" + repr(s->start) + ", " + repr(s->stop) + ", " + repr(s->step) + ")";
    }
    case Layout::Type: {
      auto* ty = static_cast<Type*>(o);
      if (ty->module == "builtins") return "<class '" + ty->name + "'>";
      return "<class '" + ty->module + "." + (ty->qualname.empty() ? ty->name : ty->qualname) + "'>";
    }
    case Layout::Function:
      return "<function " + static_cast<Function*>(o)->qualname + " at " + hex_address(o) + ">";
    case Layout::NativeFunction:
      return "<built-in function " + static_cast<NativeFunction*>(o)->name + ">";
    case Layout::BoundMethod: {
      auto* bm = static_cast<BoundMethod*>(o);
      if (bm->func.is_object() && bm->func.as_object()->type() == types().native_function) {
        // Methods of builtin types: slot dunders are method-wrappers, others built-in methods.
        const std::string& name = as<NativeFunction>(bm->func)->name;
        std::string of = type_name(bm->self) + " object at " +
                         (bm->self.is_object() ? hex_address(bm->self.as_object()) : hex_address(&bm->self));
        // (Dunders that CPython defines as plain methods, not type slots, are built-in methods.)
        static const std::string_view kPlainDunders[] = {"__format__", "__getitem__", "__init_subclass__",
                                                         "__class_getitem__", "__reversed__", "__sizeof__",
                                                         "__reduce__", "__reduce_ex__", "__dir__",
                                                         "__subclasshook__", "__length_hint__"};
        bool slot = name.size() > 4 && name.compare(0, 2, "__") == 0 &&
                    std::find(std::begin(kPlainDunders), std::end(kPlainDunders), name) == std::end(kPlainDunders);
        if (slot) return "<method-wrapper '" + name + "' of " + of + ">";
        return "<built-in method " + name + " of " + of + ">";
      }
      std::string fname = bm->func.is_object() && bm->func.as_object()->type() == types().function
                              ? as<Function>(bm->func)->qualname
                              : repr(bm->func);
      return "<bound method " + fname + " of " + repr(bm->self) + ">";
    }
    case Layout::Module:
    {
      auto* m = static_cast<Module*>(o);
      const char* origin = m->origin == Module::Origin::BuiltIn  ? " (built-in)"
                           : m->origin == Module::Origin::Frozen ? " (frozen)"
                                                                 : "";
      return "<module '" + m->name + "'" + origin + ">";
    }
    case Layout::Exception: {
      auto* e = static_cast<ExceptionObj*>(o);
      if (t->is_subtype(types().BaseExceptionGroup))
        return t->name + "(" + py_str_repr(e->group_message) + ", " + repr(new_list(as<Tuple>(e->group_exceptions)->items)) + ")";
      auto& args = as<Tuple>(e->args)->items;
      std::string inner = join_items(args);
      return t->name + "(" + inner + ")";
    }
    case Layout::Generator: {
      auto* g = static_cast<Generator*>(o);
      const char* kind = g->kind == Generator::Kind::Coroutine ? "coroutine"
                         : g->kind == Generator::Kind::AsyncGenerator ? "async_generator"
                                                                       : "generator";
      return std::string("<") + kind + " object " + g->qualname + " at " + hex_address(o) + ">";
    }
    case Layout::Cell: return "<cell at " + hex_address(o) + ">";
    case Layout::Native: {
      // Native types of modules (the event loop, handles) may define __repr__ in C++;
      // object's own is the fallback below.
      const Value* m = t->lookup("__repr__");
      if (m && !m->is(*types().object->lookup("__repr__"))) {
        Value r = call(*m, {v});
        if (is_str(r)) return str_of(r);
      }
      break;
    }
    default:
      break;
  }
  if (v.is(rt().ellipsis)) return "Ellipsis";
  if (v.is(rt().not_implemented)) return "NotImplemented";
  return object_repr(v);
}

}  // namespace

std::string object_repr(const Value& v) {
  // Immediates have no address of their own; any stable-looking one will do.
  if (!v.is_object()) return "<" + type_name(v) + " object at " + hex_address(&v) + ">";
  Type* t = type_of(v);
  std::string mod = t->module == "builtins" ? "" : t->module + ".";
  return "<" + mod + (t->qualname.empty() ? t->name : t->qualname) + " object at " + hex_address(v.as_object()) + ">";
}

std::string str(const Value& v) {
  if (v.is_object()) {
    Object* o = v.as_object();
    Type* t = o->type();
    if (t->layout == Layout::Str && t->is_builtin) return static_cast<Str*>(o)->s;
    Value m;
    if (user_override(v, "__str__", &m)) {
      NestingGuard nesting(" while getting the str of an object");
      Value r = call(m, {v});
      if (!is_str(r)) type_error("__str__ returned non-string (type " + type_name(r) + ")");
      return str_of(r);
    }
    if (t->layout == Layout::Str) return static_cast<Str*>(o)->s;  // a str subclass without __str__
    if (t->layout == Layout::Exception && !user_override(v, "__repr__", &m)) return exception_str(v);
    if (t->layout == Layout::Exception) return exception_str(v);
  }
  return repr(v);
}

std::string ascii_repr(const Value& v) {
  std::string r = repr(v);
  std::string out;
  for (size_t i = 0; i < r.size();) {
    unsigned char c = static_cast<unsigned char>(r[i]);
    if (c < 0x80) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    size_t n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    uint32_t cp = c & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
    for (size_t k = 1; k < n && i + k < r.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(r[i + k]) & 0x3F);
    char buf[16];
    if (cp <= 0xff) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
    else if (cp <= 0xffff) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
    else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
    out += buf;
    i += n;
  }
  return out;
}

std::string format_value(const Value& v, std::string_view spec) {
  try {
    if (v.is_bool()) {
      if (spec.empty()) return v.as_bool() ? "True" : "False";
      return format_int(BigInt(v.as_bool() ? 1 : 0), spec);
    }
    if (v.is_int() || (v.is_object() && v.as_object()->type()->layout == Layout::BigInt)) {
      if (spec.empty()) return repr(v);
      return format_int(to_bigint(v), spec);
    }
    if (v.is_float()) {
      if (spec.empty()) return float_repr(v.as_float());
      return format_float(v.as_float(), spec);
    }
    if (is_str(v) && v.as_object()->type()->is_builtin) return format_str(str_of(v), spec);
    Value m;
    if (user_override(v, "__format__", &m)) {
      Value r = call(m, {v, new_str(std::string(spec))});
      if (!is_str(r)) type_error("__format__ must return a str, not " + type_name(r));
      return str_of(r);
    }
    if (is_str(v)) return format_str(str_of(v), spec);  // a str subclass without __format__
    if (!spec.empty()) type_error("unsupported format string passed to " + type_name(v) + ".__format__");
    NestingGuard call_check(kWhileCalling);  // CPython calls object.__format__
    return str(v);
  } catch (const NumberError& e) {
    raise_number_error(e);
  } catch (const std::invalid_argument& e) {
    value_error(e.what());
  }
}

}  // namespace loopscope::lang
