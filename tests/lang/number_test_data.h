// Shared helpers of the numeric-library tests: reading the CPython-generated case
// files of tests/lang/data (written by scripts/gen_number_cases.py) and decoding
// their fields (hex UTF-8 text, IEEE bits of floats, "!Kind: message" errors).
#pragma once

#include <cstdint>
#include <cstring>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "lang/bigint.h"

namespace number_test {

inline std::string data_path(const std::string& name) {
#ifdef LOOPSCOPE_TEST_DIR
  std::string dir = LOOPSCOPE_TEST_DIR;
#else
  // Until tests/CMakeLists.txt defines LOOPSCOPE_TEST_DIR: CMake compiles with
  // absolute paths, so this header's own path leads to tests/.
  std::string here = __FILE__;
  std::string dir = here.substr(0, here.rfind('/')) + "/..";
#endif
  return dir + "/lang/data/" + name;
}

// Each line of a case file split on TAB; an empty result means the file is missing.
inline std::vector<std::vector<std::string>> read_cases(const std::string& name) {
  std::vector<std::vector<std::string>> out;
  std::ifstream in(data_path(name));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    std::vector<std::string> fields;
    size_t start = 0;
    for (;;) {
      size_t tab = line.find('\t', start);
      fields.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    out.push_back(std::move(fields));
  }
  return out;
}

inline std::string unhex(const std::string& h) {
  std::string s;
  for (size_t i = 0; i + 1 < h.size(); i += 2) s.push_back(static_cast<char>(std::stoi(h.substr(i, 2), nullptr, 16)));
  return s;
}

inline double bits_to_double(const std::string& h) {
  uint64_t u = std::stoull(h, nullptr, 16);
  double d;
  std::memcpy(&d, &u, sizeof d);
  return d;
}

inline std::string double_to_bits(double d) {
  uint64_t u;
  std::memcpy(&u, &d, sizeof d);
  char buf[20];
  snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(u));
  return buf;
}

inline const char* kind_name(loopscope::lang::NumberError::Kind k) {
  using K = loopscope::lang::NumberError::Kind;
  switch (k) {
    case K::Overflow: return "OverflowError";
    case K::Value: return "ValueError";
    case K::ZeroDivision: return "ZeroDivisionError";
    case K::Memory: return "MemoryError";
    case K::Index: return "IndexError";
  }
  return "?";
}

// Runs f and returns its result, or "!Kind: message" for a NumberError, the
// same shape as the generator writes.
inline std::string outcome(const std::function<std::string()>& f) {
  try {
    return f();
  } catch (const loopscope::lang::NumberError& e) {
    return std::string("!") + kind_name(e.kind()) + ": " + e.what();
  }
}

// Collects mismatches; reports the first few in full and the total count.
struct Mismatches {
  int count = 0;
  std::ostringstream first;
  void check(const std::string& got, const std::string& want, const std::string& what) {
    if (got == want) return;
    if (++count <= 15) first << what.substr(0, 200) << "\n    got:  " << got.substr(0, 300) << "\n    want: " << want.substr(0, 300) << "\n";
  }
  std::string report() const { return std::to_string(count) + " mismatches; first:\n" + first.str(); }
};

}  // namespace number_test
