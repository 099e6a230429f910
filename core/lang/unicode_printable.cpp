// A binary search in the ranges generated from CPython's Unicode database.
#include "lang/unicode_printable.h"

#include <algorithm>
#include <iterator>

namespace loopscope::lang {

namespace {

struct Range {
  uint32_t lo, hi;
};

constexpr Range kNotPrintable[] = {
#include "lang/unicode_printable_table.inc"
};

}  // namespace

bool is_printable_code_point(uint32_t cp) {
  // The first range whose end is at or after cp; cp is in it unless it starts later.
  auto it = std::lower_bound(std::begin(kNotPrintable), std::end(kNotPrintable), cp,
                             [](const Range& r, uint32_t c) { return r.hi < c; });
  return it == std::end(kNotPrintable) || cp < it->lo;
}

}  // namespace loopscope::lang
