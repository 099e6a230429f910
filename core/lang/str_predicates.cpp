// The str.is*() predicates, as CPython 3.11 defines them over the character
// properties of unicode_chars.h (and unicode_printable.h for isprintable).
#include "lang/interp_state.h"
#include "lang/runtime_state.h"
#include "lang/unicode_chars.h"
#include "lang/unicode_printable.h"

namespace loopscope::lang {

namespace {

const std::string& self_str(Args& a, const char* name) {
  if (a.n == 0 || !is_str(a[0])) type_error(std::string("descriptor '") + name + "' requires a 'str' object");
  check_args(name, a, 1, 1);
  return str_of(a[0]);
}

bool is_alnum_char(char32_t c) {
  return is_alpha_char(c) || is_decimal_char(c) || is_digit_char(c) || is_numeric_char(c);
}
bool is_printable_char(char32_t c) { return is_printable_code_point(c); }

// Non-empty and every character has the property (isalpha, isdigit, ...).
template <bool (*Has)(char32_t)>
Value every_char(Args& a, const char* name) {
  const std::string& s = self_str(a, name);
  for (size_t i = 0; i < s.size();)
    if (!Has(next_code_point(s, &i))) return Value::boolean(false);
  return Value::boolean(!s.empty());
}

Value s_isalpha(Args& a, void*) { return every_char<is_alpha_char>(a, "isalpha"); }
Value s_isdecimal(Args& a, void*) { return every_char<is_decimal_char>(a, "isdecimal"); }
Value s_isdigit(Args& a, void*) { return every_char<is_digit_char>(a, "isdigit"); }
Value s_isnumeric(Args& a, void*) { return every_char<is_numeric_char>(a, "isnumeric"); }
Value s_isalnum(Args& a, void*) { return every_char<is_alnum_char>(a, "isalnum"); }
Value s_isspace(Args& a, void*) { return every_char<is_space_char>(a, "isspace"); }

// isprintable and isascii hold for the empty string.
Value s_isprintable(Args& a, void*) {
  const std::string& s = self_str(a, "isprintable");
  for (size_t i = 0; i < s.size();)
    if (!is_printable_char(next_code_point(s, &i))) return Value::boolean(false);
  return Value::boolean(true);
}
Value s_isascii(Args& a, void*) {
  for (unsigned char c : self_str(a, "isascii"))
    if (c >= 0x80) return Value::boolean(false);
  return Value::boolean(true);
}

// isupper: some character is cased, none is lower or title case (islower mirrored).
Value cased_only(Args& a, const char* name, bool (*wanted)(char32_t), bool (*other)(char32_t)) {
  const std::string& s = self_str(a, name);
  bool cased = false;
  for (size_t i = 0; i < s.size();) {
    char32_t c = next_code_point(s, &i);
    if (other(c) || is_title_char(c)) return Value::boolean(false);
    cased = cased || wanted(c);
  }
  return Value::boolean(cased);
}
Value s_isupper(Args& a, void*) { return cased_only(a, "isupper", is_upper_char, is_lower_char); }
Value s_islower(Args& a, void*) { return cased_only(a, "islower", is_lower_char, is_upper_char); }

// Titlecased: upper- and title-case letters only after uncased characters, lower-case
// only after cased ones, and at least one cased letter.
Value s_istitle(Args& a, void*) {
  const std::string& s = self_str(a, "istitle");
  bool cased = false, previous_cased = false;
  for (size_t i = 0; i < s.size();) {
    char32_t c = next_code_point(s, &i);
    if (is_upper_char(c) || is_title_char(c)) {
      if (previous_cased) return Value::boolean(false);
      previous_cased = cased = true;
    } else if (is_lower_char(c)) {
      if (!previous_cased) return Value::boolean(false);
      previous_cased = cased = true;
    } else {
      previous_cased = false;
    }
  }
  return Value::boolean(cased);
}

Value s_isidentifier(Args& a, void*) {
  const std::string& s = self_str(a, "isidentifier");
  if (s.empty()) return Value::boolean(false);
  size_t i = 0;
  if (!is_id_start_char(next_code_point(s, &i))) return Value::boolean(false);
  while (i < s.size())
    if (!is_id_continue_char(next_code_point(s, &i))) return Value::boolean(false);
  return Value::boolean(true);
}

}  // namespace

void install_str_predicates(Runtime& r) {
  Types& T = types();
  r.add_method(T.str, "isalpha", s_isalpha);
  r.add_method(T.str, "isdecimal", s_isdecimal);
  r.add_method(T.str, "isdigit", s_isdigit);
  r.add_method(T.str, "isnumeric", s_isnumeric);
  r.add_method(T.str, "isalnum", s_isalnum);
  r.add_method(T.str, "isspace", s_isspace);
  r.add_method(T.str, "isprintable", s_isprintable);
  r.add_method(T.str, "isascii", s_isascii);
  r.add_method(T.str, "isupper", s_isupper);
  r.add_method(T.str, "islower", s_islower);
  r.add_method(T.str, "istitle", s_istitle);
  r.add_method(T.str, "isidentifier", s_isidentifier);
}

}  // namespace loopscope::lang
