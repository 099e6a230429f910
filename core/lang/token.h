// token: what the lexer hands the parser. Start reading at struct Token; the lexer
// is in lexer.h. Keywords are Name tokens (the parser decides, which also keeps the
// soft keywords `match`/`case`/`_` ordinary names).
#pragma once

#include <cstdint>
#include <string>

namespace loopscope::lang {

enum class TokenKind : uint8_t {
  Name,       // identifier or keyword
  Number,     // text is the literal as written (underscores included)
  String,     // text is the whole literal, prefix and quotes included; f-strings too
  Op,         // operator or delimiter, text is its spelling
  Newline,    // end of a logical line (text "\n", or "" at end of input)
  Indent,
  Dedent,
  EndMarker,
  Error,      // the lexer stopped; Lexer::error() says why
};

// Positions: 1-based lines, 0-based columns counted in UTF-8 bytes as CPython's
// tokenizer and ast do; end_col is exclusive.
struct Token {
  TokenKind kind = TokenKind::EndMarker;
  std::string text;
  int line = 0;
  int col = 0;
  int end_line = 0;
  int end_col = 0;
  int level = 0;  // bracket nesting at the token's start (0 outside brackets)

  bool is_op(const char* s) const { return kind == TokenKind::Op && text == s; }
  bool is_name(const char* s) const { return kind == TokenKind::Name && text == s; }
};

const char* token_kind_name(TokenKind k);

}  // namespace loopscope::lang
