// What CPython does and Loopscope cannot, refused with an error that says so rather
// than done wrongly. Builtin bases it cannot extend: a class statement naming one fails
// with a TypeError, instead of making a class whose instances are silently plain values
// (float(x) handed back a float, not the subclass); the bases CPython refuses itself
// are in golden lang_subclass_builtin_01 (its messages). Threads: asyncio.to_thread and
// loop.run_in_executor raise NotImplementedError naming the call (the oracle cannot be
// run on them: threads under vtime.py's virtual clock deadlock).
#include <gtest/gtest.h>

#include <string>

#include "lang/program.h"
#include "lang/runtime_state.h"

using namespace loopscope::lang;

namespace {

struct Outcome {
  int rc;
  std::string out, err;
};

Outcome run_source(const std::string& source) {
  Outcome r{};
  Runtime runtime(Options{});
  runtime.write_stdout = [&](std::string_view s) { r.out += s; };
  runtime.write_stderr = [&](std::string_view s) { r.err += s; };
  r.rc = run_program(runtime, source, "main.py");
  return r;
}

}  // namespace

TEST(UnsupportedBaseTest, NamesTheBaseInsteadOfMakingAWrongClass) {
  for (const char* base : {"int", "float", "bytes", "frozenset", "property"}) {
    Outcome r = run_source(std::string("class Derived(") + base + "):\n    pass\nprint('made')\n");
    EXPECT_EQ(r.rc, 1) << base;
    EXPECT_EQ(r.out, "") << base;
    std::string expected = std::string("TypeError: subclassing '") + base + "' is not supported by Loopscope yet\n";
    ASSERT_GE(r.err.size(), expected.size()) << base;
    EXPECT_EQ(r.err.substr(r.err.size() - expected.size()), expected) << base << ": " << r.err;
  }
}

TEST(UnsupportedBaseTest, ExtendableBuiltinsStillWork) {
  Outcome r = run_source("import collections\nclass L(list): pass\nclass D(collections.defaultdict): pass\n"
              "print(type(L([1])).__name__, type(D(int)).__name__)\n");
  EXPECT_EQ(r.rc, 0) << r.err;
  EXPECT_EQ(r.out, "L D\n");
}

TEST(UnsupportedThreadsTest, ToThreadAndExecutorsSayLoopscopeRunsOneThread) {
  for (const char* call : {"asyncio.to_thread(sum, [1, 2])",
                           "asyncio.get_running_loop().run_in_executor(None, sum, [1, 2])"}) {
    Outcome r = run_source(std::string("import asyncio\nasync def main():\n    try:\n        await ") + call +
                           "\n    except NotImplementedError as e:\n        print('refused:', e)\n"
                           "asyncio.run(main())\nprint('after')\n");
    EXPECT_EQ(r.rc, 0) << call << ": " << r.err;
    EXPECT_NE(r.out.find("refused: "), std::string::npos) << call << ": " << r.out;
    EXPECT_NE(r.out.find("Loopscope runs one thread"), std::string::npos) << call << ": " << r.out;
    EXPECT_NE(r.out.find("after\n"), std::string::npos) << call;
  }
}
