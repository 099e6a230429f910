// CPython's do_upper/do_lower/do_title/do_capitalize/do_swapcase/do_casefold
// (Objects/unicodeobject.c), over code points.
#include "lang/unicode_case.h"

#include <algorithm>
#include <vector>

#include "lang/number_format.h"
#include "lang/unicode_chars.h"

namespace loopscope::lang {

namespace {

// Σ lowers to final ς after a cased letter (case-ignorable characters between are
// skipped) unless a cased letter follows the same way: CPython's handle_capital_sigma.
char32_t lowered_sigma(const std::vector<char32_t>& cps, size_t i) {
  size_t j = i;
  while (j > 0 && is_case_ignorable_char(cps[j - 1])) --j;
  bool final_sigma = j > 0 && is_cased_char(cps[j - 1]);
  if (final_sigma) {
    size_t k = i + 1;
    while (k < cps.size() && is_case_ignorable_char(cps[k])) ++k;
    final_sigma = k == cps.size() || !is_cased_char(cps[k]);
  }
  return final_sigma ? 0x03C2 : 0x03C3;
}

void append_lower(std::string* out, const std::vector<char32_t>& cps, size_t i) {
  if (cps[i] == 0x03A3) append_case_mapping(out, lowered_sigma(cps, i), CaseMapping::Lower);
  else append_case_mapping(out, cps[i], CaseMapping::Lower);
}

// The same change on ASCII text (most program text), byte by byte: ASCII letters
// are the only cased characters there and map one to one.
std::string change_ascii_case(std::string_view s, CaseChange change) {
  std::string out(s);
  // The two common changes need no state: a tight loop.
  if (change == CaseChange::Lower || change == CaseChange::Upper || change == CaseChange::Fold) {
    char from = change == CaseChange::Upper ? 'a' : 'A';
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
      case CaseChange::Title: to_upper = !prev_cased; break;
      case CaseChange::Capitalize: to_upper = i == 0; break;
      case CaseChange::SwapCase: to_upper = !upper; break;
      default: break;
    }
    if (to_upper && lower) out[i] = static_cast<char>(c - 'a' + 'A');
    if (!to_upper && upper) out[i] = static_cast<char>(c - 'A' + 'a');
    prev_cased = upper || lower;
  }
  return out;
}

}  // namespace

std::string change_case(std::string_view s, CaseChange change) {
  if (std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return change_ascii_case(s, change);
  std::vector<char32_t> cps;
  for (size_t i = 0; i < s.size();) cps.push_back(next_code_point(s, &i));
  std::string out;
  out.reserve(s.size());
  bool prev_cased = false;  // title: the previous character is cased
  for (size_t i = 0; i < cps.size(); ++i) {
    char32_t c = cps[i];
    switch (change) {
      case CaseChange::Upper: append_case_mapping(&out, c, CaseMapping::Upper); break;
      case CaseChange::Lower: append_lower(&out, cps, i); break;
      case CaseChange::Fold: append_case_mapping(&out, c, CaseMapping::Fold); break;
      case CaseChange::Title:
        if (prev_cased) append_lower(&out, cps, i);
        else append_case_mapping(&out, c, CaseMapping::Title);
        prev_cased = is_cased_char(c);
        break;
      case CaseChange::Capitalize:
        if (i == 0) append_case_mapping(&out, c, CaseMapping::Title);
        else append_lower(&out, cps, i);
        break;
      case CaseChange::SwapCase:
        if (is_upper_char(c)) append_lower(&out, cps, i);
        else if (is_lower_char(c)) append_case_mapping(&out, c, CaseMapping::Upper);
        else append_utf8(&out, c);
        break;
    }
  }
  return out;
}

}  // namespace loopscope::lang
