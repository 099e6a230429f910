// Replays every input of tests/lang/fuzz_regressions/ (crashes scripts/fuzz.sh found,
// minimized) exactly as the fuzz targets ran it (tests/fuzz/fuzz_harness.h): compiled
// alone, then run under the fuzzing limits. Each must end normally; under the asan
// preset that also means without a sanitizer report. Where NAME.result exists
// (scripts/golden.sh NAME.py: the CPython oracle), the output, the exit code and the
// last stderr line must also be CPython's; without it the run must end with 0 or 1
// (a Python exception), not at a limit.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "fuzz_harness.h"
#include "lang/runtime_state.h"
#include "result_text.h"

namespace fs = std::filesystem;

namespace {

using loopscope::test::last_nonempty_line;
using loopscope::test::mask_addresses;
using loopscope::test::read_file;

const fs::path kDir = fs::path(LOOPSCOPE_TEST_DIR) / "lang" / "fuzz_regressions";

std::vector<std::string> inputs() {
  std::vector<std::string> names;
  if (fs::is_directory(kDir))
    for (const auto& e : fs::directory_iterator(kDir))
      if (e.path().extension() == ".py") names.push_back(e.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

class FuzzRegression : public testing::TestWithParam<std::string> {};

TEST_P(FuzzRegression, EndsNormally) {
#ifdef __EMSCRIPTEN__
  // As for the golden corpus (golden_test.cpp): run in sequence under node, deep
  // programs can overflow node's own stack (RangeError), which ends the whole binary.
  GTEST_SKIP() << "the fuzz regressions run natively (node's stack: see golden_test.cpp)";
#endif
  const std::string source = read_file(kDir / (GetParam() + ".py"));
  {
    loopscope::lang::Runtime runtime(loopscope::fuzz::limited_options());
    loopscope::fuzz::compile_only(runtime, source);
  }
  std::string out, err;
  int rc = loopscope::fuzz::run_limited(source, &out, &err, std::chrono::seconds(120));
  const fs::path expected = kDir / (GetParam() + ".result");
  if (fs::exists(expected)) {
    EXPECT_EQ(out, read_file(kDir / (GetParam() + ".stdout")));
    EXPECT_EQ("exit " + std::to_string(rc) + "\nstderr " + last_nonempty_line(err) + "\n", read_file(expected))
        << "stderr:\n" << err;
  } else {
    EXPECT_TRUE(rc == 0 || rc == 1) << "exit " << rc << ", stderr:\n" << err;
  }
}

INSTANTIATE_TEST_SUITE_P(Inputs, FuzzRegression, testing::ValuesIn(inputs()),
                         [](const testing::TestParamInfo<std::string>& info) { return info.param; });
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(FuzzRegression);

}  // namespace
