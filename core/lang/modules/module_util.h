// Helpers for writing modules in C++: a new module object and its functions.
#pragma once

#include <string>

#include "lang/runtime.h"

namespace loopscope::lang {

// An empty module named `name` (its dict holds __name__).
Value new_module(const std::string& name);
// module.name = native function `fn`.
void add_function(Module* module, const char* name, NativeFn fn, void* data = nullptr);
// A Python module from source text (pylib): compiled as "<frozen NAME>" and run.
// Raises ImportError if the source does not compile (a build defect, not user input).
Value module_from_source(const std::string& name, std::string_view source);

// The builders of the C++ modules, one per file in core/lang/modules.
void build_time_module(Module* m);
void build_asyncio_natives(Module* m);

}  // namespace loopscope::lang
