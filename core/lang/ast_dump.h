// ast_dump: the text of CPython 3.11's ast.dump(ast.parse(src)) for our ast::Module,
// so a parse can be compared with the real one (tests/lang/parser_test.cpp).
#pragma once

#include <string>
#include <string_view>

#include "lang/ast.h"

namespace loopscope::lang {

// Exactly ast.dump(tree) with its defaults: no attributes, indent=None, fields that
// are None and optional omitted.
std::string ast_dump(const ast::Module& module);

// Python's repr() of a str given as UTF-8 (surrogates encoded like code points), and
// of bytes. Used for Constant values.
std::string py_str_repr(std::string_view utf8);
std::string py_bytes_repr(std::string_view bytes);

}  // namespace loopscope::lang
