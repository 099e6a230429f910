// The three codecs and their error handlers (see text_codecs.h).
#include "lang/text_codecs.h"

#include <cctype>
#include <cstdio>

#include "lang/number_format.h"
#include "lang/runtime_state.h"
#include "lang/unicode_chars.h"

namespace loopscope::lang {

namespace {

enum class Codec { Utf8, Ascii, Latin1 };

// Python's codec lookup: case and '-'/' '/'_' do not matter, then the aliases.
Codec codec_named(const std::string& name) {
  std::string key;
  for (char c : name) key += c == '-' || c == ' ' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* n : {"utf_8", "utf8", "u8", "utf", "cp65001"})
    if (key == n) return Codec::Utf8;
  for (const char* n : {"ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "cp367", "iso646_us"})
    if (key == n) return Codec::Ascii;
  for (const char* n : {"latin_1", "latin1", "latin", "iso_8859_1", "iso8859_1", "8859", "cp819", "l1", "iso_ir_100"})
    if (key == n) return Codec::Latin1;
  raise(types().LookupError, "unknown encoding: " + name);
}

const char* codec_label(Codec c) { return c == Codec::Utf8 ? "utf-8" : c == Codec::Ascii ? "ascii" : "latin-1"; }

[[noreturn]] void unknown_handler(const std::string& errors) {
  raise(types().LookupError, "unknown error handler name '" + errors + "'");
}

std::string char_repr(char32_t c) {
  char buf[16];
  if (c <= 0xFF) std::snprintf(buf, sizeof buf, "'\\x%02x'", static_cast<unsigned>(c));
  else if (c <= 0xFFFF) std::snprintf(buf, sizeof buf, "'\\u%04x'", static_cast<unsigned>(c));
  else std::snprintf(buf, sizeof buf, "'\\U%08x'", static_cast<unsigned>(c));
  return buf;
}

std::string unquoted(const std::string& quoted) { return quoted.substr(1, quoted.size() - 2); }

// The bytes of a well-formed UTF-8 sequence at s[i], or 0; *valid_prefix gets how many
// of its bytes were valid before the sequence broke (CPython's maximal subpart).
size_t utf8_sequence(const std::string& s, size_t i, size_t* valid_prefix) {
  auto b = static_cast<unsigned char>(s[i]);
  *valid_prefix = 0;
  if (b < 0x80) return 1;
  size_t len;
  unsigned char lo = 0x80, hi = 0xBF;  // the range of the second byte
  if (b >= 0xC2 && b <= 0xDF) len = 2;
  else if (b >= 0xE0 && b <= 0xEF) len = 3, lo = b == 0xE0 ? 0xA0 : 0x80, hi = b == 0xED ? 0x9F : 0xBF;
  else if (b >= 0xF0 && b <= 0xF4) len = 4, lo = b == 0xF0 ? 0x90 : 0x80, hi = b == 0xF4 ? 0x8F : 0xBF;
  else return 0;  // invalid start byte: prefix 0
  *valid_prefix = 1;
  for (size_t k = 1; k < len; ++k) {
    if (i + k >= s.size()) return 0;
    auto c = static_cast<unsigned char>(s[i + k]);
    if (c < (k == 1 ? lo : 0x80) || c > (k == 1 ? hi : 0xBF)) return 0;
    ++*valid_prefix;
  }
  return len;
}

[[noreturn]] void decode_error(Codec codec, const std::string& s, size_t start, size_t end, const char* reason) {
  char buf[200];
  if (end == start + 1)
    std::snprintf(buf, sizeof buf, "'%s' codec can't decode byte 0x%02x in position %zu: %s", codec_label(codec),
                  static_cast<unsigned>(static_cast<unsigned char>(s[start])), start, reason);
  else
    std::snprintf(buf, sizeof buf, "'%s' codec can't decode bytes in position %zu-%zu: %s", codec_label(codec), start,
                  end - 1, reason);
  raise(rt().exception_types.at("UnicodeDecodeError"), buf);
}

}  // namespace

std::string codec_arg(Args& a, size_t index, const char* name, const char* fname, const char* dflt) {
  const Value* v = a.n > index ? &a[index] : a.keyword(name);
  if (!v) return dflt;
  if (!is_str(*v)) type_error(std::string(fname) + "() argument '" + name + "' must be str, not " + type_name(*v));
  return str_of(*v);
}
std::string encode_text(const std::string& text, const std::string& encoding, const std::string& errors) {
  Codec codec = codec_named(encoding);
  if (codec == Codec::Utf8) return text;
  char32_t limit = codec == Codec::Ascii ? 0x80 : 0x100;
  std::string out;
  size_t pos = 0;  // in code points, for the error message
  for (size_t i = 0; i < text.size(); ++pos) {
    char32_t c = next_code_point(text, &i);
    if (c < limit) {
      out += static_cast<char>(c);
      continue;
    }
    if (errors == "strict") {
      // The error covers the run of characters the codec cannot encode.
      size_t end = pos + 1;
      for (size_t j = i; j < text.size() && next_code_point(text, &j) >= limit;) ++end;
      std::string where = end == pos + 1 ? "character " + char_repr(c) + " in position " + std::to_string(pos)
                                         : "characters in position " + std::to_string(pos) + "-" + std::to_string(end - 1);
      raise(rt().exception_types.at("UnicodeEncodeError"), std::string("'") + codec_label(codec) +
                                                                "' codec can't encode " + where + ": ordinal not in range(" +
                                                                std::to_string(limit) + ")");
    }
    if (errors == "ignore") continue;
    if (errors == "replace") out += '?';
    else if (errors == "backslashreplace") out += unquoted(char_repr(c));
    else unknown_handler(errors);
  }
  return out;
}

std::string decode_bytes(const std::string& s, const std::string& encoding, const std::string& errors) {
  Codec codec = codec_named(encoding);
  std::string out;
  for (size_t i = 0; i < s.size();) {
    auto b = static_cast<unsigned char>(s[i]);
    size_t len = 1, bad = 0;  // bytes consumed; bytes in error
    const char* reason = "";
    if (codec == Codec::Latin1 || b < 0x80) {
      append_utf8(&out, b);
    } else if (codec == Codec::Ascii) {
      bad = 1, reason = "ordinal not in range(128)";
    } else {
      size_t prefix;
      len = utf8_sequence(s, i, &prefix);
      if (len) out.append(s, i, len);
      else if (prefix == 0) bad = 1, reason = "invalid start byte";
      else if (i + prefix >= s.size()) bad = prefix, reason = "unexpected end of data";
      else bad = prefix, reason = "invalid continuation byte";
    }
    if (bad) {
      if (errors == "strict") decode_error(codec, s, i, i + bad, reason);
      if (errors == "replace") out += "\xEF\xBF\xBD";
      else if (errors != "ignore") unknown_handler(errors);
      len = bad;
    }
    i += len;
  }
  return out;
}

}  // namespace loopscope::lang
