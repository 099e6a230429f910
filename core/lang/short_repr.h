// reprlib.repr (short_repr.cpp): a repr cut to CPython's default reprlib limits.
#pragma once

#include <string>

#include "lang/runtime.h"

namespace loopscope::lang {

std::string short_repr(const Value& v);

}  // namespace loopscope::lang
