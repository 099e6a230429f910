// Running a whole program: parse, compile, execute the module, and report a
// syntax error or an uncaught exception the way CPython does. Returns the exit
// code (0, 1 for an uncaught exception or a syntax error).
#pragma once

#include <string>

#include "lang/runtime_state.h"

namespace loopscope::lang {

int run_program(Runtime& runtime, const std::string& source, const std::string& filename);
// CPython's "Traceback (most recent call last): ..." text for an exception.
std::string format_traceback(const Value& exc);

}  // namespace loopscope::lang
