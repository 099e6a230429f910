// The async protocols the dispatch loop uses: awaitables (coroutines, futures,
// objects with __await__), async iterators, and exception-group splitting for
// except*. Also StopIteration's value.
#include "lang/asyncio_native.h"
#include "lang/interp_state.h"
#include "lang/modules.h"
#include "lang/numeric.h"
#include "lang/percent_format.h"
#include "lang/repr.h"
#include "lang/runtime_state.h"
#include "lang/vm.h"

namespace loopscope::lang {

Value get_awaitable(const Value& v) {
  Type* t = type_of(v);
  if (t == types().coroutine) {
    auto* g = as<Generator>(v);
    if (g->running) value_error("coroutine already executing");  // it awaits itself
    if (g->started && !g->frame) raise(types().RuntimeError, "cannot reuse already awaited coroutine");
    g->awaited = true;
    return v;
  }
  // A generator only from a @types.coroutine generator function (CPython's
  // CO_ITERABLE_COROUTINE); a plain one is the TypeError below.
  if (t == types().generator && as<Generator>(v)->code &&
      (as<Generator>(v)->code->flags & kCodeIterableCoroutine))
    return v;
  if (v.is_future()) return await_future(v);
  if (t->native_awaitable) return v;
  if (!t->is_builtin) {
    if (const Value* m = t->lookup("__await__")) {
      Value it = call(*m, {v});
      Type* it_t = type_of(it);
      if (it_t == types().coroutine) type_error("__await__() returned a coroutine");
      if (it_t->layout != Layout::Generator && it_t->layout != Layout::Iterator && !it_t->lookup("__next__"))
        type_error("__await__() returned non-iterator of type '" + it_t->name + "'");
      return it;
    }
  }
  type_error("object " + t->name + " can't be used in 'await' expression");
}

Value get_aiter(const Value& v) {
  Type* t = type_of(v);
  if (t == types().async_generator) return v;
  if (const Value* m = t->lookup("__aiter__")) return call(*m, {v});
  type_error("'async for' requires an object with __aiter__ method, got " + t->name);
}

Value get_anext(const Value& aiter) {
  Type* t = type_of(aiter);
  if (t == types().async_generator) return async_gen_anext(aiter);
  if (const Value* m = t->lookup("__anext__")) return get_awaitable(call(*m, {aiter}));
  type_error("'async for' received an invalid object from __aiter__: " + t->name);
}

Value stop_iteration_value(const Value& exc) {
  auto* e = as<ExceptionObj>(exc);
  auto& args = as<Tuple>(e->args)->items;
  return args.empty() ? Value() : args[0];
}

void split_exception_group(const Value& eg, const Value& type, Value* match, Value* rest) {
  auto matches = [&](const Value& e) {
    if (type_of(type) == types().tuple) {
      for (auto& t : as<Tuple>(type)->items)
        if (isinstance(e, as<Type>(t))) return true;
      return false;
    }
    return isinstance(e, as<Type>(type));
  };
  if (!isinstance(eg, types().BaseExceptionGroup)) {
    if (matches(eg)) {
      Value g = call(Value::object(types().BaseExceptionGroup), {new_str(""), new_tuple({eg})});
      *match = g;
      *rest = Value();
    } else {
      *match = Value();
      *rest = eg;
    }
    return;
  }
  if (matches(eg)) {
    *match = eg;
    *rest = Value();
    return;
  }
  auto* g = as<ExceptionObj>(eg);
  std::vector<Value> yes, no;
  for (auto& e : as<Tuple>(g->group_exceptions)->items) {
    if (isinstance(e, types().BaseExceptionGroup)) {
      Value m, r;
      split_exception_group(e, type, &m, &r);
      if (!m.is_none()) yes.push_back(m);
      if (!r.is_none()) no.push_back(r);
    } else if (matches(e)) {
      yes.push_back(e);
    } else {
      no.push_back(e);
    }
  }
  auto derive = [&](std::vector<Value> items) -> Value {
    if (items.empty()) return Value();
    Value ng = call(Value::object(types().BaseExceptionGroup), {new_str(g->group_message), new_list(std::move(items))});
    as<ExceptionObj>(ng)->cause = g->cause;
    as<ExceptionObj>(ng)->context = g->context;
    as<ExceptionObj>(ng)->traceback = g->traceback;
    return ng;
  };
  *match = derive(std::move(yes));
  *rest = derive(std::move(no));
}

// CPython's warning, from the line running when the coroutine object died, or
// "sys:1" when it dies at the program's end (module teardown).
void Runtime::report_never_awaited(const std::string& qualname) {
  std::string where = "sys:1";
  std::string source;
  if (Frame* f = Vm::current_frame()) {
    where = f->code->filename + ":" + std::to_string(f->line());
    if (f->code->filename == filename && f->line() >= 1 && static_cast<size_t>(f->line()) <= source_lines.size()) {
      std::string line = source_lines[static_cast<size_t>(f->line() - 1)];
      size_t b = line.find_first_not_of(" \t");
      if (b != std::string::npos) source = "  " + line.substr(b) + "\n";
    }
  }
  std::string hint = bare_warnings ? "" : "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";
  write_stderr(where + ": RuntimeWarning: coroutine '" + qualname + "' was never awaited\n" + source + hint);
}

namespace {
class ValueArgs : public PercentArgs {
 public:
  // bytes_template: bytes % args, whose %s/%b take bytes and %c a byte.
  ValueArgs(const Value& args, bool bytes_template) : args_(args), bytes_(bytes_template) {
    Type* t = type_of(args);
    if (t == types().tuple) items_ = as<Tuple>(args)->items;
    else items_ = {args};  // "%s" % {'a': 1} formats the dict itself
    // CPython's PyMapping_Check: anything subscriptable but a tuple or the template's
    // own type (str for str formatting, bytes for bytes formatting).
    Layout own = bytes_ ? Layout::Bytes : Layout::Str;
    mapping_ = t->layout != Layout::Tuple && t->layout != own &&
               (t->layout == Layout::Dict || t->layout == Layout::List || t->layout == Layout::Str ||
                t->lookup("__getitem__"));
  }
  int64_t next_star() override { return index_of(next()); }
  bool bytes_template() const override { return bytes_; }
  std::string convert(const PercentSpec& spec) override {
    Value v = selected_.is_null() ? next() : std::exchange(selected_, Value::null());
    if (bytes_ && (spec.conversion == 's' || spec.conversion == 'b' || spec.conversion == 'c'))
      return convert_to_bytes(v, spec);
    switch (spec.conversion) {
      case 's': return percent_format_str(str(v), spec);
      case 'r': return percent_format_str(bytes_ ? ascii_repr(v) : repr(v), spec);  // bytes: %r is %a
      case 'a': return percent_format_str(ascii_repr(v), spec);
      case 'c':
        if (is_str(v)) {
          if (as<Str>(v)->length != 1) type_error("%c requires int or char");
          return percent_format_str(str_of(v), spec);
        }
        if (!v.is_int() && !v.is_bool() && !isinstance(v, types().int_)) type_error("%c requires int or char");
        return percent_format_char(BigInt(index_of(v)), spec);
      case 'd': case 'i': case 'u':
        if (v.is_float()) return percent_format_int(BigInt::from_double(v.as_float()), spec);
        [[fallthrough]];
      case 'o': case 'x': case 'X':
        if (!v.is_int() && !v.is_bool() && !(v.is_object() && type_of(v) == types().int_))
          type_error(std::string("%") + spec.conversion + " format: " +
                     (spec.conversion == 'o' || spec.conversion == 'x' || spec.conversion == 'X' ? "an integer"
                                                                                                 : "a real number") +
                     " is required, not " + type_name(v));
        return percent_format_int(v.is_object() ? as<BigIntObj>(v)->v : BigInt(v.is_bool() ? v.as_bool() : v.as_int()), spec);
      default:
        return percent_format_float(to_double(v), spec);
    }
  }
  void select_key(std::string_view key) override {
    if (!mapping_) type_error("format requires a mapping");
    selected_ = get_item(args_, bytes_ ? new_bytes(std::string(key)) : new_str(std::string(key)));
    used_ = items_.size();  // CPython: after a %(key), a plain % has no argument left
  }
  void finish() {
    if (!mapping_ && used_ < items_.size())
      type_error(std::string("not all arguments converted during ") + (bytes_ ? "bytes" : "string") + " formatting");
  }

 private:
  // bytes' %s and %b (a bytes object, or __bytes__ of another), %c (an int in
  // range(256) or one byte); width and precision count bytes.
  static std::string convert_to_bytes(const Value& v, const PercentSpec& spec) {
    std::string b;
    if (spec.conversion == 'c') {
      if (is_int_like(v)) {
        int64_t byte = index_of(v);
        if (byte < 0 || byte > 255) raise(types().OverflowError, "%c arg not in range(256)");
        b = std::string(1, static_cast<char>(byte));
      } else if (type_of(v)->layout == Layout::Bytes && as<Bytes>(v)->s.size() == 1) {
        b = as<Bytes>(v)->s;
      } else {
        type_error("%c requires an integer in range(256) or a single byte");
      }
    } else if (type_of(v)->layout == Layout::Bytes) {
      b = as<Bytes>(v)->s;
    } else if (const Value* m = type_of(v)->lookup("__bytes__"); m && !type_of(v)->is_builtin) {
      Value r = call(*m, {v});
      if (type_of(r)->layout != Layout::Bytes) type_error("__bytes__ returned non-bytes (type " + type_name(r) + ")");
      b = as<Bytes>(r)->s;
    } else {
      type_error("%b requires a bytes-like object, or an object that implements __bytes__, not '" + type_name(v) + "'");
    }
    if (spec.conversion != 'c' && spec.precision >= 0 && static_cast<size_t>(spec.precision) < b.size())
      b.resize(static_cast<size_t>(spec.precision));
    if (spec.width > static_cast<int64_t>(b.size())) {
      std::string pad(static_cast<size_t>(spec.width) - b.size(), ' ');
      b = spec.left ? b + pad : pad + b;
    }
    return b;
  }

  Value next() {
    if (used_ >= items_.size()) type_error("not enough arguments for format string");
    return items_[used_++];
  }
  Value args_;
  std::vector<Value> items_;
  size_t used_ = 0;
  bool mapping_ = false;
  Value selected_ = Value::null();
  bool bytes_ = false;
};
}  // namespace

Value percent_format_value(const Value& fmt, const Value& args) {
  bool bytes_template = type_of(fmt)->layout == Layout::Bytes;
  ValueArgs va(args, bytes_template);
  std::string out;
  try {
    out = percent_format(bytes_template ? std::string_view(as<Bytes>(fmt)->s) : std::string_view(str_of(fmt)), va);
  } catch (const NumberError& e) {
    raise_number_error(e);
  }
  va.finish();
  return bytes_template ? new_bytes(out) : new_str(out);
}

std::string named_tuple_repr(const Value& v) {
  Type* t = type_of(v);
  auto fields = to_vector(*t->lookup("_fields"));
  auto& items = as<Tuple>(v)->items;
  std::string s = t->name + "(";
  for (size_t i = 0; i < items.size() && i < fields.size(); ++i) {
    if (i) s += ", ";
    s += str_of(fields[i]) + "=" + repr(items[i]);
  }
  return s + ")";
}

}  // namespace loopscope::lang
