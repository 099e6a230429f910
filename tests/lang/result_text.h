// What the golden, fuzz-regression and hostile tests compare a run by: a file's
// text, hex addresses masked (as conform.py does), the last non-empty stderr line.
#pragma once

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

namespace loopscope::test {

inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::string mask_addresses(const std::string& s) {
  return std::regex_replace(s, std::regex("0x[0-9a-fA-F]+"), "0x?");
}

inline std::string last_nonempty_line(const std::string& s) {
  std::istringstream in(s);
  std::string line, last;
  while (std::getline(in, line))
    if (!line.empty()) last = line;
  return last;
}

}  // namespace loopscope::test
