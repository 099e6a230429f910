// SyntaxError as an object a program can catch (compile(), exec() and eval() raise
// it): CPython's attributes (msg, filename, lineno, offset, text, end_lineno,
// end_offset), its str() "msg (file, line N)", and its display in a traceback, the
// source line and caret as for a program that does not compile.
#pragma once

#include <string>

#include "lang/parser.h"
#include "lang/runtime.h"

namespace loopscope::lang {

// The exception (SyntaxError, IndentationError or TabError) for `info` in `filename`.
Value make_syntax_error(const SyntaxErrorInfo& info, const std::string& filename);
// "invalid syntax (<string>, line 1)"; false for a SyntaxError made without a location.
bool syntax_error_str(const Value& exc, std::string* out);
// The last part of a traceback for it (File line, source, caret, "SyntaxError: msg");
// false without a location.
bool syntax_error_display(const Value& exc, std::string* out);

}  // namespace loopscope::lang
