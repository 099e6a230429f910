// printf-style formatting: parsing of "%[(key)][flags][width][.precision]type"
// and the numeric conversions. Padding rules: '-' beats '0'; zero padding goes
// after the sign and the 0x/0o prefix; precision on ints is a minimum digit count.
#include "lang/percent_format.h"

#include <cmath>
#include <cstdio>

#include "lang/number_format.h"

namespace loopscope::lang {

namespace {

// Pads sign+prefix+body to the width as printf does.
std::string pad(const PercentSpec& spec, const std::string& sign, const std::string& prefix,
                const std::string& body, bool zero_ok) {
  int64_t len = static_cast<int64_t>(sign.size() + prefix.size() + utf8_length(body));
  int64_t n = spec.width > len ? spec.width - len : 0;
  if (spec.left) return sign + prefix + body + std::string(n, ' ');
  if (spec.zero && zero_ok) return sign + prefix + std::string(n, '0') + body;
  return std::string(n, ' ') + sign + prefix + body;
}

std::string sign_of(bool negative, const PercentSpec& spec) {
  return negative ? "-" : spec.plus ? "+" : spec.space ? " " : "";
}

}  // namespace

std::string percent_format_int(const BigInt& v, const PercentSpec& spec) {
  BigInt a = v.abs();
  std::string digits, prefix;
  switch (spec.conversion) {
    case 'o': digits = a.to_base_pow2(8); if (spec.alt) prefix = "0o"; break;
    case 'x': digits = a.to_base_pow2(16); if (spec.alt) prefix = "0x"; break;
    case 'X':
      digits = a.to_base_pow2(16);
      for (char& c : digits) c = static_cast<char>(c >= 'a' ? c - 32 : c);
      if (spec.alt) prefix = "0X";
      break;
    default: digits = a.to_string(); break;
  }
  if (spec.precision > static_cast<int64_t>(digits.size())) {
    digits.insert(0, static_cast<size_t>(spec.precision) - digits.size(), '0');
  }
  return pad(spec, sign_of(v.is_negative(), spec), prefix, digits, true);
}

std::string percent_format_float(double v, const PercentSpec& spec) {
  int precision = spec.precision < 0 ? 6 : static_cast<int>(spec.precision);
  bool negative = std::signbit(v) && !std::isnan(v);
  std::string body = float_to_text(std::fabs(v), spec.conversion, precision, spec.alt, false);
  return pad(spec, sign_of(negative, spec), "", body, true);
}

std::string percent_format_str(std::string_view s, const PercentSpec& spec) {
  std::string text(s);
  if (spec.precision >= 0 && utf8_length(text) > static_cast<size_t>(spec.precision)) {
    size_t cps = 0, i = 0;
    for (; i < text.size(); ++i) {
      if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
        if (cps == static_cast<size_t>(spec.precision)) break;
        ++cps;
      }
    }
    text.resize(i);
  }
  return pad(spec, "", "", text, false);
}

std::string percent_format_char(const BigInt& cp, const PercentSpec& spec) {
  if (cp.is_negative() || cp.bit_length() > 21 || cp.to_int64() > 0x10FFFF) {
    throw NumberError(NumberError::Kind::Overflow, "%c arg not in range(0x110000)");
  }
  std::string ch;
  append_utf8(&ch, static_cast<uint32_t>(cp.to_int64()));
  return pad(spec, "", "", ch, false);
}

std::string percent_format(std::string_view fmt, PercentArgs& args) {
  std::string out;
  size_t i = 0;
  auto incomplete = [] { throw NumberError(NumberError::Kind::Value, "incomplete format"); };
  while (i < fmt.size()) {
    char c = fmt[i];
    if (c != '%') {
      out.push_back(c);
      ++i;
      continue;
    }
    if (++i >= fmt.size()) incomplete();
    if (fmt[i] == '%') {
      out.push_back('%');
      ++i;
      continue;
    }
    PercentSpec spec;
    if (fmt[i] == '(') {
      // A key may contain balanced parentheses, as in CPython.
      int depth = 1;
      size_t start = ++i;
      while (i < fmt.size() && depth > 0) {
        if (fmt[i] == '(') ++depth;
        if (fmt[i] == ')') --depth;
        ++i;
      }
      if (depth > 0) throw NumberError(NumberError::Kind::Value, "incomplete format key");
      args.select_key(fmt.substr(start, i - 1 - start));
    }
    for (; i < fmt.size(); ++i) {
      char f = fmt[i];
      if (f == '-') spec.left = true;
      else if (f == '+') spec.plus = true;
      else if (f == ' ') spec.space = true;
      else if (f == '#') spec.alt = true;
      else if (f == '0') spec.zero = true;
      else break;
    }
    auto number = [&](int64_t* out_value, bool allow_star) {
      if (i < fmt.size() && fmt[i] == '*' && allow_star) {
        *out_value = args.next_star();
        ++i;
        return;
      }
      int64_t v = -1;
      while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
        if (v > (INT64_MAX - 9) / 10) throw NumberError(NumberError::Kind::Value, "width too big");
        v = (v < 0 ? 0 : v) * 10 + (fmt[i] - '0');
        ++i;
      }
      // A width that fits but cannot be allocated: CPython's MemoryError.
      if (v > 100000000) throw NumberError(NumberError::Kind::Memory, "");
      *out_value = v;
    };
    bool star_width = i < fmt.size() && fmt[i] == '*';
    number(&spec.width, true);
    if (star_width && spec.width < 0) {
      // A negative '*' width means left alignment, as in C.
      spec.left = true;
      spec.width = -spec.width;
    }
    if (i < fmt.size() && fmt[i] == '.') {
      ++i;
      number(&spec.precision, true);
      if (spec.precision < 0) spec.precision = 0;
    }
    if (i >= fmt.size()) incomplete();
    char conv = fmt[i];
    switch (conv) {
      case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': case 'e': case 'E': case 'f': case 'F':
      case 'g': case 'G': case 'c': case 's': case 'r': case 'a':
        spec.conversion = conv;
        break;
      case '%':
        // CPython treats "%5%" as a conversion that still consumes an argument slot.
        spec.conversion = '%';
        break;
      case 'b':
        if (args.bytes_template()) {  // %b only in bytes % args
          spec.conversion = conv;
          break;
        }
        [[fallthrough]];
      default: {
        char buf[96];
        snprintf(buf, sizeof buf, "unsupported format character '%c' (0x%x) at index %zu",
                 conv, static_cast<unsigned>(static_cast<unsigned char>(conv)), i);
        throw NumberError(NumberError::Kind::Value, buf);
      }
    }
    ++i;
    out += args.convert(spec);
  }
  return out;
}

}  // namespace loopscope::lang
