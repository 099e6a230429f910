// Case mapping tables as code (ranges and alternating pairs), see unicode_case.h.
#include "lang/unicode_case.h"

#include <algorithm>

#include "lang/number_format.h"

namespace loopscope::lang {

namespace {

// In [first, last], upper-case letters are at even (or odd) code points and each is
// followed by its lower-case letter.
struct PairRange {
  char32_t first, last;
  bool upper_even;
};
constexpr PairRange kPairRanges[] = {
    {0x0100, 0x012F, true}, {0x0132, 0x0137, true}, {0x0139, 0x0148, false}, {0x014A, 0x0177, true},
    {0x0179, 0x017E, false}, {0x0460, 0x0481, true}, {0x048A, 0x04BF, true}, {0x04D0, 0x04FF, true},
};

// [upper_first, upper_last] maps to lower by adding `delta`.
struct ShiftRange {
  char32_t upper_first, upper_last;
  int delta;
};
constexpr ShiftRange kShiftRanges[] = {
    {'A', 'Z', 32},         {0x00C0, 0x00D6, 32},   {0x00D8, 0x00DE, 32},  {0x0391, 0x03A1, 32},
    {0x03A3, 0x03AB, 32},   {0x0388, 0x038A, 37},   {0x038E, 0x038F, 63},  {0x0410, 0x042F, 32},
    {0x0400, 0x040F, 80},   {0xFF21, 0xFF3A, 32},
};

const PairRange* pair_range(char32_t c) {
  for (const auto& r : kPairRanges)
    if (c >= r.first && c <= r.last) return &r;
  return nullptr;
}

}  // namespace

char32_t lower_code_point(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + 32 : c;
  for (const auto& r : kShiftRanges)
    if (c >= r.upper_first && c <= r.upper_last) return c + static_cast<char32_t>(r.delta);
  if (const PairRange* r = pair_range(c)) return ((c % 2 == 0) == r->upper_even) ? c + 1 : c;
  switch (c) {
    case 0x0178: return 0x00FF;
    case 0x0130: return 'i';
    case 0x0386: return 0x03AC;
    case 0x038C: return 0x03CC;
    default: return c;
  }
}

char32_t upper_code_point(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z' ? c - 32 : c;
  for (const auto& r : kShiftRanges) {
    char32_t lo = r.upper_first + static_cast<char32_t>(r.delta), hi = r.upper_last + static_cast<char32_t>(r.delta);
    if (c >= lo && c <= hi) return c - static_cast<char32_t>(r.delta);
  }
  if (const PairRange* r = pair_range(c)) return ((c % 2 == 0) == r->upper_even) ? c : c - 1;
  switch (c) {
    case 0x00FF: return 0x0178;
    case 0x00B5: return 0x039C;
    case 0x0131: return 'I';
    case 0x017F: return 'S';
    case 0x03C2: return 0x03A3;
    case 0x03AC: return 0x0386;
    case 0x03CC: return 0x038C;
    default: return c;
  }
}

bool is_upper_code_point(char32_t c) { return lower_code_point(c) != c || c == 0x0130; }
bool is_lower_code_point(char32_t c) { return upper_code_point(c) != c || c == 0x00DF; }

namespace {

char32_t decode(std::string_view s, size_t* i) {
  unsigned char b = static_cast<unsigned char>(s[*i]);
  int len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  char32_t c = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
  for (int k = 1; k < len && *i + static_cast<size_t>(k) < s.size(); ++k)
    c = (c << 6) | (static_cast<unsigned char>(s[*i + static_cast<size_t>(k)]) & 0x3F);
  *i += static_cast<size_t>(len);
  return c;
}

void append_upper(std::string* out, char32_t c) {
  if (c == 0x00DF) {
    *out += "SS";
    return;
  }
  append_utf8(out, upper_code_point(c));
}

// Σ lowers to final ς after a cased letter when no cased letter follows (CPython's
// Final_Sigma rule, simplified to ignore case-ignorable characters in between).
char32_t lower_at(const std::u32string& cps, size_t i) {
  char32_t c = cps[i];
  if (c != 0x03A3) return lower_code_point(c);
  auto cased = [](char32_t x) { return is_upper_code_point(x) || is_lower_code_point(x); };
  bool after_cased = i > 0 && cased(cps[i - 1]);
  bool before_cased = i + 1 < cps.size() && cased(cps[i + 1]);
  return after_cased && !before_cased ? 0x03C2 : 0x03C3;
}

}  // namespace

// The same change on ASCII text (most program text), byte by byte: ASCII letters
// are the only cased characters there and map one to one.
static std::string change_ascii_case(std::string_view s, CaseChange change) {
  std::string out(s);
  // The two common changes need no state: a tight loop.
  if (change == CaseChange::Lower || change == CaseChange::Upper) {
    char from = change == CaseChange::Lower ? 'A' : 'a';
    for (char& c : out)
      if (c >= from && c <= from + 25) c = static_cast<char>(c ^ 0x20);
    return out;
  }
  bool prev_cased = false;
  for (size_t i = 0; i < out.size(); ++i) {
    char c = out[i];
    bool upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z';
    bool to_upper = false;
    switch (change) {
      case CaseChange::Upper: to_upper = true; break;
      case CaseChange::Lower: to_upper = false; break;
      case CaseChange::Title: to_upper = !prev_cased; break;
      case CaseChange::Capitalize: to_upper = i == 0; break;
      case CaseChange::SwapCase: to_upper = !upper; break;
    }
    if (to_upper && lower) out[i] = static_cast<char>(c - 'a' + 'A');
    if (!to_upper && upper) out[i] = static_cast<char>(c - 'A' + 'a');
    prev_cased = upper || lower;
  }
  return out;
}

std::string change_case(std::string_view s, CaseChange change) {
  if (std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return change_ascii_case(s, change);
  std::u32string cps;
  for (size_t i = 0; i < s.size();) cps.push_back(decode(s, &i));
  std::string out;
  out.reserve(s.size());
  bool prev_cased = false;  // title: the previous character was a cased letter
  for (size_t i = 0; i < cps.size(); ++i) {
    char32_t c = cps[i];
    bool cased = is_upper_code_point(c) || is_lower_code_point(c);
    switch (change) {
      case CaseChange::Upper: append_upper(&out, c); break;
      case CaseChange::Lower: append_utf8(&out, lower_at(cps, i)); break;
      case CaseChange::Title:
        if (prev_cased) append_utf8(&out, lower_at(cps, i));
        else append_upper(&out, c);
        break;
      case CaseChange::Capitalize:
        if (i == 0) append_upper(&out, c);
        else append_utf8(&out, lower_at(cps, i));
        break;
      case CaseChange::SwapCase:
        if (is_upper_code_point(c)) append_utf8(&out, lower_at(cps, i));
        else append_upper(&out, c);
        break;
    }
    prev_cased = cased;
  }
  return out;
}

}  // namespace loopscope::lang
