// The carets under a traceback's source line, as CPython 3.11's traceback module
// draws them (format_frame_summary and _extract_caret_anchors_from_line_segment):
// "~" under the operands and "^" under the operator of a binary operation, "~" under
// the value and "^" under the brackets of a subscript, "^" under any other failing
// expression, and nothing when that expression is the whole line.
#include "lang/traceback_carets.h"

#include "lang/parser.h"

namespace loopscope::lang {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// A UTF-8 byte offset into `s` as a count of code points (CPython's
// _byte_offset_to_character_offset), clamped to the string.
int char_offset(const std::string& s, int byte_offset) {
  int chars = 0;
  for (int i = 0; i < byte_offset && i < static_cast<int>(s.size()); ++i)
    if ((static_cast<unsigned char>(s[static_cast<size_t>(i)]) & 0xC0) != 0x80) ++chars;
  return chars;
}

int char_length(const std::string& s) { return char_offset(s, static_cast<int>(s.size())); }

struct Anchors {
  int left_end;     // where the "~" of the left part ends (characters into the segment)
  int right_start;  // where the "~" of the right part starts
};

// The anchors of a segment that parses as a single binary operation or subscript.
bool find_anchors(const std::string& segment, Anchors* out) {
  ParseResult parsed = parse(segment);
  if (parsed.error || !parsed.module || parsed.module->body.size() != 1) return false;
  const ast::Stmt& stmt = *parsed.module->body[0];
  if (stmt.kind != ast::StmtKind::Expr || !stmt.a) return false;
  const ast::Expr& e = *stmt.a;
  int n = static_cast<int>(segment.size());
  auto at = [&](int i) { return segment[static_cast<size_t>(i)]; };
  if (e.kind == ast::ExprKind::BinOp) {
    int op_start = e.a->pos.end_col;
    int op_end = e.b->pos.col;
    if (op_start < 0 || op_end < op_start || op_end > n) return false;
    std::string op = segment.substr(static_cast<size_t>(op_start), static_cast<size_t>(op_end - op_start));
    int op_offset = 0;
    while (op_offset < static_cast<int>(op.size()) && is_space(op[static_cast<size_t>(op_offset)])) ++op_offset;
    int left = e.a->pos.end_col + op_offset;
    int right = left + 1;
    if (op_offset + 1 < static_cast<int>(op.size()) && !is_space(op[static_cast<size_t>(op_offset + 1)])) ++right;
    while (left < n && (is_space(at(left)) || at(left) == ')' || at(left) == '#')) {
      ++left;
      ++right;
    }
    *out = {char_offset(segment, left), char_offset(segment, right)};
    return true;
  }
  if (e.kind == ast::ExprKind::Subscript) {
    if (e.a->pos.end_col < 0 || e.b->pos.end_col < 0 || e.b->pos.end_col > n) return false;
    int left = char_offset(segment, e.a->pos.end_col);
    int right = char_offset(segment, e.b->pos.end_col + 1);
    while (left < n && (is_space(at(left)) || at(left) != '[')) ++left;
    while (right < n && (is_space(at(right)) || at(right) != ']')) ++right;
    if (right < n) ++right;
    *out = {left, right};
    return true;
  }
  return false;
}

}  // namespace

std::string caret_line(const std::string& source_line, int line, int col, int end_line, int end_col) {
  if (col < 0 || end_col < 0) return {};
  std::string text = source_line;
  while (!text.empty() && is_space(text.back())) text.pop_back();
  size_t first = 0;
  while (first < text.size() && is_space(text[first])) ++first;
  int indent = char_offset(text, static_cast<int>(first));
  int stripped_length = char_length(text) - indent;
  int start = char_offset(text, col);
  int end = char_offset(text, end_col);
  Anchors anchors{};
  bool has_anchors = false;
  if (end_line == line) {
    if (end < start) return {};
    // The segment in bytes, for the parser (its offsets are bytes too).
    std::string segment = text.substr(std::min(static_cast<size_t>(col), text.size()),
                                      static_cast<size_t>(std::max(0, end_col - col)));
    has_anchors = find_anchors(segment, &anchors);
  } else {
    end = char_length(text);
  }
  if (!(end - start < stripped_length || (has_anchors && anchors.right_start - anchors.left_end > 0))) return {};
  std::string out = "    " + std::string(static_cast<size_t>(std::max(0, start - indent)), ' ');
  if (has_anchors) {
    out += std::string(static_cast<size_t>(std::max(0, anchors.left_end)), '~');
    out += std::string(static_cast<size_t>(std::max(0, anchors.right_start - anchors.left_end)), '^');
    out += std::string(static_cast<size_t>(std::max(0, end - start - anchors.right_start)), '~');
  } else {
    out += std::string(static_cast<size_t>(std::max(0, end - start)), '^');
  }
  return out + "\n";
}

}  // namespace loopscope::lang
