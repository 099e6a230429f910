// string_literal: the pieces of a STRING token (prefix flags, body) and the decoding
// of backslash escapes, shared by the parser's plain strings and f-string literals.
#pragma once

#include <string>
#include <string_view>

namespace loopscope::lang {

struct StringToken {
  bool is_bytes = false;
  bool is_raw = false;
  bool is_fstring = false;
  bool is_u = false;        // the u prefix (ast.dump shows kind='u')
  std::string_view body;    // between the quotes
  size_t body_offset = 0;   // offset of body in the token text
};

// Splits a STRING token's text (as produced by the lexer, so well formed).
StringToken split_string_token(std::string_view text);

// Decodes escapes of a non-raw literal body into UTF-8 (str; surrogates encoded
// like any other code point) or raw bytes. On failure returns false with CPython's
// message in *error.
bool decode_escapes(std::string_view body, bool is_bytes, std::string* out, std::string* error);

// Appends code point cp (surrogates allowed) as UTF-8.
void append_code_point(std::string* out, uint32_t cp);

}  // namespace loopscope::lang
