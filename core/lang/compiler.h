// The compiler: AST -> Code objects (one per module, class body, function, lambda and
// comprehension), after scope analysis. Errors it detects ('return' outside
// function, 'await' outside async function, ...) are SyntaxErrors like CPython's.
#pragma once

#include <optional>
#include <string>

#include "lang/ast.h"
#include "lang/parser.h"
#include "lang/value.h"

namespace loopscope::lang {

struct CompileError {
  std::string message;
  int line = 0;
  int col = 0;  // 1-based like SyntaxError.offset
  int end_col = 0;  // 1-based exclusive end on the same line (SyntaxError.end_offset); 0 if unknown
};

// What the code is for: a program or module; exec()'s code, whose top-level names
// may live in a locals dict apart from the globals (so they are NAME, not GLOBAL,
// accesses); eval()'s, one expression statement whose value the code returns.
enum class CompileMode { Module, Exec, Eval };

// The SyntaxError of a compile error, `text` being the source line it is on.
SyntaxErrorInfo syntax_error_info(const CompileError& error, std::string text);

// Returns the module's Code (a Value holding a Code object), or sets *error.
Value compile_module(const ast::Module& module, const std::string& filename, CompileError* error,
                     CompileMode mode = CompileMode::Module);

}  // namespace loopscope::lang
