// The pattern parser and code generator of regex.h: CPython 3.11's sre_parse rules
// (its syntax, the scoped and global inline flags, its error messages and positions)
// turned into a tree, then into the matcher's instructions.
#include <algorithm>
#include <climits>
#include <memory>

#include "lang/regex.h"

#include "lang/native_recursion.h"
#include "lang/number_format.h"

namespace loopscope::lang {

namespace {

struct Node {
  enum Kind { Empty, Char, Any, Class, Seq, Alt, Repeat, Group, Backref, Assert, Look, Atomic, Cond };
  Kind kind = Empty;
  char32_t c = 0;
  bool fold = false;    // Char, Backref: case-insensitive
  bool dotall = false;  // Any
  int index = 0;        // Class: the class; Group, Backref, Cond: the group
  std::vector<Node> kids;
  int64_t min = 0, max = 0;  // Repeat (max -1: unbounded)
  bool lazy = false, possessive = false;
  RegexOp assert_op = RegexOp::AtBeginning;
  int assert_arg = 0;
  LookKind look = LookKind::Ahead;
};

constexpr int64_t kMaxRepeat = 4294967295;
// Counted repeats are unrolled: a pattern past this many instructions is refused.
constexpr size_t kMaxProgram = 1 << 21;

bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }
bool is_octal_digit(char32_t c) { return c >= '0' && c <= '7'; }
bool is_ascii_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
int hex_value(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
  return -1;
}

std::string utf8(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) append_utf8(&out, c);
  return out;
}

int flag_of_letter(char32_t c) {
  switch (c) {
    case 'i': return kRegexIgnoreCase;
    case 'L': return kRegexLocale;
    case 'm': return kRegexMultiline;
    case 's': return kRegexDotAll;
    case 'u': return kRegexUnicode;
    case 'x': return kRegexVerbose;
    case 'a': return kRegexAscii;
    default: return 0;
  }
}

class Parser {
 public:
  Parser(std::u32string_view pattern, int flags, RegexProgram* program)
      : p_(pattern), flags_(flags), program_(program) {}

  Node parse() {
    Node n = parse_alternation();
    if (pos_ < p_.size()) {
      // Only a ')' stops the top level early.
      fail("unbalanced parenthesis", pos_);
    }
    program_->flags = flags_;
    return n;
  }

 private:
  std::u32string_view p_;
  size_t pos_ = 0;
  int flags_;
  RegexProgram* program_;
  std::vector<uint8_t> open_groups_;  // by group number: still being parsed (1)
  int lookbehind_groups_ = -1;     // groups before the innermost lookbehind (-1: none)
  int depth_ = 0;                  // groups being parsed, nested

  [[noreturn]] void fail(const std::string& message, size_t at) {
    throw RegexError{message, static_cast<int64_t>(at)};
  }
  bool at_end() const { return pos_ >= p_.size(); }
  char32_t peek(size_t ahead = 0) const { return pos_ + ahead < p_.size() ? p_[pos_ + ahead] : 0; }
  bool verbose() const { return flags_ & kRegexVerbose; }

  void skip_verbose() {
    if (!verbose()) return;
    while (!at_end()) {
      char32_t c = p_[pos_];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
        ++pos_;
      } else if (c == '#') {
        while (!at_end() && p_[pos_] != '\n') ++pos_;
      } else {
        break;
      }
    }
  }

  Node parse_alternation() {
    std::vector<Node> branches;
    branches.push_back(parse_sequence());
    while (!at_end() && p_[pos_] == '|') {
      ++pos_;
      branches.push_back(parse_sequence());
    }
    if (branches.size() == 1) return std::move(branches[0]);
    Node n;
    n.kind = Node::Alt;
    n.kids = std::move(branches);
    return n;
  }

  Node parse_sequence() {
    Node seq;
    seq.kind = Node::Seq;
    for (;;) {
      skip_verbose();
      if (at_end() || p_[pos_] == '|' || p_[pos_] == ')') break;
      size_t start = pos_;
      char32_t c = p_[pos_];
      if (c == '*' || c == '+' || c == '?' || (c == '{' && repeat_ahead())) fail("nothing to repeat", start);
      Node atom = parse_atom();
      // sre refuses to repeat a bare anchor (^, $, \b...) or nothing ((?#...)), not a
      // group holding one.
      bool bare_anchor = atom.kind == Node::Assert && p_[start] != '(';
      bool repeatable = !(bare_anchor || atom.kind == Node::Empty);
      skip_verbose();
      bool repeated = false;
      while (!at_end()) {
        size_t qpos = pos_;
        int64_t min, max;
        if (!parse_quantifier(&min, &max)) break;
        if (!repeatable) fail("nothing to repeat", qpos);
        if (repeated) fail("multiple repeat", qpos);
        repeated = true;
        Node r;
        r.kind = Node::Repeat;
        r.min = min;
        r.max = max;
        if (!at_end() && p_[pos_] == '?') {
          r.lazy = true;
          ++pos_;
        } else if (!at_end() && p_[pos_] == '+') {
          r.possessive = true;
          ++pos_;
        }
        r.kids.push_back(std::move(atom));
        atom = std::move(r);
        skip_verbose();
      }
      if (atom.kind != Node::Empty) seq.kids.push_back(std::move(atom));
    }
    if (seq.kids.size() == 1) return std::move(seq.kids[0]);
    return seq;
  }

  // Whether a '{' at pos_ starts a valid {m}, {m,}, {,n} or {m,n}.
  bool repeat_ahead() const {
    size_t i = pos_ + 1;
    size_t digits_before = 0, digits_after = 0;
    while (i < p_.size() && is_ascii_digit(p_[i])) ++i, ++digits_before;
    bool comma = i < p_.size() && p_[i] == ',';
    if (comma) {
      ++i;
      while (i < p_.size() && is_ascii_digit(p_[i])) ++i, ++digits_after;
    }
    if (i >= p_.size() || p_[i] != '}') return false;
    return digits_before > 0 || comma;
  }

  int64_t parse_count(size_t* i) {
    int64_t v = 0;
    while (*i < p_.size() && is_ascii_digit(p_[*i])) {
      v = v * 10 + static_cast<int64_t>(p_[*i] - '0');
      if (v >= kMaxRepeat) fail("the repetition number is too large", *i);
      ++*i;
    }
    return v;
  }

  bool parse_quantifier(int64_t* min, int64_t* max) {
    char32_t c = p_[pos_];
    if (c == '*') *min = 0, *max = -1;
    else if (c == '+') *min = 1, *max = -1;
    else if (c == '?') *min = 0, *max = 1;
    else if (c == '{' && repeat_ahead()) {
      size_t start = pos_;
      size_t i = pos_ + 1;
      bool has_min = is_ascii_digit(p_[i]);
      *min = has_min ? parse_count(&i) : 0;
      if (p_[i] == ',') {
        ++i;
        *max = is_ascii_digit(p_[i]) ? parse_count(&i) : -1;
      } else {
        *max = *min;
      }
      if (*max != -1 && *max < *min) fail("min repeat greater than max repeat", start + 1);
      pos_ = i + 1;
      return true;
    } else {
      return false;
    }
    ++pos_;
    return true;
  }

  Node literal(char32_t c) {
    Node n;
    n.kind = Node::Char;
    n.fold = flags_ & kRegexIgnoreCase;
    n.c = n.fold ? regex_fold(c) : c;
    return n;
  }

  Node assertion(RegexOp op, int arg = 0) {
    Node n;
    n.kind = Node::Assert;
    n.assert_op = op;
    n.assert_arg = arg;
    return n;
  }

  Node class_node(RegexClass cls) {
    cls.fold = flags_ & kRegexIgnoreCase;
    cls.ascii = flags_ & kRegexAscii;
    Node n;
    n.kind = Node::Class;
    n.index = static_cast<int>(program_->classes.size());
    program_->classes.push_back(std::move(cls));
    return n;
  }

  Node parse_atom() {
    size_t start = pos_;
    char32_t c = p_[pos_++];
    switch (c) {
      case '.': {
        Node n;
        n.kind = Node::Any;
        n.dotall = flags_ & kRegexDotAll;
        return n;
      }
      case '^': return assertion(flags_ & kRegexMultiline ? RegexOp::AtLineStart : RegexOp::AtBeginning);
      case '$': return assertion(flags_ & kRegexMultiline ? RegexOp::AtLineEnd : RegexOp::AtEndOrNewline);
      case '[': return parse_class(start);
      case '(': return parse_group(start);
      case '\\': return parse_escape(start);
      default: return literal(c);
    }
  }

  // One character of a set, or a category (returned through `category`).
  char32_t class_escape(size_t start, uint8_t* category) {
    if (at_end()) fail("bad escape (end of pattern)", start);
    char32_t c = p_[pos_++];
    switch (c) {
      case 'd': *category = RegexClass::Digit; return 0;
      case 'D': *category = RegexClass::NotDigit; return 0;
      case 'w': *category = RegexClass::Word; return 0;
      case 'W': *category = RegexClass::NotWord; return 0;
      case 's': *category = RegexClass::Space; return 0;
      case 'S': *category = RegexClass::NotSpace; return 0;
      case 'b': return '\b';
      default: return common_escape(c, start, true);
    }
  }

  // Escapes meaning the same in and out of sets: \n, \x41, \u00e9, octal, literal
  // punctuation; an unknown ASCII letter is an error.
  char32_t common_escape(char32_t c, size_t start, bool in_class) {
    switch (c) {
      case 'a': return 7;
      case 'f': return '\f';
      case 'n': return '\n';
      case 'r': return '\r';
      case 't': return '\t';
      case 'v': return '\v';
      case '\\': return '\\';
      case 'x': return hex_escape(2, start, "\\x");
      case 'u': return hex_escape(4, start, "\\u");
      case 'U': {
        char32_t v = hex_escape(8, start, "\\U");
        if (v > 0x10FFFF) fail("bad escape " + utf8(p_.substr(start, pos_ - start)), start);
        return v;
      }
      case 'N': fail("bad escape \\N (named characters are not supported by Loopscope)", start);
      default: break;
    }
    if (in_class && is_octal_digit(c)) {
      size_t digits = 1;
      uint32_t v = c - '0';
      while (digits < 3 && !at_end() && is_octal_digit(p_[pos_])) v = v * 8 + (p_[pos_++] - '0'), ++digits;
      if (v > 0377) fail("octal escape value " + utf8(p_.substr(start, pos_ - start)) + " outside of range 0-0o377", start);
      return v;
    }
    if (in_class && is_ascii_digit(c)) fail("bad escape " + utf8(p_.substr(start, pos_ - start)), start);
    if (is_ascii_letter(c)) fail("bad escape " + utf8(p_.substr(start, pos_ - start)), start);
    return c;
  }

  char32_t hex_escape(int digits, size_t start, const char* name) {
    char32_t v = 0;
    for (int i = 0; i < digits; ++i) {
      int h = at_end() ? -1 : hex_value(p_[pos_]);
      if (h < 0) fail(std::string("incomplete escape ") + utf8(p_.substr(start, pos_ - start)), start);
      v = v * 16 + static_cast<char32_t>(h);
      ++pos_;
    }
    (void)name;
    return v;
  }

  Node parse_escape(size_t start) {
    if (at_end()) fail("bad escape (end of pattern)", start);
    char32_t c = p_[pos_++];
    bool ascii = flags_ & kRegexAscii;
    RegexClass cls;
    switch (c) {
      case 'A': return assertion(RegexOp::AtBeginning);
      case 'Z': return assertion(RegexOp::AtEnd);
      case 'b': return assertion(RegexOp::WordBoundary, ascii);
      case 'B': return assertion(RegexOp::NotWordBoundary, ascii);
      case 'd': cls.categories = RegexClass::Digit; return class_node(cls);
      case 'D': cls.categories = RegexClass::NotDigit; return class_node(cls);
      case 'w': cls.categories = RegexClass::Word; return class_node(cls);
      case 'W': cls.categories = RegexClass::NotWord; return class_node(cls);
      case 's': cls.categories = RegexClass::Space; return class_node(cls);
      case 'S': cls.categories = RegexClass::NotSpace; return class_node(cls);
      default: break;
    }
    if (c == '0') {
      uint32_t v = 0;
      for (int i = 0; i < 2 && !at_end() && is_octal_digit(p_[pos_]); ++i) v = v * 8 + (p_[pos_++] - '0');
      return literal(v);
    }
    if (is_ascii_digit(c)) {
      // An octal escape (three octal digits) or a group reference (sre's rule).
      if (!at_end() && is_ascii_digit(p_[pos_])) {
        char32_t d2 = p_[pos_++];
        if (is_octal_digit(c) && is_octal_digit(d2) && !at_end() && is_octal_digit(p_[pos_])) {
          char32_t d3 = p_[pos_++];
          uint32_t v = (c - '0') * 64 + (d2 - '0') * 8 + (d3 - '0');
          if (v > 0377)
            fail("octal escape value " + utf8(p_.substr(start, pos_ - start)) + " outside of range 0-0o377", start);
          return literal(v);
        }
      }
      int group = 0;
      for (size_t i = start + 1; i < pos_; ++i) group = group * 10 + static_cast<int>(p_[i] - '0');
      return group_reference(group, start);
    }
    return literal(common_escape(c, start, false));
  }

  Node group_reference(int group, size_t start) {
    if (group < 1 || group > program_->groups)
      fail("invalid group reference " + std::to_string(group), start + 1);
    if (open_groups_[group]) fail("cannot refer to an open group", start);
    if (lookbehind_groups_ >= 0 && group > lookbehind_groups_)
      fail("cannot refer to group defined in the same lookbehind subpattern", start);
    Node n;
    n.kind = Node::Backref;
    n.index = group;
    n.fold = flags_ & kRegexIgnoreCase;
    return n;
  }

  Node parse_class(size_t start) {
    RegexClass cls;
    if (!at_end() && p_[pos_] == '^') {
      cls.negated = true;
      ++pos_;
    }
    bool first = true;
    for (;;) {
      if (at_end()) fail("unterminated character set", start);
      size_t item = pos_;
      char32_t c = p_[pos_++];
      if (c == ']' && !first) break;
      first = false;
      uint8_t category = 0;
      char32_t lo = c;
      if (c == '\\') lo = class_escape(item, &category);
      if (category) {
        if (pos_ + 1 < p_.size() && p_[pos_] == '-' && p_[pos_ + 1] != ']') {
          pos_ += 2;
          if (p_[pos_ - 1] == '\\') class_escape(pos_ - 1, &category);
          fail("bad character range " + utf8(p_.substr(item, pos_ - item)), item);
        }
        cls.categories |= category;
        continue;
      }
      if (pos_ + 1 < p_.size() && p_[pos_] == '-' && p_[pos_ + 1] != ']') {
        ++pos_;
        size_t hi_pos = pos_;
        char32_t hi = p_[pos_++];
        if (hi == '\\') {
          uint8_t hi_category = 0;
          hi = class_escape(hi_pos, &hi_category);
          if (hi_category) fail("bad character range " + utf8(p_.substr(item, pos_ - item)), item);
        }
        if (hi < lo) fail("bad character range " + utf8(p_.substr(item, pos_ - item)), item);
        cls.ranges.emplace_back(lo, hi);
      } else {
        cls.ranges.emplace_back(lo, lo);
      }
    }
    return class_node(std::move(cls));
  }

  std::string group_name(char32_t terminator, size_t start) {
    size_t name_start = pos_;
    while (!at_end() && p_[pos_] != terminator) ++pos_;
    if (at_end()) fail(terminator == '>' ? "missing >, unterminated name" : "missing ), unterminated name", name_start);
    std::u32string_view name = p_.substr(name_start, pos_ - name_start);
    ++pos_;
    if (name.empty()) fail("missing group name", name_start);
    bool ok = true;
    for (size_t i = 0; i < name.size(); ++i) {
      char32_t ch = name[i];
      bool letter = is_ascii_letter(ch) || ch == '_' || ch >= 0x80;
      if (!(letter || (i > 0 && is_ascii_digit(ch)))) ok = false;
    }
    if (!ok) fail("bad character in group name '" + utf8(name) + "'", name_start);
    (void)start;
    return utf8(name);
  }

  Node finish_group(size_t start, Node inner) {
    if (at_end() || p_[pos_] != ')') fail("missing ), unterminated subpattern", start);
    ++pos_;
    return inner;
  }

  Node capture(size_t start, const std::string* name) {
    int group = ++program_->groups;
    if (name) {
      auto [it, fresh] = program_->group_index.emplace(*name, group);
      if (!fresh)
        fail("redefinition of group name '" + *name + "' as group " + std::to_string(group) + "; was group " +
                 std::to_string(it->second),
             start + 4);
    }
    open_groups_.resize(group + 1, 0);
    open_groups_[group] = 1;
    Node inner = parse_alternation();
    open_groups_[group] = 0;
    Node g;
    g.kind = Node::Group;
    g.index = group;
    g.kids.push_back(std::move(inner));
    return finish_group(start, std::move(g));
  }

  Node parse_group(size_t start) {
    struct Depth {
      int& d;
      explicit Depth(int& depth) : d(depth) { ++d; }
      ~Depth() { --d; }
    } depth(depth_);
    if (depth_ > kRegexMaxNesting || native_stack_exhausted())
      throw RegexError{"maximum recursion depth exceeded", static_cast<int64_t>(start), true};
    if (open_groups_.empty()) open_groups_.push_back(0);
    if (at_end() || p_[pos_] != '?') return capture(start, nullptr);
    ++pos_;
    if (at_end()) fail("unexpected end of pattern", pos_);
    char32_t c = p_[pos_++];
    if (c == 'P') {
      if (!at_end() && p_[pos_] == '<') {
        ++pos_;
        std::string name = group_name('>', start);
        return capture(start, &name);
      }
      if (!at_end() && p_[pos_] == '=') {
        ++pos_;
        size_t name_start = pos_;
        std::string name = group_name(')', start);
        auto it = program_->group_index.find(name);
        if (it == program_->group_index.end()) fail("unknown group name '" + name + "'", name_start);
        Node ref = group_reference(it->second, start);
        return ref;
      }
      if (at_end()) fail("unexpected end of pattern", pos_);
      fail("unknown extension ?P" + utf8(p_.substr(pos_, 1)), start + 1);
    }
    if (c == ':') {
      Node inner = parse_alternation();
      return finish_group(start, std::move(inner));
    }
    if (c == '#') {
      while (!at_end() && p_[pos_] != ')') ++pos_;
      if (at_end()) fail("missing ), unterminated comment", start);
      ++pos_;
      return Node{};
    }
    if (c == '=' || c == '!') return lookaround(start, c == '=' ? LookKind::Ahead : LookKind::NotAhead);
    if (c == '<') {
      if (at_end()) fail("unexpected end of pattern", pos_);
      char32_t d = p_[pos_++];
      if (d == '=' || d == '!') return lookaround(start, d == '=' ? LookKind::Behind : LookKind::NotBehind);
      fail("unknown extension ?<" + utf8(p_.substr(pos_ - 1, 1)), start + 1);
    }
    if (c == '>') {
      Node inner = parse_alternation();
      Node a;
      a.kind = Node::Atomic;
      a.kids.push_back(std::move(inner));
      return finish_group(start, std::move(a));
    }
    if (c == '(') return conditional(start);
    if (flag_of_letter(c) || c == '-') {
      --pos_;
      return inline_flags(start);
    }
    fail("unknown extension ?" + utf8(p_.substr(pos_ - 1, 1)), start + 1);
  }

  Node lookaround(size_t start, LookKind kind) {
    bool behind = kind == LookKind::Behind || kind == LookKind::NotBehind;
    int saved = lookbehind_groups_;
    if (behind && lookbehind_groups_ < 0) lookbehind_groups_ = program_->groups;
    Node inner = parse_alternation();
    lookbehind_groups_ = saved;
    Node n;
    n.kind = Node::Look;
    n.look = kind;
    n.kids.push_back(std::move(inner));
    return finish_group(start, std::move(n));
  }

  Node conditional(size_t start) {
    size_t name_start = pos_;
    while (!at_end() && p_[pos_] != ')') ++pos_;
    if (at_end()) fail("missing ), unterminated name", name_start);
    std::u32string_view ref = p_.substr(name_start, pos_ - name_start);
    ++pos_;
    int group = 0;
    bool numeric = !ref.empty();
    for (char32_t ch : ref) numeric = numeric && is_ascii_digit(ch);
    if (numeric) {
      for (char32_t ch : ref) group = group * 10 + static_cast<int>(ch - '0');
      if (group == 0) fail("bad group number", name_start);
      if (group > program_->groups) fail("invalid group reference " + std::to_string(group), name_start);
    } else {
      auto it = program_->group_index.find(utf8(ref));
      if (ref.empty()) fail("missing group name", name_start);
      if (it == program_->group_index.end()) fail("unknown group name '" + utf8(ref) + "'", name_start);
      group = it->second;
    }
    Node yes = parse_sequence();
    Node no;
    if (!at_end() && p_[pos_] == '|') {
      ++pos_;
      no = parse_sequence();
      if (!at_end() && p_[pos_] == '|') fail("conditional backref with more than two branches", pos_);
    }
    Node n;
    n.kind = Node::Cond;
    n.index = group;
    n.kids.push_back(std::move(yes));
    n.kids.push_back(std::move(no));
    return finish_group(start, std::move(n));
  }

  Node inline_flags(size_t start) {
    int on = 0, off = 0;
    while (!at_end() && flag_of_letter(p_[pos_])) on |= flag_of_letter(p_[pos_++]);
    if (!at_end() && p_[pos_] == '-') {
      ++pos_;
      if (at_end() || !flag_of_letter(p_[pos_])) fail("missing flag", pos_);
      while (!at_end() && flag_of_letter(p_[pos_])) {
        int f = flag_of_letter(p_[pos_]);
        if (f == kRegexAscii || f == kRegexUnicode || f == kRegexLocale)
          fail("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", pos_);
        off |= f;
        ++pos_;
      }
    }
    if (at_end()) fail("missing -, : or )", pos_);
    if (p_[pos_] == ')') {
      if (off) fail("missing :", pos_);
      ++pos_;
      if (start != 0) fail("global flags not at the start of the expression", start);
      flags_ |= on;
      return Node{};
    }
    if (p_[pos_] != ':') fail(std::string("unknown flag"), pos_);
    ++pos_;
    int saved = flags_;
    flags_ = (flags_ | on) & ~off;
    Node inner = parse_alternation();
    flags_ = saved;
    return finish_group(start, std::move(inner));
  }
};

bool nullable(const Node& n) {
  switch (n.kind) {
    case Node::Char:
    case Node::Any:
    case Node::Class: return false;
    case Node::Seq:
      for (const Node& k : n.kids)
        if (!nullable(k)) return false;
      return true;
    case Node::Alt:
    case Node::Cond:
      for (const Node& k : n.kids)
        if (nullable(k)) return true;
      return false;
    case Node::Repeat: return n.min == 0 || nullable(n.kids[0]);
    case Node::Group:
    case Node::Atomic: return nullable(n.kids[0]);
    default: return true;  // Empty, Assert, Look, Backref
  }
}

// The number of characters `n` always matches; -1 when it varies.
int64_t fixed_width(const Node& n) {
  switch (n.kind) {
    case Node::Char:
    case Node::Any:
    case Node::Class: return 1;
    case Node::Empty:
    case Node::Assert:
    case Node::Look: return 0;
    case Node::Seq: {
      int64_t total = 0;
      for (const Node& k : n.kids) {
        int64_t w = fixed_width(k);
        if (w < 0) return -1;
        total += w;
      }
      return total;
    }
    case Node::Alt:
    case Node::Cond: {
      int64_t w = fixed_width(n.kids[0]);
      for (const Node& k : n.kids)
        if (fixed_width(k) != w) return -1;
      return w;
    }
    case Node::Repeat: {
      int64_t w = fixed_width(n.kids[0]);
      if (w < 0 || n.min != n.max) return -1;
      return w * n.min;
    }
    case Node::Group:
    case Node::Atomic: return fixed_width(n.kids[0]);
    default: return -1;  // Backref
  }
}

class CodeGen {
 public:
  explicit CodeGen(RegexProgram* program) : p_(program) {}

  void emit(const Node& n) {
    if (p_->code.size() > kMaxProgram) throw RegexError{"the pattern is too large for Loopscope (its repeats)", 0};
    switch (n.kind) {
      case Node::Empty: return;
      case Node::Char: add({n.fold ? RegexOp::CharFold : RegexOp::Char, 0, 0, 0, n.c}); return;
      case Node::Any: add({n.dotall ? RegexOp::AnyAll : RegexOp::Any}); return;
      case Node::Class: add({RegexOp::Class, n.index}); return;
      case Node::Seq:
        for (const Node& k : n.kids) emit(k);
        return;
      case Node::Alt: {
        std::vector<size_t> jumps;
        for (size_t i = 0; i + 1 < n.kids.size(); ++i) {
          size_t split = add({RegexOp::Split});
          at(split).x = here();
          emit(n.kids[i]);
          jumps.push_back(add({RegexOp::Jump}));
          at(split).y = here();
        }
        emit(n.kids.back());
        for (size_t j : jumps) at(j).x = here();
        return;
      }
      case Node::Group:
        add({RegexOp::Save, 2 * n.index});
        emit(n.kids[0]);
        add({RegexOp::Save, 2 * n.index + 1});
        return;
      case Node::Backref: add({RegexOp::Backref, n.index, n.fold ? 1 : 0}); return;
      case Node::Assert: add({n.assert_op, n.assert_arg}); return;
      case Node::Look: {
        int64_t width = 0;
        if (n.look == LookKind::Behind || n.look == LookKind::NotBehind) {
          width = fixed_width(n.kids[0]);
          if (width < 0) throw RegexError{"look-behind requires fixed-width pattern", -1};
        }
        size_t look = add({RegexOp::Look, static_cast<int32_t>(n.look), 0, static_cast<int32_t>(width)});
        emit(n.kids[0]);
        add({RegexOp::Succeed});
        at(look).x = here();
        return;
      }
      case Node::Atomic: {
        size_t atomic = add({RegexOp::Atomic});
        emit(n.kids[0]);
        add({RegexOp::Succeed});
        at(atomic).x = here();
        return;
      }
      case Node::Cond: {
        size_t test = add({RegexOp::GroupExists, n.index});
        emit(n.kids[0]);
        size_t jump = add({RegexOp::Jump});
        at(test).x = here();
        emit(n.kids[1]);
        at(jump).x = here();
        return;
      }
      case Node::Repeat: emit_repeat(n); return;
    }
  }

  size_t here() const { return p_->code.size(); }
  size_t add(RegexInst inst) {
    p_->code.push_back(inst);
    return p_->code.size() - 1;
  }

 private:
  RegexProgram* p_;
  RegexInst& at(size_t i) { return p_->code[i]; }

  // A repeat count in an instruction's field (up to sre's limit, past int32's).
  static int32_t clamp(int64_t v) { return static_cast<int32_t>(std::min<int64_t>(v, INT32_MAX)); }

  void emit_repeat(const Node& n) {
    if (n.possessive) {
      Node greedy = n;
      greedy.possessive = false;
      size_t atomic = add({RegexOp::Atomic});
      emit_repeat(greedy);
      add({RegexOp::Succeed});
      at(atomic).x = here();
      return;
    }
    const Node& body = n.kids[0];
    if (body.kind == Node::Char || body.kind == Node::Any || body.kind == Node::Class) {
      add({RegexOp::RepeatOne, n.lazy ? 1 : 0, clamp(n.min), n.max < 0 ? -1 : clamp(n.max)});
      emit(body);
      return;
    }
    if (!nullable(body) && n.max == -1 && n.min <= 1) {
      // X* and X+ of a body that always consumes: Split(body, out); body; Jump.
      if (n.min == 1) emit(body);
      size_t loop = add({RegexOp::Split});
      emit(body);
      add({RegexOp::Jump, 0, static_cast<int32_t>(loop)});
      set_split(loop, loop + 1, here(), n.lazy);
      return;
    }
    if (n.min == 0 && n.max == 1) {
      size_t split = add({RegexOp::Split});
      emit(body);
      set_split(split, split + 1, here(), n.lazy);
      return;
    }
    int reg = p_->registers;
    p_->registers += 2;
    add({RegexOp::RepeatEnter, reg});
    size_t head = add({RegexOp::RepeatHead, reg, clamp(n.min), n.max < 0 ? -1 : clamp(n.max), n.lazy ? 1u : 0u});
    emit(body);
    add({RegexOp::Jump, 0, static_cast<int32_t>(head)});
    at(head).z = static_cast<int32_t>(here());
  }

  void set_split(size_t split, size_t body, size_t out, bool lazy) {
    at(split).x = static_cast<int32_t>(lazy ? out : body);
    at(split).y = static_cast<int32_t>(lazy ? body : out);
  }
};

}  // namespace

RegexProgram compile_regex(std::u32string_view pattern, int flags) {
  RegexProgram program;
  Parser parser(pattern, flags, &program);
  Node tree = parser.parse();
  if ((program.flags & kRegexAscii) && (program.flags & kRegexUnicode))
    throw RegexError{"ASCII and UNICODE flags are incompatible", -1};
  if (program.flags & kRegexLocale) throw RegexError{"cannot use LOCALE flag with a str pattern", -1};
  // The inline flags apply to the whole pattern's classes as parsed; the program
  // keeps them for Pattern.flags (str patterns are UNICODE unless ASCII).
  if (!(program.flags & kRegexAscii)) program.flags |= kRegexUnicode;
  CodeGen gen(&program);
  gen.add({RegexOp::Save, 0});
  gen.emit(tree);
  gen.add({RegexOp::Save, 1});
  gen.add({RegexOp::Match});
  return program;
}

}  // namespace loopscope::lang
