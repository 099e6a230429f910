// Source text of an expression, as CPython's ast_unparse.c writes it: the string an
// annotation becomes under `from __future__ import annotations`.
#pragma once

#include <string>

#include "lang/ast.h"

namespace loopscope::lang {

std::string unparse_expr(const ast::Expr& e);

}  // namespace loopscope::lang
