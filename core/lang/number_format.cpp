// The float repr and the format-spec mini-language. Digits come from printf
// (%.*e / %.*f are correctly rounded in glibc and in emscripten's musl) and strtod
// round trips; layout rules (exponent switch, ".0", grouping, padding) follow
// CPython 3.11's Python/formatter_unicode.c and Python/pystrtod.c behaviour.
#include "lang/number_format.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace loopscope::lang {

namespace {

[[noreturn]] void value_error(const std::string& msg) { throw NumberError(NumberError::Kind::Value, msg); }

// "%.{p-1}e" of x > 0, split into digits (with trailing zeros) and decpt.
void e_digits(double x, int p, std::string* digits, int* decpt) {
  char buf[64];
  snprintf(buf, sizeof buf, "%.*e", p - 1, x);
  digits->clear();
  const char* c = buf;
  for (; *c && *c != 'e'; ++c) {
    if (*c != '.') digits->push_back(*c);
  }
  *decpt = std::atoi(c + 1) + 1;
}

bool reads_back(const std::string& digits, int decpt, double x) {
  std::string s = "0." + digits + "e" + std::to_string(decpt);
  return std::strtod(s.c_str(), nullptr) == x;
}

// Increments a digit string as a number; returns true when it carried out
// (999 -> 1000 keeps the length with one more decimal position).
bool increment_digits(std::string* d) {
  for (size_t i = d->size(); i-- > 0;) {
    if ((*d)[i] != '9') {
      ++(*d)[i];
      return false;
    }
    (*d)[i] = '0';
  }
  d->insert(d->begin(), '1');
  d->pop_back();
  return true;
}

void strip_zeros(std::string* d) {
  while (d->size() > 1 && d->back() == '0') d->pop_back();
}

// Lays out digits/decpt as CPython's format_float_short does, for 'e' or fixed.
std::string layout(std::string digits, int decpt, bool use_exp, int min_digits, bool alternate, bool add_dot_0) {
  if (static_cast<int>(digits.size()) < min_digits) digits.append(min_digits - digits.size(), '0');
  std::string out;
  if (use_exp) {
    int exp = decpt - 1;
    out.push_back(digits[0]);
    if (digits.size() > 1 || alternate) {
      out.push_back('.');
      out.append(digits, 1, std::string::npos);
    }
    char buf[16];
    snprintf(buf, sizeof buf, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    out += buf;
    return out;
  }
  if (decpt <= 0) {
    out = "0." + std::string(-decpt, '0') + digits;
  } else if (decpt >= static_cast<int>(digits.size())) {
    out = digits + std::string(decpt - digits.size(), '0');
    if (add_dot_0) {
      out += ".0";
    } else if (alternate) {
      out += ".";
    }
  } else {
    out = digits.substr(0, decpt) + "." + digits.substr(decpt);
  }
  return out;
}

std::string type_code_text(char type) {
  unsigned char c = static_cast<unsigned char>(type);
  if (c >= 32 && c < 127) return std::string(1, type);
  char buf[16];
  snprintf(buf, sizeof buf, "\\x%x", c);
  return buf;
}

[[noreturn]] void unknown_code(char type, std::string_view type_name) {
  value_error("Unknown format code '" + type_code_text(type) + "' for object of type '" + std::string(type_name) + "'");
}

// Inserts sep every group digits from the right, padding with leading zeros
// until the result is at least min_width long (CPython never starts with sep).
std::string group_digits(const std::string& digits, char sep, int group, int64_t min_width) {
  int64_t n = static_cast<int64_t>(digits.size());
  if (!sep) {
    return n < min_width ? std::string(min_width - n, '0') + digits : digits;
  }
  while (n + (n - 1) / group < min_width) ++n;
  std::string padded = std::string(n - digits.size(), '0') + digits;
  std::string out;
  for (int64_t i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % group == 0) out.push_back(sep);
    out.push_back(padded[i]);
  }
  return out;
}

// Pads sign + prefix + digits + rest to the spec's width. digits is the part that
// receives grouping (and grouped zero padding for the '0' flag).
std::string finish_number(const FormatSpec& spec, const std::string& sign, const std::string& prefix,
                          const std::string& digits, const std::string& rest, int group, bool groupable) {
  char align = spec.align ? spec.align : '>';
  char sep = groupable ? spec.grouping : 0;
  int64_t fixed = static_cast<int64_t>(sign.size() + prefix.size() + utf8_length(rest));
  std::string body;
  if (align == '=' && spec.fill == "0" && groupable) {
    body = group_digits(digits, sep, group, spec.width - fixed);
  } else {
    body = group_digits(digits, sep, group, 0);
  }
  int64_t len = fixed + static_cast<int64_t>(body.size());
  int64_t pad = spec.width > len ? spec.width - len : 0;
  auto fill = [&](int64_t k) {
    std::string s;
    for (int64_t i = 0; i < k; ++i) s += spec.fill;
    return s;
  };
  switch (align) {
    case '<': return sign + prefix + body + rest + fill(pad);
    case '^': return fill(pad / 2) + sign + prefix + body + rest + fill(pad - pad / 2);
    case '=': return sign + prefix + fill(pad) + body + rest;
    default: return fill(pad) + sign + prefix + body + rest;
  }
}

std::string sign_text(bool negative, char sign) {
  if (negative) return "-";
  if (sign == '+') return "+";
  if (sign == ' ') return " ";
  return "";
}

const int64_t kMaxWidth = 100000000;  // larger fields would be a MemoryError in CPython

}  // namespace

// ---------------------------------------------------------------- UTF-8

size_t utf8_length(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

void append_utf8(std::string* out, uint32_t cp) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | cp >> 6));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | cp >> 12));
    out->push_back(static_cast<char>(0x80 | (cp >> 6 & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | cp >> 18));
    out->push_back(static_cast<char>(0x80 | (cp >> 12 & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp >> 6 & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// ---------------------------------------------------------------- float text

// True (and the digits) when some p-digit decimal reads back as x: the nearest
// one, or just above a power of two, where the interval below x is half as wide
// as the one above, the next one up.
static bool shortest_at(double x, int p, std::string* digits, int* decpt) {
  e_digits(x, p, digits, decpt);
  if (reads_back(*digits, *decpt, x)) return true;
  std::string up = *digits;
  int up_decpt = *decpt + (increment_digits(&up) ? 1 : 0);
  if (!reads_back(up, up_decpt, x)) return false;
  *digits = up;
  *decpt = up_decpt;
  return true;
}

void float_shortest_digits(double x, std::string* digits, int* decpt) {
  if (x < 9007199254740992.0 && x == std::floor(x)) {
    // Integral below 2**53: the rounding interval is at most +-0.5, so the
    // integer's own digits are the shortest; skips printf for 1.0, 42.0, ...
    *digits = std::to_string(static_cast<uint64_t>(x));
    *decpt = static_cast<int>(digits->size());
    strip_zeros(digits);
    return;
  }
  // With that two-candidate test, "p digits suffice" is monotonic in p (a p-digit
  // decimal is also a (p+1)-digit one), so binary search finds the shortest p;
  // 17 digits always suffice for a double.
  int lo = 1, hi = 17;
  while (lo < hi) {
    int mid = (lo + hi) / 2;
    if (shortest_at(x, mid, digits, decpt)) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  shortest_at(x, hi, digits, decpt);
  strip_zeros(digits);
}

std::string float_to_text(double x, char type, int precision, bool alternate, bool add_dot_0) {
  bool upper = type == 'E' || type == 'F' || type == 'G';
  if (std::isnan(x)) return upper ? "NAN" : "nan";
  if (std::isinf(x)) return upper ? "INF" : "inf";
  std::string out;
  if (type == 'f' || type == 'F' || type == '%') {
    std::vector<char> buf(330 + static_cast<size_t>(precision));
    snprintf(buf.data(), buf.size(), alternate ? "%#.*f" : "%.*f", precision, x);
    out = buf.data();
  } else if (type == 'e' || type == 'E') {
    std::vector<char> buf(40 + static_cast<size_t>(precision));
    snprintf(buf.data(), buf.size(), alternate ? "%#.*e" : "%.*e", precision, x);
    out = buf.data();
  } else {
    std::string digits;
    int decpt;
    bool use_exp;
    int min_digits = 0;
    if (type == 'r') {
      if (x == 0.0) {
        digits = "0";
        decpt = 1;
      } else {
        float_shortest_digits(x, &digits, &decpt);
      }
      use_exp = decpt <= -4 || decpt > 16;
    } else {  // g G n, and the float '' type with a precision
      if (precision == 0) precision = 1;
      if (x == 0.0) {
        digits = "0";
        decpt = 1;
      } else {
        // %.*e rounds correctly but only to 17 significant digits without help:
        // beyond that printf still gives exact digits, which is what dtoa does too.
        e_digits(x, precision, &digits, &decpt);
        strip_zeros(&digits);
      }
      use_exp = decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision);
      if (alternate) min_digits = precision;
    }
    out = layout(digits, decpt, use_exp, min_digits, alternate, add_dot_0);
  }
  if (upper) {
    for (char& c : out) c = static_cast<char>(c == 'e' ? 'E' : c);
  }
  return out;
}

std::string float_repr(double x) {
  std::string body = float_to_text(std::fabs(x), 'r', 0, false, true);
  return std::signbit(x) && !std::isnan(x) ? "-" + body : body;
}

// ---------------------------------------------------------------- spec parsing

FormatSpec parse_format_spec(std::string_view s, char default_type, std::string_view type_name) {
  FormatSpec spec;
  size_t pos = 0;
  auto is_align = [](char c) { return c == '<' || c == '>' || c == '^' || c == '='; };
  // The fill is one code point, so look past a multi-byte first character.
  size_t first_len = 1;
  if (!s.empty()) {
    unsigned char c0 = static_cast<unsigned char>(s[0]);
    first_len = c0 < 0x80 ? 1 : c0 >= 0xF0 ? 4 : c0 >= 0xE0 ? 3 : 2;
  }
  if (s.size() > first_len && is_align(s[first_len])) {
    spec.fill = std::string(s.substr(0, first_len));
    spec.fill_given = true;
    spec.align = s[first_len];
    pos = first_len + 1;
  } else if (!s.empty() && is_align(s[0])) {
    spec.align = s[0];
    pos = 1;
  }
  if (pos < s.size() && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) spec.sign = s[pos++];
  if (pos < s.size() && s[pos] == 'z') {
    spec.no_neg_zero = true;
    ++pos;
  }
  if (pos < s.size() && s[pos] == '#') {
    spec.alternate = true;
    ++pos;
  }
  if (pos < s.size() && s[pos] == '0' && !spec.fill_given) {
    // '0' means fill with zeros after the sign, unless a fill or alignment was given.
    spec.fill = "0";
    spec.fill_given = true;
    spec.zero_pad = true;
    ++pos;
  }
  auto read_number = [&](int64_t* out) {
    size_t start = pos;
    int64_t v = 0;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
      if (pos - start >= 18) value_error("Too many decimal digits in format string");
      v = v * 10 + (s[pos] - '0');
      ++pos;
    }
    if (pos > start) *out = v;
    return pos > start;
  };
  read_number(&spec.width);
  if (pos < s.size() && (s[pos] == ',' || s[pos] == '_')) {
    spec.grouping = s[pos++];
    if (pos < s.size() && (s[pos] == ',' || s[pos] == '_')) value_error("Cannot specify both ',' and '_'.");
  }
  if (pos < s.size() && s[pos] == '.') {
    ++pos;
    if (!read_number(&spec.precision)) value_error("Format specifier missing precision");
  }
  if (s.size() - pos > 1) {
    value_error("Invalid format specifier '" + std::string(s) + "' for object of type '" + std::string(type_name) + "'");
  }
  spec.type = pos < s.size() ? s[pos] : default_type;
  if (spec.width > kMaxWidth || spec.precision > kMaxWidth) {
    throw NumberError(NumberError::Kind::Memory, "format width or precision too large");
  }
  if (spec.grouping) {
    switch (spec.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (spec.grouping == '_') break;
        [[fallthrough]];
      default:
        value_error(std::string("Cannot specify '") + spec.grouping + "' with '" + type_code_text(spec.type) + "'.");
    }
  }
  return spec;
}

// ---------------------------------------------------------------- format()

std::string format_str(std::string_view s, const FormatSpec& spec, std::string_view type_name) {
  if (spec.type != 's') unknown_code(spec.type, type_name);
  if (spec.sign) value_error(spec.sign == ' ' ? "Space not allowed in string format specifier"
                                              : "Sign not allowed in string format specifier");
  if (spec.no_neg_zero) value_error("Negative zero coercion (z) not allowed in string format specifier");
  if (spec.alternate) value_error("Alternate form (#) not allowed in string format specifier");
  if (spec.align == '=') value_error("'=' alignment not allowed in string format specifier");
  std::string_view text = s;
  size_t len = utf8_length(s);
  if (spec.precision >= 0 && static_cast<size_t>(spec.precision) < len) {
    size_t cps = 0, i = 0;
    for (; i < s.size(); ++i) {
      if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
        if (cps == static_cast<size_t>(spec.precision)) break;
        ++cps;
      }
    }
    text = s.substr(0, i);
    len = static_cast<size_t>(spec.precision);
  }
  int64_t pad = spec.width > static_cast<int64_t>(len) ? spec.width - static_cast<int64_t>(len) : 0;
  std::string out;
  auto fill = [&](int64_t k) {
    for (int64_t i = 0; i < k; ++i) out += spec.fill;
  };
  char align = spec.align ? spec.align : '<';
  int64_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
  fill(left);
  out += text;
  fill(pad - left);
  return out;
}

std::string format_float(double v, const FormatSpec& spec_in, std::string_view type_name) {
  FormatSpec spec = spec_in;
  char type = spec.type;
  switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%': break;
    default: unknown_code(type, type_name);
  }
  if (spec.align == 0) spec.align = spec.zero_pad ? '=' : '>';
  bool add_dot_0 = false;
  int precision = static_cast<int>(spec.precision);
  char mode = type;
  if (type == 0) {
    // The empty type: repr rules without a precision, otherwise 'g' that keeps ".0".
    add_dot_0 = true;
    mode = precision < 0 ? 'r' : 'g';
  } else if (type == 'n') {
    mode = 'g';
  }
  if (precision < 0) precision = 6;
  double x = v;
  std::string suffix;
  if (type == '%') {
    x *= 100;
    suffix = "%";
  }
  bool negative = std::signbit(x) && !std::isnan(x);
  std::string text = float_to_text(std::fabs(x), mode, precision, spec.alternate, add_dot_0);
  if (negative && spec.no_neg_zero && std::isfinite(x)) {
    // 'z': a value that rounded to zero prints without its sign.
    bool all_zero = true;
    for (char c : text) {
      if (c >= '1' && c <= '9') all_zero = false;
      if (c == 'e' || c == 'E') break;
    }
    if (all_zero) negative = false;
  }
  text += suffix;
  // Split into the integer digits (grouped, zero padded) and the rest.
  size_t int_end = 0;
  while (int_end < text.size() && text[int_end] >= '0' && text[int_end] <= '9') ++int_end;
  bool finite = std::isfinite(x);
  return finish_number(spec, sign_text(negative, spec.sign), "", finite ? text.substr(0, int_end) : "",
                       finite ? text.substr(int_end) : text, 3, finite);
}

std::string format_int(const BigInt& v, const FormatSpec& spec_in, std::string_view type_name) {
  FormatSpec spec = spec_in;
  char type = spec.type;
  switch (type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return format_float(v.to_double(), spec, type_name);
    case 0: case 'n': type = 'd'; break;
    case 'd': case 'b': case 'o': case 'x': case 'X': case 'c': break;
    default: unknown_code(type, type_name);
  }
  if (spec.precision >= 0) value_error("Precision not allowed in integer format specifier");
  if (spec.no_neg_zero) value_error("Negative zero coercion (z) not allowed in integer format specifier");
  if (spec.align == 0) spec.align = spec.zero_pad ? '=' : '>';
  if (type == 'c') {
    if (spec.sign) value_error("Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) value_error("Alternate form (#) not allowed with integer format specifier 'c'");
    // CPython first converts to a C long, then checks the code point range.
    if (!v.fits_int64()) throw NumberError(NumberError::Kind::Overflow, "Python int too large to convert to C long");
    if (v.is_negative() || v.to_int64() > 0x10FFFF) {
      throw NumberError(NumberError::Kind::Overflow, "%c arg not in range(0x110000)");
    }
    std::string ch;
    append_utf8(&ch, static_cast<uint32_t>(v.to_int64()));
    return finish_number(spec, "", "", "", ch, 3, false);
  }
  std::string digits;
  std::string prefix;
  int group = 3;
  BigInt a = v.abs();
  switch (type) {
    case 'b': digits = a.to_base_pow2(2); prefix = "0b"; group = 4; break;
    case 'o': digits = a.to_base_pow2(8); prefix = "0o"; group = 4; break;
    case 'x': digits = a.to_base_pow2(16); prefix = "0x"; group = 4; break;
    case 'X':
      digits = a.to_base_pow2(16);
      for (char& c : digits) c = static_cast<char>(c >= 'a' ? c - 32 : c);
      prefix = "0X";
      group = 4;
      break;
    default: digits = a.to_string(); break;
  }
  if (!spec.alternate) prefix.clear();
  return finish_number(spec, sign_text(v.is_negative(), spec.sign), prefix, digits, "", group, true);
}

std::string format_int(const BigInt& v, std::string_view spec, std::string_view type_name) {
  if (spec.empty()) return v.to_string();
  return format_int(v, parse_format_spec(spec, 'd', type_name), type_name);
}

std::string format_float(double v, std::string_view spec, std::string_view type_name) {
  if (spec.empty()) return float_repr(v);
  return format_float(v, parse_format_spec(spec, 0, type_name), type_name);
}

std::string format_str(std::string_view s, std::string_view spec, std::string_view type_name) {
  if (spec.empty()) return std::string(s);
  return format_str(s, parse_format_spec(spec, 's', type_name), type_name);
}

}  // namespace loopscope::lang
