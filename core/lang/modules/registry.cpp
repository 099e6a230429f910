// The module registry: what `import NAME` can load. A module is written in C++
// (a builder filling its dict) or in Python (core/lang/pylib/NAME.py, embedded at
// build time); a Python module reaches its native half by importing a C++ module
// named with a leading underscore, as CPython's asyncio imports _asyncio.
#include <cstring>
#include <new>
#include <string>
#include <unordered_map>

#include "lang/compiler.h"
#include "lang/modules.h"
#include "lang/modules/module_util.h"
#include "lang/parser.h"
#include "lang/pylib_sources.h"
#include "lang/runtime_state.h"
#include "lang/interp_state.h"
#include "lang/vm.h"

namespace loopscope::lang {

// builtins: the module whose dict is the runtime's builtins (__main__'s __builtins__).
void build_builtins_module(Module* m) {
  m->dict->release();
  m->dict = rt().builtins;
  m->dict->retain();
}

namespace {
struct NativeModule {
  const char* name;
  void (*build)(Module*);
};
const NativeModule kNativeModules[] = {
    {"time", build_time_module},
    {"gc", build_gc_module},
    {"_asyncio", build_asyncio_natives},
    {"random", build_random_module},
    {"math", build_math_module},
    {"sys", build_sys_module},
    {"_collections", build_collections_natives},
    {"_heapq", build_heapq_natives},
    {"itertools", build_itertools_module},
    {"_os", build_os_natives},
    {"_introspect", build_introspect_natives},
    {"_contextvars", build_contextvars_natives},
    {"_sre", build_sre_natives},
    {"builtins", build_builtins_module},
};
}  // namespace

Value new_module(const std::string& name) {
  auto* m = new Module(types().module, name);
  m->dict->set_str("__name__", new_str(name));
  return Value::object(m);
}

void add_function(Module* module, const char* name, NativeFn fn, void* data) {
  module->dict->set_str(name, make_native(name, fn, data));
}

namespace {
// The parsed pylib modules, kept for the process's later runs: the source is fixed at
// build time, and parsing asyncio.py is one long piece (the parser gives the browser's
// page no turn), which the playground would otherwise repeat at each run's import.
// The tree holds no runtime values, so any run can compile it.
const ParseResult& parsed_pylib(const std::string& name, std::string_view source) {
  static std::unordered_map<std::string, ParseResult> parsed;
  auto it = parsed.find(name);
  if (it == parsed.end()) it = parsed.emplace(name, parse(source)).first;
  return it->second;
}
}  // namespace

void parse_pylib_ahead(const std::string& name) noexcept {
  try {
    if (std::string_view source = pylib_source(name); !source.empty()) parsed_pylib(name, source);
  } catch (const std::bad_alloc&) {
    // Not cached: the import parses it then.
  }
}

Value module_from_source(const std::string& name, std::string_view source) {
  const ParseResult& parsed = parsed_pylib(name, source);
  std::string filename = "<frozen " + name + ">";
  if (parsed.error) raise(types().ImportError, format_syntax_error(*parsed.error, filename));
  // Compiling asyncio is one piece without host turns (about 0.1 s in the browser):
  // the page gets its turn before it, if one is due, and after it.
  rt().give_host_turn_if_due();
  CompileError error;
  Value code = compile_module(*parsed.module, filename, &error);
  if (code.is_none()) raise(types().ImportError, filename + ": " + error.message);
  rt().give_host_turn_if_due();
  Value module = new_module(name);
  as<Module>(module)->origin = Module::Origin::Frozen;
  Dict* globals = as<Module>(module)->dict;
  globals->set_str("__builtins__", rt().builtins_value);
  // Registered before it runs, so that an import cycle sees the partial module.
  rt().modules[name] = module;
  try {
    Frame frame(as<Code>(code), nullptr, globals);
    Vm::run_frame(&frame);
  } catch (...) {
    rt().modules.erase(name);
    throw;
  }
  return module;
}

Value create_native_module(const std::string& name) {
  for (const NativeModule& m : kNativeModules) {
    if (name != m.name) continue;
    Value module = new_module(name);
    as<Module>(module)->origin = Module::Origin::BuiltIn;
    m.build(as<Module>(module));
    return module;
  }
  if (std::string_view source = pylib_source(name); !source.empty()) return module_from_source(name, source);
  if (name == "os.path") return import_module("posixpath", true);  // as CPython's os.path is posixpath
  return Value();
}

}  // namespace loopscope::lang
