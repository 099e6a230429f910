// Lookups in the generated tables (see unicode_tables.inc for their layout).
#include "lang/unicode_chars.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

#include "lang/number_format.h"

namespace loopscope::lang {

namespace {

struct CaseRun {
  char32_t first;
  uint16_t count;
  uint8_t stride;
  int32_t delta;
};
struct SpecialCase {
  char32_t code_point;
  const char* utf8;
};

#include "lang/unicode_tables.inc"

uint16_t flags_of(char32_t c) {
  // The last run starting at or before c; runs are sorted by their first code point.
  uint32_t key = (static_cast<uint32_t>(c) << 11) | 0x7FF;
  const uint32_t* run = std::upper_bound(std::begin(kPropertyRuns), std::end(kPropertyRuns), key);
  return run == std::begin(kPropertyRuns) ? 0 : static_cast<uint16_t>(run[-1] & 0x7FF);
}

bool has(char32_t c, uint16_t flag) { return c <= 0x10FFFF && (flags_of(c) & flag) != 0; }

template <size_t N>
const CaseRun* find_run(const CaseRun (&runs)[N], char32_t c) {
  const CaseRun* run = std::upper_bound(std::begin(runs), std::end(runs), c,
                                        [](char32_t x, const CaseRun& r) { return x < r.first; });
  if (run == std::begin(runs)) return nullptr;
  --run;
  char32_t offset = c - run->first;
  if (offset % run->stride != 0 || offset / run->stride >= run->count) return nullptr;
  return run;
}

template <size_t N>
const SpecialCase* find_special(const SpecialCase (&specials)[N], char32_t c) {
  const SpecialCase* s = std::lower_bound(std::begin(specials), std::end(specials), c,
                                          [](const SpecialCase& e, char32_t x) { return e.code_point < x; });
  return s != std::end(specials) && s->code_point == c ? s : nullptr;
}

// Looks `c` up in one mapping's tables; false when the mapping has no entry.
template <size_t R, size_t S>
bool append_from(std::string* out, char32_t c, const CaseRun (&runs)[R], const SpecialCase (&specials)[S]) {
  if (const CaseRun* run = find_run(runs, c)) {
    append_utf8(out, static_cast<char32_t>(static_cast<int32_t>(c) + run->delta));
    return true;
  }
  if (const SpecialCase* s = find_special(specials, c)) {
    *out += s->utf8;
    return true;
  }
  return false;
}

}  // namespace

char32_t next_code_point(std::string_view s, size_t* i) {
  auto b = static_cast<unsigned char>(s[*i]);
  size_t len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  char32_t c = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
  for (size_t k = 1; k < len && *i + k < s.size(); ++k) c = (c << 6) | (static_cast<unsigned char>(s[*i + k]) & 0x3F);
  *i += len;
  return c;
}

bool is_alpha_char(char32_t c) { return has(c, kAlpha); }
bool is_decimal_char(char32_t c) { return has(c, kDecimal); }
bool is_digit_char(char32_t c) { return has(c, kDigit); }
bool is_numeric_char(char32_t c) { return has(c, kNumeric); }
bool is_space_char(char32_t c) { return has(c, kSpace); }
bool is_upper_char(char32_t c) { return has(c, kUpper); }
bool is_lower_char(char32_t c) { return has(c, kLower); }
bool is_title_char(char32_t c) { return has(c, kTitle); }
bool is_cased_char(char32_t c) { return has(c, kUpper | kLower | kTitle); }
bool is_case_ignorable_char(char32_t c) { return has(c, kCaseIgnorable); }
bool is_id_start_char(char32_t c) { return has(c, kIdStart); }
bool is_id_continue_char(char32_t c) { return has(c, kIdContinue); }

void append_case_mapping(std::string* out, char32_t c, CaseMapping mapping) {
  switch (mapping) {
    case CaseMapping::Lower:
      if (append_from(out, c, kLowerRuns, kLowerSpecial)) return;
      break;
    case CaseMapping::Upper:
      if (append_from(out, c, kUpperRuns, kUpperSpecial)) return;
      break;
    // Title and fold tables hold only where they differ from upper and lower.
    case CaseMapping::Title:
      if (append_from(out, c, kTitleRuns, kTitleSpecial) || append_from(out, c, kUpperRuns, kUpperSpecial)) return;
      break;
    case CaseMapping::Fold:
      if (append_from(out, c, kFoldRuns, kFoldSpecial) || append_from(out, c, kLowerRuns, kLowerSpecial)) return;
      break;
  }
  append_utf8(out, c);
}

}  // namespace loopscope::lang
