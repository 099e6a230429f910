// parser: Python 3.11 source -> ast::Module (ast.h), by hand-written recursive
// descent over the lexer's tokens, with CPython's operator precedence and, where we
// have them, CPython's syntax error messages and positions. Start reading at parse();
// the grammar walk is in parser.cpp.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "lang/ast.h"

namespace loopscope::lang {

struct SyntaxErrorInfo {
  std::string type = "SyntaxError";  // or "IndentationError", "TabError"
  std::string message;               // CPython's wording where we have it
  int line = 0;                      // 1-based
  int col = 0;                       // 1-based character offset of the caret start (SyntaxError.offset)
  int end_col = 0;                   // 1-based exclusive end (end_offset); 0 if unknown
  std::string text;                  // the offending source line without its newline
};

struct ParseResult {
  std::unique_ptr<ast::Module> module;  // null when error is set
  std::optional<SyntaxErrorInfo> error;
};

// Never throws, crashes or recurses without bound: every failure is a SyntaxErrorInfo.
// With `expression`, eval()'s grammar: one expression, as a module holding it as an
// expression statement.
ParseResult parse(std::string_view source, bool expression = false);

// CPython's display of a SyntaxError (traceback module):
//   File "x.py", line N
//     <text stripped of leading spaces>
//     ^^^^
// SyntaxError: message
std::string format_syntax_error(const SyntaxErrorInfo& e, std::string_view filename);

}  // namespace loopscope::lang
