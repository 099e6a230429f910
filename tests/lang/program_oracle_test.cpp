// Whole programs run by the VM, compared with CPython running the same file at
// test time (the oracle): stdout, the exit code and the last line of stderr.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#ifndef __EMSCRIPTEN__
#include <sys/wait.h>
#include <unistd.h>
#endif

#include "lang/program.h"

namespace {

struct Outcome {
  std::string out, err;
  int rc = 0;
};

std::string last_line(const std::string& s) {
  std::string t = s;
  while (!t.empty() && t.back() == '\n') t.pop_back();
  size_t p = t.rfind('\n');
  return p == std::string::npos ? t : t.substr(p + 1);
}

Outcome run_cpython(const std::string& path) {
  Outcome r;
#ifndef __EMSCRIPTEN__
  // A file of its own for stderr: test binaries of several build trees may run at once.
  char err_path[] = "/tmp/loopscope_oracle_err_XXXXXX";
  int fd = mkstemp(err_path);
  if (fd >= 0) close(fd);
  std::string cmd = "python3 " + path + " 2>" + err_path;
  FILE* p = popen(cmd.c_str(), "r");
  std::array<char, 4096> buf{};
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  int status = pclose(p);
  r.rc = WEXITSTATUS(status);
  std::ifstream e(err_path);
  std::stringstream ss;
  ss << e.rdbuf();
  r.err = ss.str();
  std::remove(err_path);
#endif
  return r;
}

Outcome run_loopscope(const std::string& path) {
  Outcome r;
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  loopscope::lang::Runtime runtime;
  runtime.write_stdout = [&](std::string_view s) { r.out += s; };
  runtime.write_stderr = [&](std::string_view s) { r.err += s; };
  r.rc = loopscope::lang::run_program(runtime, ss.str(), path);
  return r;
}

class ProgramOracle : public testing::TestWithParam<std::string> {};

TEST_P(ProgramOracle, MatchesCPython) {
#ifdef __EMSCRIPTEN__
  GTEST_SKIP() << "no python3 under node";
#else
  if (std::system("python3 -c pass >/dev/null 2>&1") != 0) GTEST_SKIP() << "python3 not found";
  std::string path = std::string(LOOPSCOPE_TEST_DIR) + "/lang/data/programs/" + GetParam();
  Outcome want = run_cpython(path);
  Outcome got = run_loopscope(path);
  EXPECT_EQ(got.out, want.out);
  EXPECT_EQ(got.rc, want.rc);
  EXPECT_EQ(last_line(got.err), last_line(want.err)) << got.err;
#endif
}

std::vector<std::string> programs() {
  std::vector<std::string> out;
#ifdef __EMSCRIPTEN__
  return out;  // no python3 under node: the native build runs these
#endif
  for (auto& e : std::filesystem::directory_iterator(std::string(LOOPSCOPE_TEST_DIR) + "/lang/data/programs"))
    if (e.path().extension() == ".py") out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(ProgramOracle);
INSTANTIATE_TEST_SUITE_P(Programs, ProgramOracle, testing::ValuesIn(programs()),
                         [](const testing::TestParamInfo<std::string>& i) {
                           std::string n = i.param.substr(0, i.param.size() - 3);
                           for (auto& c : n)
                             if (!isalnum(static_cast<unsigned char>(c))) c = '_';
                           return n;
                         });

}  // namespace
