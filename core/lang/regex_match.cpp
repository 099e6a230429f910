// The backtracking matcher of regex.h. Choices (Split) push the alternative onto an
// explicit stack, together with undo records for captures and loop registers, so a
// subject of any length backtracks on the heap, never the C++ stack. Lookarounds and
// atomic groups run their code as a nested match from the current position (the
// nesting is the pattern's, bounded by its text).
#include "lang/regex.h"

#include <algorithm>

#include "lang/unicode_chars.h"

namespace loopscope::lang {

namespace {

char32_t single_mapping(char32_t c, CaseMapping mapping) {
  std::string out;
  append_case_mapping(&out, c, mapping);
  size_t i = 0;
  char32_t first = next_code_point(out, &i);
  return i == out.size() ? first : c;  // a multi-character mapping: no simple one
}

char32_t regex_upper(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') ? c - 32 : c;
  return single_mapping(c, CaseMapping::Upper);
}

bool is_word(char32_t c, bool ascii) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  if (ascii) return false;
  return is_alpha_char(c) || is_decimal_char(c) || is_digit_char(c) || is_numeric_char(c);
}
bool is_digit(char32_t c, bool ascii) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return !ascii && is_decimal_char(c);
}
bool is_space(char32_t c, bool ascii) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r') || (!ascii && c >= 0x1C && c <= 0x1F);
  return !ascii && is_space_char(c);
}

bool in_ranges(const RegexClass& cls, char32_t c) {
  for (const auto& [lo, hi] : cls.ranges)
    if (c >= lo && c <= hi) return true;
  uint8_t k = cls.categories;
  if (!k) return false;
  if ((k & RegexClass::Digit) && is_digit(c, cls.ascii)) return true;
  if ((k & RegexClass::NotDigit) && !is_digit(c, cls.ascii)) return true;
  if ((k & RegexClass::Word) && is_word(c, cls.ascii)) return true;
  if ((k & RegexClass::NotWord) && !is_word(c, cls.ascii)) return true;
  if ((k & RegexClass::Space) && is_space(c, cls.ascii)) return true;
  if ((k & RegexClass::NotSpace) && !is_space(c, cls.ascii)) return true;
  return false;
}

class Matcher {
 public:
  Matcher(const RegexProgram& program, std::u32string_view text, int64_t pos, int64_t endpos, RegexMode mode,
          bool must_advance, void (*poll)())
      : prog_(program), text_(text), start_(pos), end_(endpos), mode_(mode), must_advance_(must_advance),
        poll_(poll), slots_(2 * (program.groups + 1) + 1, -1), registers_(program.registers, -1) {}

  bool match_at(int64_t start) {
    std::fill(slots_.begin(), slots_.end(), -1);
    slots_.back() = 0;  // lastindex
    stack_.clear();
    int64_t end;
    return run(0, start, &end);
  }
  const std::vector<int64_t>& slots() const { return slots_; }

 private:
  // A choice to come back to (pc >= 0), or the value a slot or register had
  // (pc == kRestoreSlot / kRestoreRegister) before the path being undone wrote it.
  // RepeatOne's choices (pc kRepeatFewer / kRepeatMore, index: the RepeatOne): the
  // continuation at `pos`, then at one character less (greedy, down to `limit`) or
  // more (lazy, up to `limit`).
  struct Backtrack {
    int32_t pc;
    int32_t index;
    int64_t pos;
    int64_t limit = 0;
  };
  static constexpr int32_t kRestoreSlot = -1;
  static constexpr int32_t kRestoreRegister = -2;
  static constexpr int32_t kRepeatFewer = -3;
  static constexpr int32_t kRepeatMore = -4;
  static constexpr int32_t kRepeatIterate = -5;  // a lazy loop's next iteration (index: RepeatHead)
  static constexpr int kPollSteps = 1 << 18;

  const RegexProgram& prog_;
  std::u32string_view text_;
  int64_t start_;
  int64_t end_;
  RegexMode mode_;
  bool must_advance_;
  void (*poll_)();
  std::vector<int64_t> slots_;
  std::vector<int64_t> registers_;
  std::vector<Backtrack> stack_;
  int steps_ = 0;

  bool word_at(int64_t i, bool ascii) const { return i >= 0 && i < end_ && is_word(text_[i], ascii); }

  bool at_boundary(int64_t pos, bool ascii) const {
    if (end_ == 0) return false;
    return word_at(pos - 1, ascii) != word_at(pos, ascii);
  }

  bool class_contains(const RegexClass& cls, char32_t c) const {
    bool in = in_ranges(cls, c);
    if (!in && cls.fold) {
      char32_t lower = regex_fold(c), upper = regex_upper(c);
      in = (lower != c && in_ranges(cls, lower)) || (upper != c && in_ranges(cls, upper));
    }
    return in != cls.negated;
  }

  // Whether the single-character instruction `in` matches at pos.
  bool one(const RegexInst& in, int64_t pos) const {
    if (pos >= end_) return false;
    char32_t c = text_[pos];
    switch (in.op) {
      case RegexOp::Char: return c == in.c;
      case RegexOp::CharFold: return regex_fold(c) == in.c;
      case RegexOp::Any: return c != '\n';
      case RegexOp::AnyAll: return true;
      case RegexOp::Class: return class_contains(prog_.classes[in.arg], c);
      default: return false;
    }
  }

  void set_register(int index, int64_t value) {
    stack_.push_back({kRestoreRegister, index, registers_[index]});
    registers_[index] = value;
  }

  // An optional iteration of RepeatHead `head`'s loop begins at pos.
  void start_iteration(const RegexInst& head, int64_t pos) {
    set_register(head.arg + 1, pos);
    set_register(head.arg, registers_[head.arg] + 1);
  }

  void set_slot(int index, int64_t value) {
    stack_.push_back({kRestoreSlot, index, slots_[index]});
    slots_[index] = value;
  }

  // Undoes everything above `base`, leaving the stack at `base`.
  void unwind_to(size_t base) {
    while (stack_.size() > base) {
      const Backtrack& b = stack_.back();
      if (b.pc == kRestoreSlot) slots_[b.index] = b.pos;
      else if (b.pc == kRestoreRegister) registers_[b.index] = b.pos;
      stack_.pop_back();
    }
  }

  // A nested match succeeded and is final (atomic, lookahead): its choices go, its
  // undo records stay so that backtracking past it still restores the captures.
  void commit_to(size_t base) {
    size_t out = base;
    for (size_t i = base; i < stack_.size(); ++i)
      if (stack_[i].pc == kRestoreSlot || stack_[i].pc == kRestoreRegister) stack_[out++] = stack_[i];
    stack_.resize(out);
  }

  // Runs from `pc` at `pos` until Match/Succeed (true, *end set) or until every
  // choice made since the call failed (false, with what it wrote undone).
  bool run(int32_t pc, int64_t pos, int64_t* end) {
    const size_t base = stack_.size();
    for (;;) {
      if (++steps_ == kPollSteps) {
        steps_ = 0;
        if (poll_) poll_();
      }
      const RegexInst& in = prog_.code[pc];
      bool ok = true;
      switch (in.op) {
        case RegexOp::Char:
          ok = pos < end_ && text_[pos] == in.c;
          if (ok) ++pos, ++pc;
          break;
        case RegexOp::CharFold:
          ok = pos < end_ && regex_fold(text_[pos]) == in.c;
          if (ok) ++pos, ++pc;
          break;
        case RegexOp::Any:
          ok = pos < end_ && text_[pos] != '\n';
          if (ok) ++pos, ++pc;
          break;
        case RegexOp::AnyAll:
          ok = pos < end_;
          if (ok) ++pos, ++pc;
          break;
        case RegexOp::Class:
          ok = pos < end_ && class_contains(prog_.classes[in.arg], text_[pos]);
          if (ok) ++pos, ++pc;
          break;
        case RegexOp::Split:
          stack_.push_back({in.y, 0, pos});
          pc = in.x;
          break;
        case RegexOp::Jump: pc = in.x; break;
        case RegexOp::Save:
          set_slot(in.arg, pos);
          // A group's end: it becomes lastindex (sre's MARK rule).
          if ((in.arg & 1) && in.arg > 1) set_slot(static_cast<int>(slots_.size()) - 1, in.arg / 2);
          ++pc;
          break;
        case RegexOp::AtBeginning:
          ok = pos == 0;
          ++pc;
          break;
        case RegexOp::AtLineStart:
          ok = pos == 0 || text_[pos - 1] == '\n';
          ++pc;
          break;
        case RegexOp::AtEndOrNewline:
          ok = pos == end_ || (pos + 1 == end_ && text_[pos] == '\n');
          ++pc;
          break;
        case RegexOp::AtLineEnd:
          ok = pos == end_ || text_[pos] == '\n';
          ++pc;
          break;
        case RegexOp::AtEnd:
          ok = pos == end_;
          ++pc;
          break;
        case RegexOp::WordBoundary:
          ok = at_boundary(pos, in.arg != 0);
          ++pc;
          break;
        case RegexOp::NotWordBoundary:
          ok = end_ != 0 && !at_boundary(pos, in.arg != 0);
          ++pc;
          break;
        case RegexOp::Backref: {
          int64_t s = slots_[2 * in.arg], e = slots_[2 * in.arg + 1];
          ok = s >= 0 && e >= 0 && pos + (e - s) <= end_;
          for (int64_t i = 0; ok && i < e - s; ++i) {
            char32_t a = text_[s + i], b = text_[pos + i];
            ok = a == b || (in.x && regex_fold(a) == regex_fold(b));
          }
          if (ok) pos += e - s;
          ++pc;
          break;
        }
        case RegexOp::GroupExists:
          pc = (slots_[2 * in.arg] >= 0 && slots_[2 * in.arg + 1] >= 0) ? pc + 1 : in.x;
          break;
        case RegexOp::Look: {
          auto kind = static_cast<LookKind>(in.arg);
          bool behind = kind == LookKind::Behind || kind == LookKind::NotBehind;
          bool negative = kind == LookKind::NotAhead || kind == LookKind::NotBehind;
          int64_t from = behind ? pos - in.y : pos;
          size_t mark = stack_.size();
          int64_t sub_end = 0;
          // Behind: the width is fixed, so the sub-match must end exactly at pos.
          bool found = from >= 0 && run(pc + 1, from, &sub_end);
          if (found && negative) {
            unwind_to(mark);
          } else if (found) {
            commit_to(mark);
          }
          ok = found != negative;
          pc = in.x;
          break;
        }
        case RegexOp::Atomic: {
          size_t mark = stack_.size();
          int64_t sub_end = 0;
          ok = run(pc + 1, pos, &sub_end);
          if (ok) {
            commit_to(mark);
            pos = sub_end;
          }
          pc = in.x;
          break;
        }
        case RegexOp::RepeatEnter:
          set_register(in.arg, 0);
          set_register(in.arg + 1, -1);
          ++pc;
          break;
        case RegexOp::RepeatHead: {
          int64_t count = registers_[in.arg];
          if (count < in.x) {
            set_register(in.arg, count + 1);
            ++pc;
          } else if ((in.y >= 0 && count >= in.y) || pos == registers_[in.arg + 1]) {
            pc = in.z;
          } else if (in.c) {
            stack_.push_back({kRepeatIterate, pc, pos});  // lazy: the rest first
            pc = in.z;
          } else {
            stack_.push_back({in.z, 0, pos});
            start_iteration(in, pos);
            ++pc;
          }
          break;
        }
        case RegexOp::RepeatOne: {
          const RegexInst& item = prog_.code[pc + 1];
          int64_t max = in.y < 0 ? end_ - pos : std::min<int64_t>(in.y, end_ - pos);
          int64_t count = 0;
          int64_t need = in.arg ? in.x : max;  // lazy: only the minimum first
          while (count < need && one(item, pos + count)) ++count;
          if (count < in.x) {
            ok = false;
            break;
          }
          if (in.arg) {
            if (count < max) stack_.push_back({kRepeatMore, pc, pos + count, pos + max});
          } else if (count > in.x) {
            stack_.push_back({kRepeatFewer, pc, pos + count - 1, pos + in.x});
          }
          pos += count;
          pc += 2;
          break;
        }
        case RegexOp::Succeed:
          *end = pos;
          return true;
        case RegexOp::Match:
          if ((mode_ == RegexMode::FullMatch && pos != end_) || (must_advance_ && pos == start_)) {
            ok = false;
            break;
          }
          *end = pos;
          return true;
      }
      if (ok) continue;
      // Fail: back to the latest choice made since this run began.
      for (;;) {
        if (stack_.size() == base) return false;
        Backtrack b = stack_.back();
        stack_.pop_back();
        if (b.pc == kRestoreSlot) {
          slots_[b.index] = b.pos;
        } else if (b.pc == kRestoreRegister) {
          registers_[b.index] = b.pos;
        } else if (b.pc == kRepeatFewer) {
          if (b.pos > b.limit) stack_.push_back({kRepeatFewer, b.index, b.pos - 1, b.limit});
          pc = b.index + 2;
          pos = b.pos;
          break;
        } else if (b.pc == kRepeatIterate) {
          pos = b.pos;
          start_iteration(prog_.code[b.index], pos);
          pc = b.index + 1;
          break;
        } else if (b.pc == kRepeatMore) {
          if (!one(prog_.code[b.index + 1], b.pos)) continue;
          if (b.pos + 1 < b.limit) stack_.push_back({kRepeatMore, b.index, b.pos + 1, b.limit});
          pc = b.index + 2;
          pos = b.pos + 1;
          break;
        } else {
          pc = b.pc;
          pos = b.pos;
          break;
        }
      }
    }
  }
};

}  // namespace

char32_t regex_fold(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  return single_mapping(c, CaseMapping::Lower);
}

bool regex_match(const RegexProgram& program, std::u32string_view text, int64_t pos, int64_t endpos,
                 RegexMode mode, bool must_advance, std::vector<int64_t>* spans, void (*poll)()) {
  int64_t size = static_cast<int64_t>(text.size());
  if (endpos > size) endpos = size;
  if (endpos < 0) endpos = 0;
  if (pos < 0) pos = 0;
  if (pos > endpos) return false;
  Matcher m(program, text, pos, endpos, mode, must_advance, poll);
  // A search for a pattern that starts with a plain character only tries the
  // positions holding it.
  const RegexInst& first = program.code[1];
  bool literal_start = mode == RegexMode::Search && first.op == RegexOp::Char;
  for (int64_t start = pos; start <= endpos; ++start) {
    if (literal_start) {
      while (start < endpos && text[start] != first.c) ++start;
      if (start == endpos) break;
    }
    if (m.match_at(start)) {
      *spans = m.slots();
      return true;
    }
    if (mode != RegexMode::Search) break;
  }
  return false;
}

}  // namespace loopscope::lang
