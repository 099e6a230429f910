// Case mapping beyond ASCII for str.upper/lower/title/capitalize/swapcase and the
// case predicates: Latin-1, Latin Extended-A, Greek, Cyrillic and full-width Latin,
// with CPython's one-to-one mappings (plus ß -> "SS" on upper). Scripts outside
// these ranges are left unchanged.
#pragma once

#include <string>
#include <string_view>

namespace loopscope::lang {

char32_t upper_code_point(char32_t c);
char32_t lower_code_point(char32_t c);
bool is_upper_code_point(char32_t c);  // a cased letter in upper case
bool is_lower_code_point(char32_t c);  // a cased letter in lower case

enum class CaseChange { Upper, Lower, Title, Capitalize, SwapCase };
// `utf8` with its letters' case changed as the str method of that name does.
std::string change_case(std::string_view utf8, CaseChange change);

}  // namespace loopscope::lang
