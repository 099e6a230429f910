// str.isprintable() for one code point, as CPython 3.11 decides it (Unicode 14):
// not a control, format, surrogate, private-use, unassigned or separator character
// other than the space. repr() escapes the code points that are not printable.
#pragma once

#include <cstdint>

namespace loopscope::lang {

bool is_printable_code_point(uint32_t cp);

}  // namespace loopscope::lang
