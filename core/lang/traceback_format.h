// CPython's report of an uncaught exception: "Traceback (most recent call last):",
// the frames with their source lines, the chain of causes and contexts, and
// exception groups drawn as nested boxes ("+-+---------------- 1 ----").
#pragma once

#include <string>

#include "lang/runtime.h"

namespace loopscope::lang {

std::string format_traceback(const Value& exc);
// Without its causes and contexts: what CPython's unraisable hook prints ("Exception
// ignored in: ...").
std::string format_traceback_unchained(const Value& exc);
// Line `line` of the program's own file, without its indentation, as a traceback
// shows it; "" for other files (the frozen modules) and lines out of range.
std::string program_source_line(const std::string& file, int line);

}  // namespace loopscope::lang
