// CPython 3.11's character data (Unicode 14.0) as str's methods see it: the
// properties behind isalpha/isdigit/isupper/... and the full case mappings behind
// upper/lower/title/casefold, from tables generated out of CPython itself
// (scripts/gen_unicode_tables.py -> unicode_tables.inc).
#pragma once

#include <string>
#include <string_view>

namespace loopscope::lang {

// The code point of the UTF-8 sequence at *i, advancing *i past it.
char32_t next_code_point(std::string_view utf8, size_t* i);

bool is_alpha_char(char32_t c);
bool is_decimal_char(char32_t c);
bool is_digit_char(char32_t c);
bool is_numeric_char(char32_t c);
bool is_space_char(char32_t c);
bool is_upper_char(char32_t c);  // the Uppercase property
bool is_lower_char(char32_t c);  // the Lowercase property
bool is_title_char(char32_t c);  // a titlecase letter (Lt)
bool is_cased_char(char32_t c);  // upper, lower or title
bool is_case_ignorable_char(char32_t c);
bool is_id_start_char(char32_t c);  // XID_Start or "_"
bool is_id_continue_char(char32_t c);

enum class CaseMapping { Lower, Upper, Title, Fold };
// Appends the full mapping of `c` (one to three characters) to `out` as UTF-8.
void append_case_mapping(std::string* out, char32_t c, CaseMapping mapping);

}  // namespace loopscope::lang
