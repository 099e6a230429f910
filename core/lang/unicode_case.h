// The case-changing str methods (upper, lower, title, capitalize, swapcase,
// casefold) as CPython 3.11 runs them over the full case mappings of unicode_chars.h,
// with the final-sigma rule of lower().
#pragma once

#include <string>
#include <string_view>

namespace loopscope::lang {

enum class CaseChange { Upper, Lower, Title, Capitalize, SwapCase, Fold };
// `utf8` with its letters' case changed as the str method of that name does.
std::string change_case(std::string_view utf8, CaseChange change);

}  // namespace loopscope::lang
