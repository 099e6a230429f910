// Helpers for writing modules in C++: a new module object and its functions.
#pragma once

#include <initializer_list>
#include <string>
#include <vector>

#include "lang/runtime.h"

namespace loopscope::lang {

// An empty module named `name` (its dict holds __name__).
Value new_module(const std::string& name);
// module.name = native function `fn`.
void add_function(Module* module, const char* name, NativeFn fn, void* data = nullptr);
// Argument `index` of a native function (positional, counting self for methods) or
// else the keyword `name`; null when neither was passed.
const Value* arg_or_keyword(Args& a, size_t index, std::string_view name);
// Binds a native function's arguments to parameters the way a Python def does, with
// CPython's TypeErrors naming `fname` ("Random.randint() missing 1 required
// positional argument: 'b'"). Positionals from a.pos[first] on fill `names` in
// order; names after a "*" entry are keyword-only; the first `required` names (not
// counting "*") must be given. Returns one entry per name (no "*"), null if omitted.
std::vector<const Value*> bind_args(Args& a, const char* fname, std::initializer_list<const char*> names,
                                    size_t required, size_t first = 0);
// A Python module from source text (pylib): compiled as "<frozen NAME>" and run.
// Raises ImportError if the source does not compile (a build defect, not user input).
Value module_from_source(const std::string& name, std::string_view source);
// Parses pylib module `name` now, for the imports of later runs (the playground does
// it for asyncio once the page is idle: parsing it is one long piece without host
// turns, about 0.1 to 0.4 s in the browser). Needs no runtime; never throws.
void parse_pylib_ahead(const std::string& name) noexcept;

// The builders of the C++ modules, one per file in core/lang/modules.
void build_time_module(Module* m);
void build_gc_module(Module* m);
void build_asyncio_natives(Module* m);
void build_random_module(Module* m);
void build_math_module(Module* m);
void build_sys_module(Module* m);
// print()'s target when it is sys.stdout or sys.stderr as sys made them: writes `text`
// to it at once and says true; false for any other object.
bool write_if_std_stream(const Value& file, std::string_view text);
// sys.stdout as the program may have replaced it (false before sys is set up).
bool current_sys_stdout(Value* out);
void build_collections_natives(Module* m);
void build_heapq_natives(Module* m);
void build_itertools_module(Module* m);
void build_os_natives(Module* m);
void build_introspect_natives(Module* m);
void build_contextvars_natives(Module* m);
void build_sre_natives(Module* m);

}  // namespace loopscope::lang
