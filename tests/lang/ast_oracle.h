// CPython as the oracle of the parser and compiler tests: data/ast_oracle.py run by
// python3 over files, one output line per file (mode "dump": ast.dump of the parse;
// "error": compile()'s SyntaxError or OK). Under node there is no host python: the
// tests that need it skip.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

namespace loopscope::lang::testing {

inline bool have_python() {
#ifdef __EMSCRIPTEN__
  return false;  // node has no popen of a host python
#else
  static const bool ok = std::system("python3 -c pass >/dev/null 2>&1") == 0;
  return ok;
#endif
}

inline std::vector<std::string> run_ast_oracle(const char* mode, const std::vector<std::filesystem::path>& files) {
  std::vector<std::string> lines;
#ifndef __EMSCRIPTEN__
  std::string cmd = std::string("python3 '") + LOOPSCOPE_TEST_DIR + "/lang/data/ast_oracle.py' " + mode;
  for (const auto& f : files) cmd += " '" + f.string() + "'";
  FILE* pipe = popen(cmd.c_str(), "r");
  if (!pipe) return lines;
  std::string out;
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
  pclose(pipe);
  std::stringstream ss(out);
  for (std::string line; std::getline(ss, line);) lines.push_back(line);
#endif
  return lines;
}

}  // namespace loopscope::lang::testing
