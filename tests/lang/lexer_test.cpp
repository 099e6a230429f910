// Lexer tests: token kinds, spellings and positions, indentation, every literal
// kind and the tokenizer's error messages (CPython 3.11 wording).
#include "lang/lexer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lang/string_literal.h"

namespace loopscope::lang {
namespace {

// "KIND:text" for each token, Newline/Indent/Dedent/EndMarker without text.
std::vector<std::string> kinds(std::string_view src) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(src)) {
    std::string s = token_kind_name(t.kind);
    if (t.kind == TokenKind::Name || t.kind == TokenKind::Number ||
        t.kind == TokenKind::String || t.kind == TokenKind::Op || t.kind == TokenKind::Error) {
      s += ":" + t.text;
    }
    out.push_back(s);
  }
  return out;
}

LexError lex_error(std::string_view src) {
  LexError e;
  auto toks = tokenize(src, &e);
  EXPECT_EQ(toks.back().kind, TokenKind::Error) << src;
  return e;
}

using V = std::vector<std::string>;

// A simple statement ends with NEWLINE then ENDMARKER.
TEST(LexerTest, SimpleStatement) {
  EXPECT_EQ(kinds("x = 1\n"), (V{"NAME:x", "OP:=", "NUMBER:1", "NEWLINE", "ENDMARKER"}));
}

// Input without a trailing newline still gets a NEWLINE; empty input only ENDMARKER.
TEST(LexerTest, NoTrailingNewlineAndEmpty) {
  EXPECT_EQ(kinds("x"), (V{"NAME:x", "NEWLINE", "ENDMARKER"}));
  EXPECT_EQ(kinds(""), (V{"ENDMARKER"}));
  EXPECT_EQ(kinds("\n\n  # c\n"), (V{"ENDMARKER"}));
}

// Positions are 1-based lines and 0-based byte columns with exclusive ends.
TEST(LexerTest, Positions) {
  auto toks = tokenize("if a:\n    bb = 'x\\\ny'\n");
  ASSERT_GE(toks.size(), 9u);
  EXPECT_EQ(toks[1].text, "a");
  EXPECT_EQ(toks[1].line, 1);
  EXPECT_EQ(toks[1].col, 3);
  EXPECT_EQ(toks[1].end_col, 4);
  EXPECT_EQ(toks[4].kind, TokenKind::Indent);
  EXPECT_EQ(toks[5].text, "bb");
  EXPECT_EQ(toks[5].line, 2);
  EXPECT_EQ(toks[5].col, 4);
  EXPECT_EQ(toks[7].kind, TokenKind::String);
  EXPECT_EQ(toks[7].line, 2);
  EXPECT_EQ(toks[7].col, 9);
  EXPECT_EQ(toks[7].end_line, 3);
  EXPECT_EQ(toks[7].end_col, 2);
}

// Indentation produces INDENT and DEDENT; blank and comment lines do not count.
TEST(LexerTest, Indentation) {
  EXPECT_EQ(kinds("if a:\n  b\n\n    # c\n  c\nd\n"),
            (V{"NAME:if", "NAME:a", "OP::", "NEWLINE", "INDENT", "NAME:b", "NEWLINE", "NAME:c",
               "NEWLINE", "DEDENT", "NAME:d", "NEWLINE", "ENDMARKER"}));
  // Dedents pending at the end of input come before ENDMARKER.
  EXPECT_EQ(kinds("if a:\n if b:\n  c"),
            (V{"NAME:if", "NAME:a", "OP::", "NEWLINE", "INDENT", "NAME:if", "NAME:b", "OP::",
               "NEWLINE", "INDENT", "NAME:c", "NEWLINE", "DEDENT", "DEDENT", "ENDMARKER"}));
}

// A tab advances to the next multiple of 8, so 8 spaces and a tab are one level.
TEST(LexerTest, TabsAreMultiplesOfEight) {
  auto k = kinds("if a:\n\tb\n\tc\n");
  EXPECT_EQ(k[4], "INDENT");
  EXPECT_EQ(k[7], "NAME:c");
  LexError e = lex_error("if a:\n        b\n\tc\n");
  EXPECT_EQ(e.type, "TabError");
  EXPECT_EQ(e.message, "inconsistent use of tabs and spaces in indentation");
}

// A dedent to a column never used is an IndentationError.
TEST(LexerTest, InconsistentDedent) {
  LexError e = lex_error("if x:\n    a\n  b\n");
  EXPECT_EQ(e.type, "IndentationError");
  EXPECT_EQ(e.message, "unindent does not match any outer indentation level");
  EXPECT_EQ(e.line, 3);
}

// Inside brackets newlines and indentation are ignored; backslash joins lines.
TEST(LexerTest, ImplicitAndExplicitJoining) {
  EXPECT_EQ(kinds("x = (1,\n     2)\ny = 1 + \\\n  2\n"),
            (V{"NAME:x", "OP:=", "OP:(", "NUMBER:1", "OP:,", "NUMBER:2", "OP:)", "NEWLINE",
               "NAME:y", "OP:=", "NUMBER:1", "OP:+", "NUMBER:2", "NEWLINE", "ENDMARKER"}));
}

// CRLF line endings behave like LF.
TEST(LexerTest, CrLf) {
  EXPECT_EQ(kinds("if a:\r\n  b\r\n"), kinds("if a:\n  b\n"));
}

// Every operator is one token, longest match first.
TEST(LexerTest, Operators) {
  EXPECT_EQ(kinds("a := b -> c **= d //= e @ f ... g >>= h <<= i != j"),
            (V{"NAME:a", "OP::=", "NAME:b", "OP:->", "NAME:c", "OP:**=", "NAME:d", "OP://=",
               "NAME:e", "OP:@", "NAME:f", "OP:...", "NAME:g", "OP:>>=", "NAME:h", "OP:<<=",
               "NAME:i", "OP:!=", "NAME:j", "NEWLINE", "ENDMARKER"}));
}

// Numbers in every base, with underscores, floats and exponents.
TEST(LexerTest, Numbers) {
  EXPECT_EQ(kinds("0x1F 0o17 0b1_0 1_000 3.14 .5 1. 1e10 1E-3 0 00 0_0"),
            (V{"NUMBER:0x1F", "NUMBER:0o17", "NUMBER:0b1_0", "NUMBER:1_000", "NUMBER:3.14",
               "NUMBER:.5", "NUMBER:1.", "NUMBER:1e10", "NUMBER:1E-3", "NUMBER:0", "NUMBER:00",
               "NUMBER:0_0", "NEWLINE", "ENDMARKER"}));
  // `1if` is still a number followed by a keyword, as in CPython.
  EXPECT_EQ(kinds("1if x else 2")[1], "NAME:if");
}

// Number errors use CPython's messages.
TEST(LexerTest, NumberErrors) {
  EXPECT_EQ(lex_error("0x").message, "invalid hexadecimal literal");
  EXPECT_EQ(lex_error("0b2").message, "invalid digit '2' in binary literal");
  EXPECT_EQ(lex_error("0o8").message, "invalid digit '8' in octal literal");
  EXPECT_EQ(lex_error("1_").message, "invalid decimal literal");
  EXPECT_EQ(lex_error("1__0").message, "invalid decimal literal");
  EXPECT_EQ(lex_error("1z").message, "invalid decimal literal");
  EXPECT_EQ(lex_error("08").message,
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix "
            "for octal integers");
  EXPECT_EQ(lex_error("1j").message, "complex numbers are not supported");
}

// Strings with every prefix and quote style are single tokens.
TEST(LexerTest, Strings) {
  EXPECT_EQ(kinds("'a' \"b\" '''c\nd''' r'\\'' b'x' Rb'y' bR'z' f'{x}' rF'{y}' u'w' \"\"\"q\"\"\""),
            (V{"STRING:'a'", "STRING:\"b\"", "STRING:'''c\nd'''", "STRING:r'\\''", "STRING:b'x'",
               "STRING:Rb'y'", "STRING:bR'z'", "STRING:f'{x}'", "STRING:rF'{y}'", "STRING:u'w'",
               "STRING:\"\"\"q\"\"\"", "NEWLINE", "ENDMARKER"}));
  // Not a prefix: a name followed by a string.
  EXPECT_EQ(kinds("bu'x'")[0], "NAME:bu");
}

// Unterminated strings report where the literal starts and where it was noticed.
TEST(LexerTest, UnterminatedStrings) {
  LexError e = lex_error("x = 'abc\n");
  EXPECT_EQ(e.message, "unterminated string literal (detected at line 1)");
  EXPECT_EQ(e.col, 4);
  e = lex_error("x = '''ab\nc\n");
  EXPECT_EQ(e.message, "unterminated triple-quoted string literal (detected at line 2)");
  EXPECT_EQ(e.line, 1);
}

// Bracket errors: never closed, unmatched, mismatched, too deep.
TEST(LexerTest, BracketErrors) {
  EXPECT_EQ(lex_error("foo(a, [1,2\n").message, "'[' was never closed");
  EXPECT_EQ(lex_error("x = )").message, "unmatched ')'");
  EXPECT_EQ(lex_error("x = (]").message,
            "closing parenthesis ']' does not match opening parenthesis '('");
  EXPECT_EQ(lex_error("(\n]").message,
            "closing parenthesis ']' does not match opening parenthesis '(' on line 1");
  EXPECT_EQ(lex_error(std::string(300, '(')).message, "too many nested parentheses");
}

// Other characters: a stray backslash, invalid characters, non-ASCII names.
TEST(LexerTest, CharacterErrorsAndUnicodeNames) {
  EXPECT_EQ(lex_error("a\\ b").message, "unexpected character after line continuation character");
  EXPECT_EQ(lex_error("a = \xe2\x82\xac").message, "invalid character '\xe2\x82\xac' (U+20AC)");
  EXPECT_EQ(lex_error("a ? b").message, "invalid syntax");
  EXPECT_EQ(kinds("caf\xc3\xa9 = 1")[0], "NAME:caf\xc3\xa9");
}

// Deep indentation stops at CPython's limit instead of growing without bound.
TEST(LexerTest, TooManyIndentationLevels) {
  std::string src;
  for (int i = 0; i < 120; ++i) src += std::string(i, ' ') + "if x:\n";
  src += std::string(120, ' ') + "pass\n";
  EXPECT_EQ(lex_error(src).message, "too many levels of indentation");
}

// Escapes decode to UTF-8 for str and raw bytes for bytes.
TEST(StringLiteralTest, Escapes) {
  std::string out, err;
  ASSERT_TRUE(decode_escapes("a\\n\\t\\\\\\'\\x41\\u00e9\\U0001F600\\101\\0\\q\\\nz", false, &out, &err));
  EXPECT_EQ(out, std::string("a\n\t\\'A\xc3\xa9\xf0\x9f\x98\x80" "A") + '\0' + "\\qz");
  ASSERT_TRUE(decode_escapes("\\xff\\u1234", true, &out, &err));
  EXPECT_EQ(out, "\xff\\u1234");
  EXPECT_FALSE(decode_escapes("\\x4", false, &out, &err));
  EXPECT_EQ(err, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape");
  EXPECT_FALSE(decode_escapes("\\N{DASH}", false, &out, &err));
}

}  // namespace
}  // namespace loopscope::lang
