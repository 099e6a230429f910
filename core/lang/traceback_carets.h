// The line of carets CPython 3.11 prints under a source line of a traceback
// (traceback_carets.cpp).
#pragma once

#include <string>

namespace loopscope::lang {

// For the expression at columns [col, end_col) (UTF-8 bytes; it ends on end_line) of
// `source_line` (line `line`, as written, indentation included): "    " + padding +
// the carets + "\n", or "" when there is nothing to underline.
std::string caret_line(const std::string& source_line, int line, int col, int end_line, int end_col);

}  // namespace loopscope::lang
