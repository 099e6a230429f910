// Running a whole program: parse, compile, execute the module, and report a
// syntax error or an uncaught exception the way CPython does. Returns the exit
// code (0, 1 for an uncaught exception or a syntax error).
#pragma once

#include <string>

#include "lang/runtime_state.h"
#include "lang/traceback_format.h"

namespace loopscope::lang {

int run_program(Runtime& runtime, const std::string& source, const std::string& filename);

}  // namespace loopscope::lang
