// lexer: see lexer.h. One pass over the source; next() is a loop that skips
// whitespace, comments and continuations, then dispatches on the first character.
#include "lang/lexer.h"

#include <cstdio>

namespace loopscope::lang {

namespace {

const char* const kKeywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break",
    "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
    "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
    "pass", "raise", "return", "try", "while", "with", "yield"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_ascii_ident_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

// Decodes one UTF-8 code point at s[i]; returns its length, or 0 when malformed.
int utf8_decode(std::string_view s, size_t i, uint32_t* cp) {
  auto b = static_cast<unsigned char>(s[i]);
  int len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
  if (len == 0 || i + len > s.size()) return 0;
  uint32_t v = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
  for (int k = 1; k < len; ++k) {
    auto c = static_cast<unsigned char>(s[i + k]);
    if ((c & 0xC0) != 0x80) return 0;
    v = (v << 6) | (c & 0x3F);
  }
  static const uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (v < kMin[len] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
  *cp = v;
  return len;
}

// Non-ASCII code points accepted in identifiers. CPython uses the XID tables; we
// accept everything except the usual punctuation, symbol and space blocks.
bool is_unicode_ident_char(uint32_t cp) {
  if (cp < 0x80) return false;
  if (cp >= 0x80 && cp <= 0xBF) return cp == 0xAA || cp == 0xB5 || cp == 0xBA || cp == 0xB7;
  if (cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp <= 0x206F) return cp == 0x203F || cp == 0x2040 || cp == 0x2054;
  if (cp >= 0x20A0 && cp <= 0x20CF) return false;  // currency
  if (cp >= 0x2190 && cp <= 0x2BFF) return false;  // arrows, math, technical, shapes
  if (cp >= 0x3000 && cp <= 0x3004) return false;
  if (cp >= 0x3008 && cp <= 0x3020) return false;
  if (cp >= 0xE000 && cp <= 0xF8FF) return false;  // private use
  if (cp >= 0xFE10 && cp <= 0xFE6F) return false;
  if (cp >= 0xFF01 && cp <= 0xFF0F) return false;
  if (cp >= 0xFFF0 && cp <= 0xFFFF) return false;
  if (cp >= 0x1F000 && cp <= 0x1FAFF) return false;  // emoji and pictographs
  return true;
}

bool is_string_prefix(std::string_view p) {
  if (p.size() > 2) return false;
  bool r = false, b = false, u = false, f = false;
  for (char c : p) {
    switch (c) {
      case 'r': case 'R': if (r) return false; r = true; break;
      case 'b': case 'B': if (b) return false; b = true; break;
      case 'u': case 'U': if (u) return false; u = true; break;
      case 'f': case 'F': if (f) return false; f = true; break;
      default: return false;
    }
  }
  if (u) return p.size() == 1;
  return !(b && f);
}

const char* const kOps3[] = {"**=", "//=", ">>=", "<<=", "..."};
const char* const kOps2[] = {"**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", "+=",
                             "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", ":="};
const char kOps1[] = "+-*/%@&|^~<>()[]{},:.;=";

}  // namespace

const char* token_kind_name(TokenKind k) {
  switch (k) {
    case TokenKind::Name: return "NAME";
    case TokenKind::Number: return "NUMBER";
    case TokenKind::String: return "STRING";
    case TokenKind::Op: return "OP";
    case TokenKind::Newline: return "NEWLINE";
    case TokenKind::Indent: return "INDENT";
    case TokenKind::Dedent: return "DEDENT";
    case TokenKind::EndMarker: return "ENDMARKER";
    case TokenKind::Error: return "ERRORTOKEN";
  }
  return "?";
}

bool is_keyword(std::string_view name) {
  for (const char* k : kKeywords) {
    if (name == k) return true;
  }
  return false;
}

std::string normalize_newlines(std::string_view source) {
  std::string out;
  out.reserve(source.size());
  for (size_t i = 0; i < source.size(); ++i) {
    if (source[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < source.size() && source[i + 1] == '\n') ++i;
    } else {
      out.push_back(source[i]);
    }
  }
  return out;
}

Lexer::Lexer(std::string_view source, int line_base, int col_base)
    : src_(source), line_base_(line_base), col_base_(col_base) {}

int Lexer::col_of(size_t p) const {
  int c = static_cast<int>(p - line_start_);
  return line_ == 1 ? c + col_base_ : c;
}

Token Lexer::make(TokenKind kind, size_t start, int start_line, int start_col) {
  Token t;
  t.kind = kind;
  t.text.assign(src_.substr(start, pos_ - start));
  t.line = start_line;
  t.col = start_col;
  t.end_line = line_no();
  t.end_col = col_of(pos_);
  t.level = static_cast<int>(brackets_.size());
  if (kind != TokenKind::Newline && kind != TokenKind::Indent && kind != TokenKind::Dedent) {
    line_has_tokens_ = true;
  }
  return t;
}

Token Lexer::fail(const char* type, std::string message, int line, int col, int end_col) {
  failed_ = true;
  error_.type = type;
  error_.message = std::move(message);
  error_.line = line;
  error_.col = col;
  error_.end_line = line;
  error_.end_col = end_col;
  Token t;
  t.kind = TokenKind::Error;
  t.text = error_.message;
  t.line = t.end_line = line;
  t.col = col;
  t.end_col = end_col < 0 ? col : end_col;
  return t;
}

Token Lexer::fail_here(std::string message, size_t at) {
  return fail("SyntaxError", std::move(message), line_no(), col_of(at));
}

// At the start of a physical line outside brackets: measures its indentation and
// queues INDENT/DEDENT tokens, skipping blank and comment-only lines. Returns false
// with *out set when an indentation error occurs.
bool Lexer::handle_line_start(Token* out) {
  while (true) {
    int col = 0, alt = 0;
    while (!at_end()) {
      char c = peek();
      if (c == ' ') {
        ++col, ++alt;
      } else if (c == '\t') {
        col = (col / 8 + 1) * 8;
        ++alt;
      } else if (c == '\f') {
        col = alt = 0;
      } else {
        break;
      }
      ++pos_;
    }
    char c = peek();
    if (c == '#') {
      while (!at_end() && peek() != '\n') ++pos_;
      c = peek();
    }
    if (at_end()) return true;  // blank last line: the end-of-input logic decides
    if (c == '\n') {            // blank line: no NEWLINE, no indentation change
      ++pos_;
      ++line_;
      line_start_ = pos_;
      continue;
    }
    if (c == '\\' && (peek(1) == '\n')) return true;  // a continuation line keeps the level
    at_line_start_ = false;
    if (col == indents_.back()) {
      if (alt != alt_indents_.back()) {
        *out = fail("TabError", "inconsistent use of tabs and spaces in indentation", line_no(), 0);
        return false;
      }
    } else if (col > indents_.back()) {
      if (static_cast<int>(indents_.size()) >= kMaxIndentLevels) {
        *out = fail("IndentationError", "too many levels of indentation", line_no(), col_of(pos_));
        return false;
      }
      if (alt <= alt_indents_.back()) {
        *out = fail("TabError", "inconsistent use of tabs and spaces in indentation", line_no(), 0);
        return false;
      }
      indents_.push_back(col);
      alt_indents_.push_back(alt);
      pending_indent_ = true;
    } else {
      while (indents_.size() > 1 && col < indents_.back()) {
        indents_.pop_back();
        alt_indents_.pop_back();
        ++pending_dedents_;
      }
      if (col != indents_.back()) {
        // CPython has read the whole line by then: it points at its end.
        size_t e = pos_;
        while (e < src_.size() && src_[e] != '\n') ++e;
        *out = fail("IndentationError", "unindent does not match any outer indentation level",
                    line_no(), col_of(e));
        return false;
      }
      if (alt != alt_indents_.back()) {
        *out = fail("TabError", "inconsistent use of tabs and spaces in indentation", line_no(), 0);
        return false;
      }
    }
    return true;
  }
}

Token Lexer::next() {
  if (failed_) {
    Token t;
    t.kind = TokenKind::Error;
    t.text = error_.message;
    t.line = t.end_line = error_.line;
    t.col = t.end_col = error_.col;
    return t;
  }
  if (ended_) {
    Token t;
    t.kind = TokenKind::EndMarker;
    t.line = t.end_line = line_no();
    return t;
  }
  while (true) {
    if (at_line_start_ && brackets_.empty()) {
      Token err;
      if (!handle_line_start(&err)) return err;
    }
    if (pending_dedents_ > 0 || pending_indent_) {
      Token t;
      t.kind = pending_indent_ ? TokenKind::Indent : TokenKind::Dedent;
      if (pending_indent_) {
        pending_indent_ = false;
      } else {
        --pending_dedents_;
      }
      t.line = t.end_line = line_no();
      t.col = t.end_col = col_of(pos_);
      return t;
    }
    while (!at_end() && (peek() == ' ' || peek() == '\t' || peek() == '\f')) ++pos_;
    if (at_end()) return lex_end();
    size_t start = pos_;
    char c = peek();
    if (c == '#') {
      comment_start_ = col_of(pos_);
      while (!at_end() && peek() != '\n') ++pos_;
      continue;
    }
    if (c == '\\') {
      if (peek(1) == '\n') {
        int l = line_no(), after = col_of(pos_ + 1);
        pos_ += 2;
        ++line_;
        line_start_ = pos_;
        if (at_end()) return fail("SyntaxError", "unexpected EOF while parsing", l, after);
        comment_start_ = -1;
        continue;
      }
      if (pos_ + 1 >= src_.size()) return fail_here("unexpected EOF while parsing", pos_ + 1);
      return fail("SyntaxError", "unexpected character after line continuation character",
                  line_no(), col_of(pos_ + 1));
    }
    if (c == '\n') {
      int l = line_no(), col = col_of(pos_);
      ++pos_;
      bool emit = brackets_.empty() && line_has_tokens_;
      Token t;
      if (emit) {
        // After a comment CPython's NEWLINE token starts where the comment did.
        t.kind = TokenKind::Newline;
        t.text = "\n";
        t.line = t.end_line = l;
        t.col = comment_start_ >= 0 ? comment_start_ : col;
        t.end_col = col + 1;
      }
      comment_start_ = -1;
      ++line_;
      line_start_ = pos_;
      at_line_start_ = brackets_.empty();
      if (emit) {
        line_has_tokens_ = false;
        return t;
      }
      continue;
    }
    if (c == '\0') {
      return fail_here("source code cannot contain null bytes", pos_);
    }
    if (is_ascii_ident_start(c) || static_cast<unsigned char>(c) >= 0x80) return lex_name(start);
    if (is_digit(c) || (c == '.' && is_digit(peek(1)))) return lex_number(start);
    if (c == '"' || c == '\'') return lex_string(start, line_no(), col_of(start));
    return lex_op(start);
  }
}

Token Lexer::lex_end() {
  if (!brackets_.empty()) {
    const Bracket& b = brackets_.back();
    return fail("SyntaxError", std::string("'") + b.ch + "' was never closed", b.line, b.col);
  }
  Token t;
  t.line = t.end_line = line_no();
  t.col = t.end_col = col_of(pos_);
  if (line_has_tokens_ && !eof_newline_done_) {
    // The last line had no "\n": CPython still ends it with an (empty) NEWLINE.
    eof_newline_done_ = true;
    line_has_tokens_ = false;
    t.kind = TokenKind::Newline;
    if (comment_start_ >= 0) t.col = comment_start_;
    return t;
  }
  if (indents_.size() > 1) {
    indents_.pop_back();
    alt_indents_.pop_back();
    t.kind = TokenKind::Dedent;
    return t;
  }
  ended_ = true;
  t.kind = TokenKind::EndMarker;
  return t;
}

Token Lexer::lex_name(size_t start) {
  int l = line_no(), col = col_of(start);
  while (!at_end()) {
    char c = peek();
    if (is_ascii_ident_start(c) || is_digit(c)) {
      ++pos_;
      continue;
    }
    if (static_cast<unsigned char>(c) < 0x80) break;
    uint32_t cp = 0;
    int len = utf8_decode(src_, pos_, &cp);
    if (len == 0) {
      return fail_here("(unicode error) 'utf-8' codec can't decode byte " +
                           [&] {
                             char buf[8];
                             std::snprintf(buf, sizeof buf, "0x%02x",
                                           static_cast<unsigned char>(c));
                             return std::string(buf);
                           }() + ": invalid start byte",
                       pos_);
    }
    if (!is_unicode_ident_char(cp)) {
      if (pos_ != start) break;
      char buf[64];
      bool printable = cp > 0xA0 && cp != 0xAD && !(cp >= 0x2000 && cp <= 0x200F) &&
                       !(cp >= 0x2028 && cp <= 0x202F) && cp != 0xFEFF;
      if (printable) {
        std::snprintf(buf, sizeof buf, "invalid character '%s' (U+%04X)",
                      std::string(src_.substr(pos_, len)).c_str(), cp);
      } else {
        std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", cp);
      }
      return fail_here(buf, pos_);
    }
    pos_ += len;
  }
  std::string_view word = src_.substr(start, pos_ - start);
  if ((peek() == '"' || peek() == '\'') && is_string_prefix(word)) {
    return lex_string(start, l, col);
  }
  return make(TokenKind::Name, start, l, col);
}

// After a number: a letter right behind it is an error, except for the keywords
// CPython still tolerates there (`1if x else y`, `0x1for`).
Token Lexer::number_end_check(size_t start, const char* kind) {
  char c = peek();
  if (is_ascii_ident_start(c) || is_digit(c) || static_cast<unsigned char>(c) >= 0x80) {
    static const char* const kAllowed[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
    for (const char* k : kAllowed) {
      if (src_.substr(pos_, std::string_view(k).size()) == k) {
        return make(TokenKind::Number, start, line_no(), col_of(start));
      }
    }
    // CPython points at the number's last character.
    return fail_here(std::string("invalid ") + kind + " literal", pos_ - 1);
  }
  return make(TokenKind::Number, start, line_no(), col_of(start));
}

Token Lexer::lex_number(size_t start) {
  // Digits with single underscores between them; returns false on a bad '_'.
  auto digits = [&](bool (*ok)(char)) {
    while (true) {
      while (ok(peek())) ++pos_;
      if (peek() != '_') return true;
      ++pos_;
      if (!ok(peek())) return false;
    }
  };
  auto dec = [](char c) { return is_digit(c); };
  char c = peek();
  if (c == '0' && (peek(1) == 'x' || peek(1) == 'X' || peek(1) == 'o' || peek(1) == 'O' ||
                   peek(1) == 'b' || peek(1) == 'B')) {
    char base = static_cast<char>(peek(1) | 0x20);
    pos_ += 2;
    bool (*ok)(char) = base == 'x' ? +[](char d) { return is_hex(d); }
                       : base == 'o' ? +[](char d) { return d >= '0' && d <= '7'; }
                                     : +[](char d) { return d == '0' || d == '1'; };
    const char* kind = base == 'x' ? "hexadecimal" : base == 'o' ? "octal" : "binary";
    if (peek() == '_') ++pos_;
    if (!ok(peek())) {
      if (is_digit(peek())) {
        return fail_here(std::string("invalid digit '") + peek() + "' in " + kind + " literal", pos_);
      }
      return fail_here(std::string("invalid ") + kind + " literal", pos_ - 1);
    }
    if (!digits(ok)) return fail_here(std::string("invalid ") + kind + " literal", pos_ - 1);
    if (is_digit(peek())) {
      return fail_here(std::string("invalid digit '") + peek() + "' in " + kind + " literal", pos_);
    }
    return number_end_check(start, kind);
  }
  bool is_float = false;
  if (c != '.') {
    if (!digits(dec)) return fail_here("invalid decimal literal", pos_ - 1);
  }
  if (peek() == '.') {
    ++pos_;
    is_float = true;
    if (is_digit(peek()) && !digits(dec)) return fail_here("invalid decimal literal", pos_ - 1);
  }
  if (peek() == 'e' || peek() == 'E') {
    size_t e = pos_;
    ++pos_;
    bool sign = peek() == '+' || peek() == '-';
    if (sign) ++pos_;
    if (!is_digit(peek())) {
      if (sign) return fail_here("invalid decimal literal", pos_ - 1);
      // `1e` is the number 1 followed by a name: fine before `else`, else an error.
      pos_ = e;
      return number_end_check(start, "decimal");
    }
    if (!digits(dec)) return fail_here("invalid decimal literal", pos_ - 1);
    is_float = true;
  }
  if (peek() == 'j' || peek() == 'J') {
    return fail_here("complex numbers are not supported", start);
  }
  if (!is_float && c == '0') {
    // "0", "00", "0_0" are fine; any other digit after leading zeros is not.
    std::string_view text = src_.substr(start, pos_ - start);
    if (text.find_first_not_of("0_") != std::string_view::npos) {
      return fail("SyntaxError",
                  "leading zeros in decimal integer literals are not permitted; use an 0o "
                  "prefix for octal integers",
                  line_no(), col_of(start), col_of(pos_));
    }
  }
  return number_end_check(start, "decimal");
}

Token Lexer::lex_string(size_t start, int start_line, int start_col) {
  char quote = peek();
  bool triple = peek(1) == quote && peek(2) == quote;
  pos_ += triple ? 3 : 1;
  while (true) {
    if (at_end()) {
      int detected = line_no();
      if (!src_.empty() && src_.back() == '\n') --detected;
      std::string msg = std::string(triple ? "unterminated triple-quoted string literal"
                                           : "unterminated string literal") +
                        " (detected at line " + std::to_string(detected) + ")";
      return fail("SyntaxError", msg, start_line, start_col);
    }
    char c = peek();
    if (c == '\\') {
      if (peek(1) == '\n') {
        pos_ += 2;
        ++line_;
        line_start_ = pos_;
      } else {
        pos_ += at_end() ? 1 : 2;
        if (pos_ > src_.size()) pos_ = src_.size();
      }
      continue;
    }
    if (c == '\n') {
      if (!triple) {
        std::string msg = "unterminated string literal (detected at line " +
                          std::to_string(line_no()) + ")";
        return fail("SyntaxError", msg, start_line, start_col);
      }
      ++pos_;
      ++line_;
      line_start_ = pos_;
      continue;
    }
    if (c == quote && (!triple || (peek(1) == quote && peek(2) == quote))) {
      pos_ += triple ? 3 : 1;
      return make(TokenKind::String, start, start_line, start_col);
    }
    ++pos_;
  }
}

Token Lexer::lex_op(size_t start) {
  int l = line_no(), col = col_of(start);
  size_t len = 0;
  for (const char* op : kOps3) {
    if (src_.substr(pos_, 3) == op) len = 3;
  }
  if (len == 0) {
    for (const char* op : kOps2) {
      if (src_.substr(pos_, 2) == op) len = 2;
    }
  }
  char c = peek();
  if (len == 0) {
    for (const char* p = kOps1; *p; ++p) {
      if (*p == c) len = 1;
    }
  }
  if (len == 0) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X",
                    static_cast<unsigned>(static_cast<unsigned char>(c)));
      return fail_here(buf, pos_);
    }
    // '!', '$', '?', '`': CPython's parser reports these as plain invalid syntax.
    return fail("SyntaxError", "invalid syntax", l, col, col + 1);
  }
  pos_ += len;
  if (c == '(' || c == '[' || c == '{') {
    if (static_cast<int>(brackets_.size()) >= kMaxBracketLevels) {
      return fail("SyntaxError", "too many nested parentheses", l, col);
    }
    brackets_.push_back({c, l, col});
  } else if (c == ')' || c == ']' || c == '}') {
    if (brackets_.empty()) return fail("SyntaxError", std::string("unmatched '") + c + "'", l, col);
    Bracket open = brackets_.back();
    char want = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
    if (c != want) {
      std::string msg = std::string("closing parenthesis '") + c +
                        "' does not match opening parenthesis '" + open.ch + "'";
      if (open.line != l) msg += " on line " + std::to_string(open.line);
      return fail("SyntaxError", msg, l, col);
    }
    brackets_.pop_back();
  }
  return make(TokenKind::Op, start, l, col);
}

std::vector<Token> tokenize(std::string_view source, LexError* error) {
  std::string norm = normalize_newlines(source);
  Lexer lx(norm);
  std::vector<Token> out;
  while (true) {
    out.push_back(lx.next());
    if (out.back().kind == TokenKind::Error) {
      if (error) *error = lx.error();
      break;
    }
    if (out.back().kind == TokenKind::EndMarker) break;
  }
  return out;
}

}  // namespace loopscope::lang
