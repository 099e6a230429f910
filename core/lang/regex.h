// Regular expressions with the syntax and matching rules of CPython 3.11's re module
// (sre): a pattern compiles to a small program of instructions run by a
// backtracking matcher with an explicit stack, so that neither a long subject nor
// a pathological pattern can overflow the C++ stack. The re module (pylib/re.py)
// wraps it through the _sre native module (modules/sre_natives.cpp).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace loopscope::lang {

// re's flag values.
enum RegexFlag : int {
  kRegexIgnoreCase = 2,
  kRegexLocale = 4,
  kRegexMultiline = 8,
  kRegexDotAll = 16,
  kRegexUnicode = 32,
  kRegexVerbose = 64,
  kRegexAscii = 256,
};

// A pattern the parser refuses: re.error's message and the position (in code points).
struct RegexError {
  std::string message;
  int64_t pos;
  bool too_deep = false;  // groups nested past kRegexMaxNesting: a RecursionError, as CPython's
};
// Nesting of groups the parser accepts (CPython's recursive parser gives up between
// 400 and 1000); the parser, code generator and matcher recurse this deep.
inline constexpr int kRegexMaxNesting = 400;

enum class RegexOp : uint8_t {
  Char,        // c
  CharFold,    // c, compared case-insensitively (c is folded)
  Any,         // any character but \n
  AnyAll,      // any character (DOTALL)
  Class,       // arg: index in classes
  Split,       // try x first; on backtracking, y
  Jump,        // x
  Save,        // arg: capture slot (2 * group, +1 for the end)
  AtBeginning, // ^ without MULTILINE, \A
  AtLineStart, // ^ with MULTILINE
  AtEndOrNewline,  // $ without MULTILINE: the end, or a final \n
  AtLineEnd,   // $ with MULTILINE
  AtEnd,       // \Z
  WordBoundary,     // \b (arg 1: ASCII)
  NotWordBoundary,  // \B (arg 1: ASCII)
  Backref,     // arg: group; x 1 when case-insensitive
  Look,        // lookaround: arg kind (LookKind), x: its code's end, y: width behind
  Atomic,      // (?>...): x: its code's end
  GroupExists, // (?(g)yes|no): arg group, x: the no branch
  // A counted loop, as sre's REPEAT/MAX_UNTIL/MIN_UNTIL run it, with registers arg
  // (iterations so far) and arg + 1 (where the last optional iteration began):
  RepeatEnter,  // zero iterations
  // The loop's test, before each iteration: the body follows; x min, y max (-1: no
  // limit), z the code after the loop, c 1 when lazy. An optional iteration does not
  // start where the last one did (an empty iteration ends the loop).
  RepeatHead,
  // A repeat of the single-character instruction that follows (x: min, y: max or -1,
  // arg 1: lazy), matched by counting instead of a choice per character; the code
  // after that instruction continues.
  RepeatOne,
  Succeed,     // the end of a lookaround's or atomic group's code
  Match,       // the end of the pattern
};

enum class LookKind : uint8_t { Ahead, NotAhead, Behind, NotBehind };

struct RegexInst {
  RegexOp op;
  int32_t arg = 0;
  int32_t x = 0;
  int32_t y = 0;
  char32_t c = 0;
  int32_t z = 0;
};

// A character set: ranges plus the \d \w \s categories, possibly negated.
struct RegexClass {
  std::vector<std::pair<char32_t, char32_t>> ranges;
  enum Category : uint8_t { Digit = 1, NotDigit = 2, Word = 4, NotWord = 8, Space = 16, NotSpace = 32 };
  uint8_t categories = 0;
  bool negated = false;
  bool fold = false;   // IGNORECASE: ranges hold both cases
  bool ascii = false;  // the categories' ASCII meaning
};

struct RegexProgram {
  std::vector<RegexInst> code;
  std::vector<RegexClass> classes;
  int groups = 0;     // capturing groups
  int registers = 0;  // RepeatHead's registers
  int flags = 0;      // with the inline flags of the pattern
  std::map<std::string, int> group_index;  // named groups
};

// Compiles `pattern` (code points) with `flags`; throws RegexError.
RegexProgram compile_regex(std::u32string_view pattern, int flags);

enum class RegexMode { Match, FullMatch, Search };

// Matches `text` from `pos` (or, searching, from the first position from `pos` on
// where it matches) with the subject ending at `endpos`. With `must_advance` a match
// may not end at `pos` (after an empty match, finditer's next one). On success fills
// `spans` with 2 * (groups + 1) positions (-1 for a group that did not take part)
// followed by Match.lastindex (the group closed last; 0: none) and returns true.
// `poll` runs every few hundred thousand steps (Stop, the browser's turn); it may
// throw.
bool regex_match(const RegexProgram& program, std::u32string_view text, int64_t pos, int64_t endpos,
                 RegexMode mode, bool must_advance, std::vector<int64_t>* spans, void (*poll)());

// The simple case folding re's IGNORECASE compares (lowercase of one character).
char32_t regex_fold(char32_t c);

}  // namespace loopscope::lang
