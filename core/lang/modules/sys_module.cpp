// The sys module: argv, stdout/stderr (file objects whose write() goes to the
// Runtime's write_stdout/write_stderr, so print(..., file=sys.stderr) works), exit,
// the recursion limit of the VM, version information as CPython 3.11.7 reports it,
// and sys.modules (a dict that import keeps up to date).
#include <cfloat>

#include "lang/interp_state.h"
#include "lang/modules/module_util.h"
#include "lang/repr.h"
#include "lang/runtime_state.h"
#include "lang/vm.h"

namespace loopscope::lang {
namespace {

// sys.stdout and sys.stderr.
class TextStream : public NativeObject {
 public:
  TextStream(Type* t, std::string name, bool is_stderr) : NativeObject(t), name(std::move(name)), is_stderr(is_stderr) {}
  std::string name;  // "<stdout>"
  bool is_stderr;
};

TextStream& stream_of(Args& a, const char* fname) {
  TextStream* s = a.n && a[0].is_object() ? dynamic_cast<TextStream*>(a[0].as_object()) : nullptr;
  if (!s) type_error(std::string("descriptor '") + fname + "' requires a '_io.TextIOWrapper' object");
  return *s;
}

void write_text(const TextStream& s, std::string_view text) {
  if (s.is_stderr) rt().write_stderr(text);
  else rt().write_stdout(text);
}

}  // namespace

bool write_if_std_stream(const Value& file, std::string_view text) {
  auto* s = file.is_object() ? dynamic_cast<TextStream*>(file.as_object()) : nullptr;
  if (!s) return false;
  write_text(*s, text);
  return true;
}

bool current_sys_stdout(Value* out) {
  auto sys = rt().modules.find("sys");
  if (sys == rt().modules.end()) return false;
  const Value* stdout_value = as<Module>(sys->second)->dict->get_str("stdout");
  if (!stdout_value) return false;
  *out = *stdout_value;
  return true;
}

namespace {

Value s_write(Args& a, void*) {
  TextStream& s = stream_of(a, "write");
  check_args("write", a, 2, 2);
  if (!is_str(a[1])) type_error("write() argument must be str, not " + type_name(a[1]));
  write_text(s, str_of(a[1]));
  return Value::integer(as<Str>(a[1])->length);
}

Value s_writelines(Args& a, void*) {
  TextStream& s = stream_of(a, "writelines");
  check_args("writelines", a, 2, 2);
  for (auto& line : to_vector(a[1])) {
    if (!is_str(line)) type_error("write() argument must be str, not " + type_name(line));
    write_text(s, str_of(line));
  }
  return Value();
}

Value s_flush(Args& a, void*) {
  stream_of(a, "flush");
  return Value();
}

Value s_isatty(Args& a, void*) {
  stream_of(a, "isatty");
  return Value::boolean(false);
}

Value s_repr(Args& a, void*) {
  TextStream& s = stream_of(a, "__repr__");
  return new_str("<_io.TextIOWrapper name='" + s.name + "' mode='w' encoding='utf-8'>");
}

Value sys_exit(Args& a, void*) {
  check_args("exit", a, 0, 1);
  raise_value(make_exception_args(types().SystemExit, a.n ? std::vector<Value>{a[0]} : std::vector<Value>{}));
}

Value sys_getrecursionlimit(Args& a, void*) {
  check_args("getrecursionlimit", a, 0, 0);
  return Value::integer(interp().recursion_limit);
}

Value sys_setrecursionlimit(Args& a, void*) {
  check_args("setrecursionlimit", a, 1, 1);
  if (a[0].is_float()) type_error("'float' object cannot be interpreted as an integer");
  int64_t limit = index_of(a[0]);
  if (limit < 1) value_error("recursion limit must be greater or equal than 1");
  InterpState& st = interp();
  if (limit <= st.depth)
    raise(types().RecursionError, "cannot set the recursion limit to " + std::to_string(limit) +
                                      " at the recursion depth " + std::to_string(st.depth) +
                                      ": the limit is too low");
  st.recursion_limit = static_cast<int>(std::min<int64_t>(limit, 1 << 30));
  return Value();
}

// sys.exception() (3.11) and sys.exc_info(): the exception being handled.
Value sys_exception(Args& a, void*) {
  check_args("exception", a, 0, 0);
  return Vm::handled_exception();
}

Value sys_exc_info(Args& a, void*) {
  check_args("exc_info", a, 0, 0);
  Value e = Vm::handled_exception();
  if (e.is_none()) return new_tuple({Value(), Value(), Value()});
  return new_tuple({Value::object(type_of(e)), e, traceback_value(e)});
}

Value sys_intern(Args& a, void*) {
  check_args("intern", a, 1, 1);
  if (!is_str(a[0])) type_error("intern() argument must be str, not " + type_name(a[0]));
  return a[0];
}

Value sys_getdefaultencoding(Args& a, void*) {
  check_args("getdefaultencoding", a, 0, 0);
  return new_str("utf-8");
}

// A struct sequence (sys.version_info, sys.float_info): a tuple with named fields,
// printed as CPython prints it ("sys.float_info(max=..., ...)").
Value struct_field(Args& a, void* index) { return as<Tuple>(a[0])->items[reinterpret_cast<uintptr_t>(index)]; }

Value struct_repr(Args& a, void*) { return new_str("sys." + named_tuple_repr(a[0])); }

Value make_struct_sequence(const char* name, std::vector<std::pair<const char*, Value>> fields) {
  Value ns = new_dict();
  std::vector<Value> names, values;
  for (uintptr_t i = 0; i < fields.size(); ++i) {
    names.push_back(new_str(fields[i].first));
    values.push_back(fields[i].second);
    auto* p = new Property(types().property);
    as<Dict>(ns)->set_str(fields[i].first, Value::object(p));
    p->fget = make_native(fields[i].first, struct_field, reinterpret_cast<void*>(i));
  }
  as<Dict>(ns)->set_str("_fields", new_tuple(names));
  as<Dict>(ns)->set_str("__module__", new_str("sys"));
  Value repr_fn = make_native("__repr__", struct_repr);
  as<NativeFunction>(repr_fn)->is_method = true;
  as<Dict>(ns)->set_str("__repr__", repr_fn);
  Type* t = rt().new_class(name, {types().tuple}, as<Dict>(ns));
  t->native_dunders = true;  // its native __repr__
  auto* info = new Tuple(t);
  Value v = Value::object(info);
  info->items = std::move(values);
  return v;
}

Value make_version_info() {
  return make_struct_sequence("version_info", {{"major", Value::integer(3)}, {"minor", Value::integer(11)},
                                               {"micro", Value::integer(7)}, {"releaselevel", new_str("final")},
                                               {"serial", Value::integer(0)}});
}

Value make_float_info() {
  auto f = [](double d) { return Value::floating(d); };
  auto i = [](int64_t n) { return Value::integer(n); };
  return make_struct_sequence("float_info", {{"max", f(DBL_MAX)}, {"max_exp", i(DBL_MAX_EXP)},
                                             {"max_10_exp", i(DBL_MAX_10_EXP)}, {"min", f(DBL_MIN)},
                                             {"min_exp", i(DBL_MIN_EXP)}, {"min_10_exp", i(DBL_MIN_10_EXP)},
                                             {"dig", i(DBL_DIG)}, {"mant_dig", i(DBL_MANT_DIG)},
                                             {"epsilon", f(DBL_EPSILON)}, {"radix", i(FLT_RADIX)},
                                             {"rounds", i(1)}});
}

Type* make_stream_type() {
  Runtime& r = rt();
  Type* t = r.make_type("TextIOWrapper", Layout::Native, types().object, nullptr);
  t->module = "_io";
  t->native_dunders = true;
  r.add_method(t, "write", s_write);
  r.add_method(t, "writelines", s_writelines);
  r.add_method(t, "flush", s_flush);
  r.add_method(t, "isatty", s_isatty);
  r.add_method(t, "__repr__", s_repr);
  return t;
}

}  // namespace

void update_sys_modules(const std::string& name, const Value& module) {
  auto sys = rt().modules.find("sys");
  if (sys == rt().modules.end()) return;
  if (const Value* d = as<Module>(sys->second)->dict->get_str("modules"))
    if (type_of(*d)->layout == Layout::Dict) as<Dict>(*d)->set(new_str(name), module);
}

void build_sys_module(Module* m) {
  Runtime& r = rt();
  std::vector<Value> argv;
  for (const std::string& arg : r.argv) argv.push_back(new_str(arg));
  if (argv.empty()) argv.push_back(new_str(r.filename));
  m->dict->set_str("argv", new_list(std::move(argv)));
  Type* stream = make_stream_type();
  m->dict->set_str("stdout", Value::object(new TextStream(stream, "<stdout>", false)));
  m->dict->set_str("stderr", Value::object(new TextStream(stream, "<stderr>", true)));
  m->dict->set_str("__stdout__", *m->dict->get_str("stdout"));
  m->dict->set_str("__stderr__", *m->dict->get_str("stderr"));
  add_function(m, "exit", sys_exit);
  add_function(m, "getrecursionlimit", sys_getrecursionlimit);
  add_function(m, "setrecursionlimit", sys_setrecursionlimit);
  add_function(m, "exception", sys_exception);
  add_function(m, "exc_info", sys_exc_info);
  add_function(m, "intern", sys_intern);
  add_function(m, "getdefaultencoding", sys_getdefaultencoding);
  m->dict->set_str("version", new_str("3.11.7 (loopscope) [C++20]"));
  m->dict->set_str("version_info", make_version_info());
  m->dict->set_str("float_info", make_float_info());
  m->dict->set_str("hexversion", Value::integer(0x030b07f0));
  m->dict->set_str("maxsize", Value::integer(INT64_MAX));
  m->dict->set_str("byteorder", new_str("little"));
#ifdef __EMSCRIPTEN__
  m->dict->set_str("platform", new_str("emscripten"));
#else
  m->dict->set_str("platform", new_str("linux"));
#endif
  m->dict->set_str("path", new_list());
  Value modules = new_dict();
  for (auto& [name, module] : r.modules) as<Dict>(modules)->set(new_str(name), module);
  m->dict->set_str("modules", modules);
}

}  // namespace loopscope::lang
