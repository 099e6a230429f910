// loopscope run PROGRAM.py: runs a program natively, output as CPython's.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "lang/program.h"

int main(int argc, char** argv) {
  std::string path;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "run" || a == "--virtual-time") continue;
    path = a;
  }
  if (path.empty()) {
    std::fprintf(stderr, "usage: loopscope run [--virtual-time] PROGRAM.py\n");
    return 2;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "loopscope: can't open file '%s'\n", path.c_str());
    return 2;
  }
  std::stringstream buf;
  buf << in.rdbuf();
  loopscope::lang::Runtime runtime;
  runtime.write_stdout = [](std::string_view s) { std::fwrite(s.data(), 1, s.size(), stdout); };
  runtime.write_stderr = [](std::string_view s) {
    std::fflush(stdout);
    std::fwrite(s.data(), 1, s.size(), stderr);
  };
  int rc = loopscope::lang::run_program(runtime, buf.str(), path);
  std::fflush(stdout);
  return rc;
}
