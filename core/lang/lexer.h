// lexer: Python 3.11 source -> tokens, one at a time, so that a syntax error early in
// a file is reported before a tokenizer error later in it (as CPython does). Tracks
// indentation (INDENT/DEDENT), bracket nesting (implicit line joining) and
// backslash continuations. String literals, f-strings included, are one token each;
// their contents are decoded by string_literal.h and parser.cpp.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lang/token.h"

namespace loopscope::lang {

// A tokenizer error. col/end_col are 0-based byte columns; end_col -1 when unknown.
struct LexError {
  std::string type = "SyntaxError";  // or IndentationError, TabError
  std::string message;
  int line = 0;
  int col = 0;
  int end_line = 0;
  int end_col = -1;
};

// CPython's limits, enforced by its tokenizer the same way.
inline constexpr int kMaxIndentLevels = 100;   // "too many levels of indentation"
inline constexpr int kMaxBracketLevels = 200;  // "too many nested parentheses"

// Source with "\r\n" and lone "\r" turned into "\n", as CPython reads source text.
std::string normalize_newlines(std::string_view source);

class Lexer {
 public:
  // source must already be normalized. line_base/col_base shift every position
  // (f-string expressions are lexed out of the enclosing token); col_base applies
  // to the first line only.
  explicit Lexer(std::string_view source, int line_base = 0, int col_base = 0);

  // The next token. After EndMarker or Error, keeps returning the same kind.
  Token next();
  // Valid once next() returned an Error token.
  const LexError& error() const { return error_; }

 private:
  struct Bracket {
    char ch;
    int line;
    int col;
  };

  char peek(size_t ahead = 0) const {
    return pos_ + ahead < src_.size() ? src_[pos_ + ahead] : '\0';
  }
  bool at_end() const { return pos_ >= src_.size(); }
  int col_of(size_t p) const;
  int line_no() const { return line_ + line_base_; }
  Token make(TokenKind kind, size_t start, int start_line, int start_col);
  Token fail(const char* type, std::string message, int line, int col, int end_col = -1);
  Token fail_here(std::string message, size_t at);

  bool handle_line_start(Token* out);
  Token lex_name(size_t start);
  Token lex_number(size_t start);
  Token lex_string(size_t start, int start_line, int start_col);
  Token lex_op(size_t start);
  Token lex_end();
  Token number_end_check(size_t start, const char* kind);

  std::string_view src_;
  size_t pos_ = 0;
  int line_ = 1;           // current line, before line_base_
  size_t line_start_ = 0;  // byte offset of the current line's start
  int line_base_ = 0;
  int col_base_ = 0;
  bool at_line_start_ = true;
  bool line_has_tokens_ = false;  // a token was emitted on this logical line
  std::vector<int> indents_{0};
  std::vector<int> alt_indents_{0};  // same with tabs counted as one column (TabError)
  int pending_dedents_ = 0;
  bool pending_indent_ = false;
  std::vector<Bracket> brackets_;
  bool failed_ = false;
  bool ended_ = false;
  bool eof_newline_done_ = false;
  int comment_start_ = -1;  // column of a comment read on the current line, or -1
  LexError error_;
};

// Convenience for tests: every token up to EndMarker (or the Error token).
std::vector<Token> tokenize(std::string_view source, LexError* error = nullptr);

// The Python keywords (not the soft ones).
bool is_keyword(std::string_view name);

}  // namespace loopscope::lang
