// The Python source of the modules written in Python (core/lang/pylib/*.py),
// embedded at build time by pylib_embed.py.
#pragma once

#include <string_view>

namespace loopscope::lang {

// The source of pylib module `name`, or an empty view when there is none.
std::string_view pylib_source(std::string_view name);

}  // namespace loopscope::lang
