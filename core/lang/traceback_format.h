// CPython's report of an uncaught exception: "Traceback (most recent call last):",
// the frames with their source lines, the chain of causes and contexts, and
// exception groups drawn as nested boxes ("+-+---------------- 1 ----").
#pragma once

#include <string>

#include "lang/runtime.h"

namespace loopscope::lang {

std::string format_traceback(const Value& exc);

}  // namespace loopscope::lang
