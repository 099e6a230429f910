// The regex engine (regex.h) on input no test author would write: random patterns
// built from regex syntax, random subjects, every mode. Each pattern compiles or is
// refused with a RegexError; each match reports spans inside the subject; nothing
// crashes (the asan preset runs this under AddressSanitizer and UBSan). What the
// engine matches is checked against CPython by the re goldens (tests/lang/golden/mod_re_*).
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "lang/regex.h"

using namespace loopscope::lang;

namespace {

const char32_t* const kPieces[] = {
    U"a", U"b", U".", U"*", U"+", U"?", U"*?", U"+?", U"??", U"{2}", U"{1,3}", U"{,2}", U"{3,}", U"*+",
    U"|", U"(", U")", U"(?:", U"(?P<n>", U"(?P=n)", U"(?=", U"(?!", U"(?<=", U"(?<!", U"(?>", U"(?i)",
    U"(?s:", U"(?(1)", U"\\1", U"\\2", U"[", U"]", U"[^", U"-", U"^", U"$", U"\\b", U"\\B", U"\\d",
    U"\\w", U"\\s", U"\\W", U"\\A", U"\\Z", U"\\", U"\\x4", U"\\u00e9", U"é", U"\n", U"{", U"}", U",",
};

std::u32string random_text(std::mt19937& rng, const std::u32string& alphabet, size_t max_len) {
  std::u32string s;
  size_t n = rng() % (max_len + 1);
  for (size_t i = 0; i < n; ++i) s += alphabet[rng() % alphabet.size()];
  return s;
}

void expect_spans_inside(const RegexProgram& program, const std::vector<int64_t>& spans, int64_t length,
                         const std::u32string& pattern) {
  ASSERT_EQ(spans.size(), static_cast<size_t>(2 * (program.groups + 1) + 1));
  for (int g = 0; g <= program.groups; ++g) {
    int64_t start = spans[2 * g], end = spans[2 * g + 1];
    if (g == 0 || start >= 0) {
      EXPECT_LE(0, start) << g;
      EXPECT_LE(start, end) << g;
      EXPECT_LE(end, length) << g;
    }
  }
  EXPECT_LE(spans.back(), program.groups);  // lastindex
  (void)pattern;
}

}  // namespace

TEST(RegexTest, RandomPatternsCompileOrAreRefusedAndMatchInsideTheSubject) {
  std::mt19937 rng(20261127);
  int compiled = 0, refused = 0, matched = 0;
  for (int i = 0; i < 20000; ++i) {
    std::u32string pattern;
    size_t pieces = 1 + rng() % 8;
    for (size_t p = 0; p < pieces; ++p) pattern += kPieces[rng() % std::size(kPieces)];
    int flags = (rng() % 2 ? kRegexIgnoreCase : 0) | (rng() % 2 ? kRegexMultiline : 0) |
                (rng() % 4 == 0 ? kRegexDotAll : 0) | (rng() % 8 == 0 ? kRegexAscii : 0);
    RegexProgram program;
    try {
      program = compile_regex(pattern, flags);
      ++compiled;
    } catch (const RegexError& e) {
      ++refused;
      EXPECT_FALSE(e.message.empty());
      EXPECT_LE(e.pos, static_cast<int64_t>(pattern.size()));
      continue;
    }
    std::u32string subject = random_text(rng, U"aabbé\n A1_", 12);
    int64_t length = static_cast<int64_t>(subject.size());
    for (RegexMode mode : {RegexMode::Match, RegexMode::FullMatch, RegexMode::Search}) {
      std::vector<int64_t> spans;
      int64_t pos = rng() % (length + 2);
      if (regex_match(program, subject, pos, length, mode, rng() % 2, &spans, nullptr)) {
        ++matched;
        expect_spans_inside(program, spans, length, pattern);
        EXPECT_GE(spans[0], pos);
        if (mode == RegexMode::FullMatch) EXPECT_EQ(spans[1], length);
      }
    }
  }
  // The generator reaches both outcomes often (a change that refused everything, or
  // matched nothing, would pass the loop above vacuously).
  EXPECT_GT(compiled, 2000);
  EXPECT_GT(refused, 2000);
  EXPECT_GT(matched, 500);
}

// Backtracking lives on the heap: a subject of a million characters through patterns
// that make a choice per character does not overflow the C++ stack.
TEST(RegexTest, LongSubjectsBacktrackOnTheHeap) {
  std::u32string subject;
  for (int i = 0; i < 500000; ++i) subject += U"ab";
  subject += U"c";
  for (const char32_t* pattern : {U"(?:a|b)*c", U"(a|b)*c", U"(?:ab)*?c", U".*c", U"(?:(?:a|b)+)+c"}) {
    RegexProgram program = compile_regex(pattern, 0);
    std::vector<int64_t> spans;
    ASSERT_TRUE(regex_match(program, subject, 0, static_cast<int64_t>(subject.size()), RegexMode::FullMatch,
                            false, &spans, nullptr))
        << static_cast<int>(pattern[0]);
    EXPECT_EQ(spans[1], static_cast<int64_t>(subject.size()));
  }
}

// A pathological pattern (exponential backtracking) keeps calling the poll, which is
// how Stop and the browser's turn reach a long match.
TEST(RegexTest, ALongMatchPollsAndAPollCanStopIt) {
  static int polls;
  polls = 0;
  struct Stopped {};
  RegexProgram program = compile_regex(U"(a+)+b", 0);
  std::u32string subject(40, U'a');
  std::vector<int64_t> spans;
  EXPECT_THROW(regex_match(program, subject, 0, 40, RegexMode::Search, false, &spans,
                           [] {
                             if (++polls == 3) throw Stopped{};
                           }),
               Stopped);
  EXPECT_EQ(polls, 3);
}

// Groups nested as deep as CPython's parser takes compile; deeper ones are refused as
// too deep (a RecursionError in Python), not by exhausting the stack.
TEST(RegexTest, NestingIsBounded) {
  auto nested = [](int depth) {
    std::u32string p(depth, U'(');
    p += U"a";
    p += std::u32string(depth, U')');
    return p;
  };
  RegexProgram ok = compile_regex(nested(kRegexMaxNesting), 0);
  std::vector<int64_t> spans;
  EXPECT_TRUE(regex_match(ok, U"a", 0, 1, RegexMode::FullMatch, false, &spans, nullptr));
  try {
    compile_regex(nested(kRegexMaxNesting + 1), 0);
    FAIL() << "nesting past the limit compiled";
  } catch (const RegexError& e) {
    EXPECT_TRUE(e.too_deep);
  }
}
