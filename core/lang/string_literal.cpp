// string_literal: see string_literal.h. Escapes follow the Python reference:
// \newline \\ \' \" \a \b \f \n \r \t \v \ooo \xhh, and for str \uXXXX \UXXXXXXXX;
// unknown escapes keep their backslash (CPython only warns). \N{name} needs the
// Unicode name database, which we do not carry: it is a clear error instead.
#include "lang/string_literal.h"

#include <cstdio>

namespace loopscope::lang {

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

void append_code_point(std::string* out, uint32_t cp) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

StringToken split_string_token(std::string_view text) {
  StringToken st;
  size_t i = 0;
  while (i < text.size() && text[i] != '\'' && text[i] != '"') {
    switch (text[i] | 0x20) {
      case 'r': st.is_raw = true; break;
      case 'b': st.is_bytes = true; break;
      case 'f': st.is_fstring = true; break;
      case 'u': st.is_u = true; break;
      default: break;
    }
    ++i;
  }
  if (i >= text.size()) return st;
  char q = text[i];
  size_t qlen = (i + 2 < text.size() && text[i + 1] == q && text[i + 2] == q &&
                 text.size() - i >= 6)
                    ? 3
                    : 1;
  st.body_offset = i + qlen;
  st.body = text.substr(st.body_offset, text.size() - st.body_offset - qlen);
  return st;
}

bool decode_escapes(std::string_view body, bool is_bytes, std::string* out, std::string* error) {
  out->clear();
  out->reserve(body.size());
  // Byte position in the decoded-so-far sense, as CPython's codec messages use it.
  auto unicode_error = [&](size_t start, size_t end, const char* what) {
    char buf[160];
    if (is_bytes) {
      std::snprintf(buf, sizeof buf, "(value error) invalid \\x escape at position %zu", start);
    } else {
      std::snprintf(buf, sizeof buf,
                    "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                    "%zu-%zu: %s",
                    start, end, what);
    }
    *error = buf;
    return false;
  };
  for (size_t i = 0; i < body.size();) {
    char c = body[i];
    if (c != '\\') {
      if (is_bytes && static_cast<unsigned char>(c) >= 0x80) {
        *error = "bytes can only contain ASCII literal characters";
        return false;
      }
      out->push_back(c);
      ++i;
      continue;
    }
    size_t start = i;
    if (i + 1 >= body.size()) {  // cannot happen for lexer output, be safe anyway
      out->push_back('\\');
      break;
    }
    char e = body[i + 1];
    i += 2;
    switch (e) {
      case '\n': break;
      case '\\': out->push_back('\\'); break;
      case '\'': out->push_back('\''); break;
      case '"': out->push_back('"'); break;
      case 'a': out->push_back('\a'); break;
      case 'b': out->push_back('\b'); break;
      case 'f': out->push_back('\f'); break;
      case 'n': out->push_back('\n'); break;
      case 'r': out->push_back('\r'); break;
      case 't': out->push_back('\t'); break;
      case 'v': out->push_back('\v'); break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        uint32_t v = static_cast<uint32_t>(e - '0');
        for (int k = 0; k < 2 && i < body.size() && body[i] >= '0' && body[i] <= '7'; ++k) {
          v = v * 8 + static_cast<uint32_t>(body[i++] - '0');
        }
        if (is_bytes) {
          out->push_back(static_cast<char>(v & 0xFF));
        } else {
          append_code_point(out, v);
        }
        break;
      }
      case 'x': case 'u': case 'U': {
        if (is_bytes && e != 'x') {
          out->push_back('\\');
          out->push_back(e);
          break;
        }
        int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        uint32_t v = 0;
        for (int k = 0; k < n; ++k) {
          int h = i < body.size() ? hex_value(body[i]) : -1;
          if (h < 0) {
            const char* what = e == 'x'   ? "truncated \\xXX escape"
                               : e == 'u' ? "truncated \\uXXXX escape"
                                          : "truncated \\UXXXXXXXX escape";
            return unicode_error(start, i - 1, what);
          }
          v = v * 16 + static_cast<uint32_t>(h);
          ++i;
        }
        if (is_bytes) {
          out->push_back(static_cast<char>(v));
        } else if (v > 0x10FFFF) {
          return unicode_error(start, i - 1, "illegal Unicode character");
        } else {
          append_code_point(out, v);
        }
        break;
      }
      case 'N':
        if (!is_bytes) {
          *error = "(unicode error) \\N{...} escapes are not supported";
          return false;
        }
        [[fallthrough]];
      default:
        // An unknown escape keeps its backslash (a DeprecationWarning in CPython).
        out->push_back('\\');
        i = start + 1;
        break;
    }
  }
  return true;
}

}  // namespace loopscope::lang
