// The golden corpus: every tests/lang/golden/PROGRAM.py runs in deterministic mode
// in-process (so the same test runs natively and in WebAssembly under node), and its
// stdout, exit code and last stderr line must equal PROGRAM.stdout and
// PROGRAM.result, which scripts/golden.sh produced with the CPython oracle
// (../shared/oracle/vtime.py). Hex addresses are compared as 0x?, as conform.py does.
// tests/lang/golden/KNOWN_FAILURES lists programs that do not match yet, each with
// the reason: they still run, are reported as skipped with that reason, and fail the
// suite as soon as they match (so the list cannot go stale); KNOWN_FAILURES_WASM does
// the same for the WebAssembly build only.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "lang/program.h"
#include "result_text.h"

namespace fs = std::filesystem;
using loopscope::lang::Options;
using loopscope::lang::Runtime;

namespace {

using loopscope::test::last_nonempty_line;
using loopscope::test::mask_addresses;
using loopscope::test::read_file;

const fs::path kGoldenDir = fs::path(LOOPSCOPE_TEST_DIR) / "lang" / "golden";

// KNOWN_FAILURES: "name: reason" per line; # starts a comment.
std::map<std::string, std::string> known_failures(const char* file = "KNOWN_FAILURES") {
  std::map<std::string, std::string> out;
  std::istringstream in(read_file(kGoldenDir / file));
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    size_t colon = line.find(':');
    out[line.substr(0, colon)] = colon == std::string::npos ? "" : line.substr(colon + 1);
  }
  return out;
}

std::vector<std::string> golden_programs() {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(kGoldenDir))
    if (e.path().extension() == ".py") names.push_back(e.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

class GoldenTest : public testing::TestWithParam<std::string> {};

TEST_P(GoldenTest, MatchesTheOracle) {
  const fs::path base = kGoldenDir / GetParam();
  ASSERT_TRUE(fs::exists(base.string() + ".stdout")) << "no golden output: run scripts/golden.sh " << base << ".py";
  std::string out, err;
  int rc;
  {
    Runtime runtime(Options{});
    runtime.write_stdout = [&](std::string_view s) { out += s; };
    runtime.write_stderr = [&](std::string_view s) { err += s; };
    rc = loopscope::lang::run_program(runtime, read_file(base.string() + ".py"), GetParam() + ".py");
  }
  std::string expected_result = read_file(base.string() + ".result");
  std::string result = "exit " + std::to_string(rc) + "\nstderr " + mask_addresses(last_nonempty_line(err)) + "\n";
  bool matches = mask_addresses(out) == read_file(base.string() + ".stdout") && result == expected_result;
  static const auto known = [] {
    auto k = known_failures();
#ifdef __EMSCRIPTEN__
    // Programs that match natively but not in WebAssembly (the browser's stack).
    for (auto& [name, why] : known_failures("KNOWN_FAILURES_WASM")) k[name] = " (WebAssembly)" + why;
#endif
    return k;
  }();
  if (auto k = known.find(GetParam()); k != known.end()) {
    if (matches) FAIL() << GetParam() << " matches the oracle now: remove it from KNOWN_FAILURES";
    GTEST_SKIP() << "known failure:" << k->second;
  }
  EXPECT_EQ(mask_addresses(out), read_file(base.string() + ".stdout"));
  EXPECT_EQ(result, expected_result) << "stderr:\n" << err;
}

INSTANTIATE_TEST_SUITE_P(Programs, GoldenTest, testing::ValuesIn(golden_programs()),
                         [](const testing::TestParamInfo<std::string>& info) { return info.param; });

}  // namespace
