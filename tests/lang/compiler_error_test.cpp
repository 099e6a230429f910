// The SyntaxErrors CPython's compiler (not its parser) raises, here those of match
// statements: for each snippet our (message, line, offset) must equal compile()'s,
// with python3 as the oracle (data/ast_oracle.py in "error" mode).
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "ast_oracle.h"
#include "lang/compiler.h"
#include "lang/parser.h"
#include "lang/runtime_state.h"

namespace loopscope::lang {
namespace {

namespace fs = std::filesystem;

// A sequence pattern with over 255 items before its star (UNPACK_EX's limit).
std::string many_before_star() {
  std::string s = "match x:\n    case [";
  for (int i = 0; i < 300; ++i) s += "a" + std::to_string(i) + ", ";
  return s + "*rest]:\n        pass\n";
}

const std::string kSnippets[] = {
    "match x:\n    case a:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case (a):\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case a | b:\n        pass\n",
    "match x:\n    case _ | 1:\n        pass\n",
    "match x:\n    case [1, a | 2]:\n        pass\n    case _:\n        pass\n",
    "match x:\n    case a if a:\n        pass\n    case _:\n        pass\n    case 2:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case [a, *a]:\n        pass\n",
    "match x:\n    case {1: a, **a}:\n        pass\n",
    "match x:\n    case P(a, b=a):\n        pass\n",
    "match x:\n    case (a as b) as a:\n        pass\n",
    "match x:\n    case [a, (a | 1)]:\n        pass\n",
    "match x:\n    case [1 | a] | [a]:\n        pass\n",
    "match x:\n    case [a] | [b]:\n        pass\n",
    "match x:\n    case [a, 1] | [1]:\n        pass\n",
    "match x:\n    case {1: _, 1: _}:\n        pass\n",
    "match x:\n    case {'a': _, 'b': _, 'a': _}:\n        pass\n",
    "match x:\n    case {1: _, 1.0: _}:\n        pass\n",
    "match x:\n    case {-1: _, -1: _}:\n        pass\n",
    "match x:\n    case P(a=1, a=2):\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case (*_, 1, *_):\n        pass\n",
    "match x:\n    case f'{x}':\n        pass\n",
    "match x:\n    case {f'{x}': 1}:\n        pass\n",
    "match x:\n    case __debug__:\n        pass\n",
    "def f():\n    match x:\n        case 1:\n            return\n        case y:\n            return y\n        case 2:\n            pass\n",
    many_before_star(),
    // Valid: these compile.
    "match x:\n    case [a, b] | [b, a] | (b, a, _):\n        pass\n",
    "match x:\n    case a if a:\n        pass\n    case b:\n        pass\n",
    "match x:\n    case {1: a, 2: b, **c}:\n        pass\n",
};

using testing::have_python;

// "OK", or "SyntaxError\tmessage\tline\toffset" as ast_oracle.py prints it.
std::string our_error(const std::string& src) {
  ParseResult r = parse(src);
  if (r.error) return r.error->type + "\t" + r.error->message + "\t" + std::to_string(r.error->line) + "\t" +
                      std::to_string(r.error->col) + "\t(parser)";
  Runtime runtime(Options{});
  CompileError err;
  Value code = compile_module(*r.module, "x.py", &err);
  if (!code.is_none()) return "OK";
  return "SyntaxError\t" + err.message + "\t" + std::to_string(err.line) + "\t" + std::to_string(err.col);
}

TEST(CompilerErrorTest, MatchStatementsLikeCPython) {
  if (!have_python()) GTEST_SKIP() << "python3 not available";
  fs::path dir = fs::path(::testing::TempDir()) / "loopscope_compiler_errors";
  fs::create_directories(dir);
  std::vector<fs::path> files;
  for (size_t i = 0; i < std::size(kSnippets); ++i) {
    files.push_back(dir / ("case" + std::to_string(i) + ".py"));
    std::ofstream(files.back(), std::ios::binary) << kSnippets[i];
  }
  std::vector<std::string> want = testing::run_ast_oracle("error", files);
  ASSERT_EQ(want.size(), files.size()) << "python3 oracle failed";
  for (size_t i = 0; i < files.size(); ++i)
    EXPECT_EQ(our_error(kSnippets[i]), want[i]) << kSnippets[i];
}

}  // namespace
}  // namespace loopscope::lang
