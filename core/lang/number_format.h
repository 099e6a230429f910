// Number and string formatting as CPython 3.11 prints them: repr(float) (shortest
// round-trip), and the format-spec mini-language behind format(), f-strings and
// str.format: [[fill]align][sign][z][#][0][width][,|_][.precision][type].
// The VM calls format_int/format_float/format_str with its own values; errors are
// NumberError (ValueError/OverflowError kinds) carrying CPython's messages.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "lang/bigint.h"

namespace loopscope::lang {

// repr(x) == str(x) for a float: '0.1', '1e+16', '1e-05', '1.0', 'inf', 'nan', '-0.0'.
std::string float_repr(double x);

// Shortest decimal digits that read back as x (x finite, > 0): digits without
// trailing zeros and decpt with x == 0.DIGITS * 10**decpt.
void float_shortest_digits(double x, std::string* digits, int* decpt);

// One parsed format specification. width/precision are -1 when absent.
struct FormatSpec {
  std::string fill = " ";  // one code point, UTF-8
  bool fill_given = false;
  bool zero_pad = false;   // the '0' flag without an explicit fill
  char align = 0;          // '<' '>' '^' '=' or 0 for the type's default
  char sign = 0;           // '+' '-' ' ' or 0
  bool no_neg_zero = false;  // 'z'
  bool alternate = false;    // '#'
  int64_t width = -1;
  char grouping = 0;       // ',' '_' or 0
  int64_t precision = -1;
  char type = 0;           // the type letter, or the default type passed to the parser
};

// Parses spec for an object whose default type is default_type ('s' for str,
// 'd' for int, 0 for float) and whose Python type name is type_name (for messages).
FormatSpec parse_format_spec(std::string_view spec, char default_type, std::string_view type_name);

// format(value, spec) for each kind of value. The string_view overloads parse the
// spec themselves; type_name lets bool reuse format_int ("bool" in messages).
std::string format_int(const BigInt& v, const FormatSpec& spec, std::string_view type_name = "int");
std::string format_int(const BigInt& v, std::string_view spec, std::string_view type_name = "int");
std::string format_float(double v, const FormatSpec& spec, std::string_view type_name = "float");
std::string format_float(double v, std::string_view spec, std::string_view type_name = "float");
std::string format_str(std::string_view s, const FormatSpec& spec, std::string_view type_name = "str");
std::string format_str(std::string_view s, std::string_view spec, std::string_view type_name = "str");

// Float text for one of the types e E f F g G n % r (r = repr rules) at the given
// precision, without sign handling of padding: the shared core of format() and %-formatting.
// alternate is '#'; add_dot_0 adds ".0" to integral fixed-point results (the
// float format types '' and 'r').
std::string float_to_text(double absx, char type, int precision, bool alternate, bool add_dot_0);

// Number of code points in UTF-8 text (widths and precisions count code points).
size_t utf8_length(std::string_view s);
// Appends the UTF-8 encoding of code point cp.
void append_utf8(std::string* out, uint32_t cp);

}  // namespace loopscope::lang
