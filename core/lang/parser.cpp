// parser: see parser.h. Index of sections:
//   [SECTION] Parser state and token access
//   [SECTION] Statements
//   [SECTION] Match statements and patterns
//   [SECTION] Function and lambda parameters
//   [SECTION] Expressions (one function per precedence level, lowest first)
//   [SECTION] Atoms, numbers and strings
//   [SECTION] f-strings
//   [SECTION] Assignment targets
//   [SECTION] Entry points and error display
// Errors are thrown as ParseError and caught in parse(); a few constructs are tried
// speculatively (parenthesised with-items) by saving and restoring the token index.
#include "lang/parser.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <limits>
#include <unordered_set>
#include <vector>

#include "lang/bigint.h"
#include "lang/lexer.h"
#include "lang/string_literal.h"

namespace loopscope::lang {

namespace {

using ast::Ctx;
using ast::Expr;
using ast::ExprKind;
using ast::ExprList;
using ast::ExprPtr;
using ast::Pos;
using ast::Stmt;
using ast::StmtKind;
using ast::StmtList;
using ast::StmtPtr;

// Nesting of expressions the parser follows before giving up; each level costs a
// handful of C++ frames, so this bounds the stack (brackets stop at 200 in the lexer).
// The browser's stack is about 1 MB, and frames grow once V8 optimises the parser
// (after a while: a long test run overflowed it at 200 levels of brackets).
#ifdef __EMSCRIPTEN__
constexpr int kMaxExprDepth = 100;
#else
constexpr int kMaxExprDepth = 1000;
#endif
// CPython 3.11 allows format specs nested two deep: f'{x:{y:{z}}}' is too deep.
constexpr int kMaxFStringNesting = 2;

// Columns are 0-based bytes here; parse() converts them for SyntaxErrorInfo.
struct ParseError {
  std::string type;
  std::string message;
  int line = 0;
  int col = 0;
  int end_line = 0;
  int end_col = -1;
  bool from_lexer = false;
};

[[noreturn]] void raise_at(std::string msg, int line, int col, int end_line = 0, int end_col = -1,
                           const char* type = "SyntaxError") {
  throw ParseError{type, std::move(msg), line, col, end_line ? end_line : line, end_col};
}

[[noreturn]] void raise_at(std::string msg, const Pos& p) {
  raise_at(std::move(msg), p.line, p.col, p.end_line, p.end_col);
}

Pos span(const Pos& a, const Pos& b) { return Pos{a.line, a.col, b.end_line, b.end_col}; }

ExprPtr make_expr(ExprKind k, Pos p) { return std::make_unique<Expr>(k, p); }
StmtPtr make_stmt(StmtKind k, Pos p) { return std::make_unique<Stmt>(k, p); }

// The noun CPython uses for an expression in "cannot assign to ..." messages.
const char* expr_noun(const Expr& e) {
  switch (e.kind) {
    case ExprKind::BoolOp: case ExprKind::BinOp: case ExprKind::UnaryOp: return "expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::Yield: case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Compare: return "comparison";
    case ExprKind::Call: return "function call";
    case ExprKind::FormattedValue: case ExprKind::JoinedStr: return "f-string expression";
    case ExprKind::Constant:
      switch (e.constant.kind) {
        case ast::Constant::Kind::None: return "None";
        case ast::Constant::Kind::True: return "True";
        case ast::Constant::Kind::False: return "False";
        case ast::Constant::Kind::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Slice: return "slice";
  }
  return "expression";
}

// =====================================================================================
// [SECTION] Parser state and token access
// =====================================================================================

class Parser {
 public:
  Parser(std::string_view src, int line_base, int col_base, int depth, bool in_fstring)
      : lex_(src, line_base, col_base), depth_(depth), in_fstring_(in_fstring) {}

  std::unique_ptr<ast::Module> file();
  std::unique_ptr<ast::Module> eval_input();
  ExprPtr fstring_expression();
  void prefer_tokenizer_error(ParseError* err);

 private:
  // Counts one level of expression nesting for the lifetime of the guard.
  struct DepthGuard {
    Parser* p;
    explicit DepthGuard(Parser* parser) : p(parser) {
      if (++p->depth_ > kMaxExprDepth) {
        const Token& t = p->cur();
        raise_at("too many nested parentheses", t.line, t.col);
      }
    }
    ~DepthGuard() { --p->depth_; }
  };

  const Token& tok(size_t ahead = 0) {
    while (toks_.size() <= p_ + ahead) {
      if (!toks_.empty() && (toks_.back().kind == TokenKind::EndMarker ||
                             toks_.back().kind == TokenKind::Error)) {
        break;
      }
      toks_.push_back(lex_.next());
    }
    const Token& t = toks_[std::min(p_ + ahead, toks_.size() - 1)];
    if (t.kind == TokenKind::Error) {
      const LexError& e = lex_.error();
      const char* type = e.type == "IndentationError" ? "IndentationError"
                         : e.type == "TabError"       ? "TabError"
                                                      : "SyntaxError";
      throw ParseError{type, e.message, e.line, e.col, e.end_line, e.end_col, true};
    }
    return t;
  }
  const Token& cur() { return tok(0); }
  Token take() {
    Token t = cur();
    prev_end_line_ = t.end_line;
    prev_end_col_ = t.end_col;
    ++p_;
    return t;
  }
  bool at_op(const char* s) { return cur().is_op(s); }
  bool at_kw(const char* s) { return cur().is_name(s); }
  bool accept_op(const char* s) {
    if (!at_op(s)) return false;
    take();
    return true;
  }
  bool accept_kw(const char* s) {
    if (!at_kw(s)) return false;
    take();
    return true;
  }
  Pos start_pos() {
    const Token& t = cur();
    return Pos{t.line, t.col, t.end_line, t.end_col};
  }
  Pos end_from(const Pos& start) const {
    return Pos{start.line, start.col, prev_end_line_, prev_end_col_};
  }
  static Pos tok_pos(const Token& t) { return Pos{t.line, t.col, t.end_line, t.end_col}; }

  [[noreturn]] void invalid_syntax() {
    // Like CPython, blame the furthest token read, which speculative parses may
    // have pushed past the current one.
    const Token& t = toks_.size() > p_ + 1 && toks_.back().kind != TokenKind::Error
                         ? toks_.back() : cur();
    if (t.kind == TokenKind::Indent) {
      // CPython's offset here is the indentation width, one left of the token.
      raise_at("unexpected indent", t.line, t.col > 0 ? t.col - 1 : 0, t.line, -1,
               "IndentationError");
    }
    if (t.kind == TokenKind::Dedent) {
      raise_at("unexpected unindent", t.line, t.col > 0 ? t.col - 1 : 0, t.line, -1,
               "IndentationError");
    }
    if (t.kind == TokenKind::EndMarker || (t.kind == TokenKind::Newline && t.text.empty())) {
      raise_at("invalid syntax", t.line, t.col, t.line, t.col);
    }
    raise_at("invalid syntax", t.line, t.col, t.end_line, t.end_col);
  }
  void expect_op(const char* s) {
    if (!accept_op(s)) invalid_syntax();
  }
  // "expected ':'" points at the token where the colon should have been.
  // `&&':'` in CPython's grammar: whatever stands there, it says a colon was expected.
  void expect_colon_forced() {
    if (accept_op(":")) return;
    const Token& t = cur();
    if (t.kind == TokenKind::Newline || t.kind == TokenKind::EndMarker) expect_colon();
    raise_at("expected ':'", tok_pos(t));
  }
  void expect_colon() {
    if (accept_op(":")) return;
    const Token& t = cur();
    if (t.kind == TokenKind::Newline || t.kind == TokenKind::EndMarker) {
      raise_at("expected ':'", prev_end_line_, prev_end_col_, prev_end_line_, prev_end_col_ + 1);
    }
    invalid_syntax();
  }
  std::string expect_name() {
    const Token& t = cur();
    if (t.kind != TokenKind::Name || is_keyword(t.text)) invalid_syntax();
    return take().text;
  }
  bool at_name() {
    const Token& t = cur();
    return t.kind == TokenKind::Name && !is_keyword(t.text);
  }
  // True when the current token may begin an expression (used for error hints).
  bool starts_expression() {
    const Token& t = cur();
    switch (t.kind) {
      case TokenKind::Name:
        return !is_keyword(t.text) || t.text == "None" || t.text == "True" ||
               t.text == "False" || t.text == "lambda" || t.text == "not" ||
               t.text == "await";
      case TokenKind::Number: case TokenKind::String: return true;
      case TokenKind::Op:
        return t.text == "(" || t.text == "[" || t.text == "{" || t.text == "-" ||
               t.text == "+" || t.text == "~" || t.text == "...";
      default: return false;
    }
  }

  // Statements.
  void statements(StmtList* out);
  void statement(StmtList* out);
  void simple_stmts(StmtList* out);
  StmtPtr simple_stmt();
  StmtPtr compound_stmt();
  StmtPtr expr_or_assign_stmt();
  StmtPtr import_stmt();
  StmtPtr from_import_stmt();
  StmtPtr if_stmt(bool is_elif);
  StmtPtr while_stmt();
  StmtPtr for_stmt(bool is_async, const Pos& start);
  StmtPtr with_stmt(bool is_async, const Pos& start);
  bool parenthesized_with_items(std::vector<ast::WithItem>* items);
  ast::WithItem with_item();
  StmtPtr try_stmt();
  StmtPtr match_stmt();
  StmtPtr funcdef(ExprList decorators, const Pos& start);
  StmtPtr classdef(ExprList decorators, const Pos& start);
  void block(StmtList* out, const std::string& what, int line);
  std::string dotted_name();

  // Patterns (match statements).
  using PatternPtr = ast::PatternPtr;
  PatternPtr patterns();
  PatternPtr pattern();
  PatternPtr or_pattern();
  PatternPtr closed_pattern();
  PatternPtr maybe_star_pattern();
  PatternPtr sequence_pattern(const char* close, const Pos& start);
  PatternPtr mapping_pattern();
  PatternPtr class_pattern(ExprPtr cls, const Pos& start);
  ExprPtr signed_number();
  ExprPtr name_or_attr();
  std::string capture_target();

  // Parameters.
  std::unique_ptr<ast::Arguments> parameters(bool annotations, const char* close);
  ast::Arg param(bool annotations, bool star_annotation);

  // Expressions.
  ExprPtr star_expressions();
  ExprPtr star_expression();
  ExprPtr star_named_expression();
  ExprPtr named_expression(bool eq_hint = true);
  ExprPtr expression();
  ExprPtr lambdef();
  ExprPtr disjunction();
  ExprPtr conjunction();
  ExprPtr inversion();
  ExprPtr comparison();
  ExprPtr bitwise_or();
  ExprPtr bitwise_xor();
  ExprPtr bitwise_and();
  ExprPtr shift_expr();
  ExprPtr sum();
  ExprPtr term();
  ExprPtr factor();
  ExprPtr power();
  ExprPtr await_primary();
  ExprPtr primary();
  ExprPtr yield_expr();
  void call_args(Expr* call, const char* close, bool allow_genexp = true);
  ExprPtr slices();
  ExprPtr slice();
  void comprehension_clauses(std::vector<ast::Comprehension>* out);
  bool at_comprehension() { return at_kw("for") || (at_kw("async") && tok(1).is_name("for")); }
  void check_missing_comma(const Expr& first);

  // Atoms.
  ExprPtr atom();
  ExprPtr paren_atom();
  ExprPtr list_atom();
  ExprPtr brace_atom();
  ExprPtr dict_value();
  ExprPtr number(const Token& t);
  ExprPtr strings();

  // f-strings.
  struct FParts {
    ExprList values;
    std::string pending;
    void flush(const Pos& p) {
      if (pending.empty()) return;
      ExprPtr c = make_expr(ExprKind::Constant, p);
      c->constant.kind = ast::Constant::Kind::Str;
      c->constant.s = std::move(pending);
      pending.clear();
      values.push_back(std::move(c));
    }
  };
  void fstring_literal_text(const Token& t, std::string_view text, size_t* i, size_t end,
                            bool raw, int nest, FParts* out, bool in_spec);
  void fstring_field(const Token& t, std::string_view text, size_t* i, size_t end, bool raw,
                     int nest, FParts* out);
  void token_pos(const Token& t, std::string_view text, size_t idx, int* line, int* col);
  [[noreturn]] void fstring_error(const Token& t, std::string_view text, size_t idx,
                                  const std::string& msg);

  // Targets.
  void set_context(Expr* e, Ctx ctx, bool for_statement_assign);
  void check_aug_target(const Expr& e);

  Lexer lex_;
  // A deque so that references to tokens survive reading further ahead.
  std::deque<Token> toks_;
  size_t p_ = 0;
  int prev_end_line_ = 1;
  int prev_end_col_ = 0;
  int depth_ = 0;
  bool in_fstring_ = false;
  // Expressions written inside their own parentheses: CPython's grammar treats them
  // as atoms, which changes a few error messages.
  std::unordered_set<const Expr*> parenthesized_;
};

// =====================================================================================
// [SECTION] Statements
// =====================================================================================

std::unique_ptr<ast::Module> Parser::file() {
  auto mod = std::make_unique<ast::Module>();
  statements(&mod->body);
  if (cur().kind != TokenKind::EndMarker) invalid_syntax();
  return mod;
}

void Parser::statements(StmtList* out) {
  while (true) {
    const Token& t = cur();
    if (t.kind == TokenKind::EndMarker || t.kind == TokenKind::Dedent) return;
    statement(out);
  }
}

void Parser::statement(StmtList* out) {
  if (StmtPtr s = compound_stmt()) {
    out->push_back(std::move(s));
    return;
  }
  simple_stmts(out);
}

void Parser::simple_stmts(StmtList* out) {
  while (true) {
    out->push_back(simple_stmt());
    if (accept_op(";")) {
      if (cur().kind == TokenKind::Newline) break;
      continue;
    }
    break;
  }
  const Token& t = cur();
  if (t.kind != TokenKind::Newline) {
    if (t.is_op("=") || t.is_op(":=")) invalid_syntax();
    invalid_syntax();
  }
  take();
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts. `what` names the statement
// for CPython's "expected an indented block after ..." message.
void Parser::block(StmtList* out, const std::string& what, int line) {
  if (cur().kind == TokenKind::Newline) {
    Token nl = take();
    if (cur().kind != TokenKind::Indent) {
      const Token& t = cur();
      int l = t.kind == TokenKind::EndMarker ? nl.line : t.line;
      int c = t.kind == TokenKind::EndMarker ? nl.col : t.col;
      raise_at("expected an indented block after " + what + " on line " + std::to_string(line),
               l, c, l, -1, "IndentationError");
    }
    take();
    statements(out);
    if (cur().kind == TokenKind::Dedent) take();
    return;
  }
  simple_stmts(out);
}

StmtPtr Parser::compound_stmt() {
  const Token& t = cur();
  if (t.kind != TokenKind::Name && !t.is_op("@")) return nullptr;
  Pos start = start_pos();
  if (t.is_op("@")) {
    ExprList decorators;
    while (accept_op("@")) {
      decorators.push_back(named_expression());
      if (cur().kind != TokenKind::Newline) invalid_syntax();
      take();
    }
    if (at_kw("def")) return funcdef(std::move(decorators), start);
    if (at_kw("class")) return classdef(std::move(decorators), start);
    if (at_kw("async") && tok(1).is_name("def")) return funcdef(std::move(decorators), start);
    invalid_syntax();
  }
  const std::string& w = t.text;
  if (w == "if") return if_stmt(false);
  if (w == "while") return while_stmt();
  if (w == "for") return for_stmt(false, start);
  if (w == "with") return with_stmt(false, start);
  if (w == "try") return try_stmt();
  if (w == "def") return funcdef({}, start);
  if (w == "class") return classdef({}, start);
  if (w == "match") return match_stmt();  // null: an expression statement after all
  if (w == "async") {
    const Token& n = tok(1);
    if (n.is_name("def")) return funcdef({}, start);
    if (n.is_name("for")) {
      take();
      return for_stmt(true, start);
    }
    if (n.is_name("with")) {
      take();
      return with_stmt(true, start);
    }
    take();
    invalid_syntax();
  }
  return nullptr;
}

StmtPtr Parser::if_stmt(bool is_elif) {
  Pos start = start_pos();
  int line = take().line;
  auto s = make_stmt(StmtKind::If, start);
  s->a = named_expression();
  expect_colon();
  block(&s->body, is_elif ? "'elif' statement" : "'if' statement", line);
  if (at_kw("elif")) {
    s->orelse.push_back(if_stmt(true));
  } else if (at_kw("else")) {
    int eline = take().line;
    expect_colon_forced();
    block(&s->orelse, "'else' statement", eline);
  }
  s->pos = end_from(start);
  return s;
}

StmtPtr Parser::while_stmt() {
  Pos start = start_pos();
  int line = take().line;
  auto s = make_stmt(StmtKind::While, start);
  s->a = named_expression();
  expect_colon();
  block(&s->body, "'while' statement", line);
  if (at_kw("else")) {
    int eline = take().line;
    expect_colon_forced();
    block(&s->orelse, "'else' statement", eline);
  }
  s->pos = end_from(start);
  return s;
}

StmtPtr Parser::for_stmt(bool is_async, const Pos& start) {
  int line = take().line;  // 'for'
  auto s = make_stmt(is_async ? StmtKind::AsyncFor : StmtKind::For, start);
  // The target is parsed up to 'in' (bitwise_or level, like CPython's star_targets).
  {
    Pos tstart = start_pos();
    ExprList elts;
    bool comma = false;
    while (true) {
      if (at_op("*")) {
        Pos sp = start_pos();
        take();
        auto st = make_expr(ExprKind::Starred, sp);
        st->a = bitwise_or();
        st->pos = end_from(sp);
        elts.push_back(std::move(st));
      } else {
        elts.push_back(bitwise_or());
      }
      if (!accept_op(",")) break;
      comma = true;
      if (at_kw("in")) break;
    }
    if (!comma) {
      s->a = std::move(elts[0]);
    } else {
      s->a = make_expr(ExprKind::Tuple, end_from(tstart));
      s->a->elts = std::move(elts);
    }
  }
  set_context(s->a.get(), Ctx::Store, false);
  if (!accept_kw("in")) invalid_syntax();
  s->b = star_expressions();
  expect_colon();
  block(&s->body, "'for' statement", line);
  if (at_kw("else")) {
    int eline = take().line;
    expect_colon_forced();
    block(&s->orelse, "'else' statement", eline);
  }
  s->pos = end_from(start);
  return s;
}

ast::WithItem Parser::with_item() {
  ast::WithItem item;
  item.context_expr = expression();
  if (accept_kw("as")) {
    item.optional_vars = star_expression();
    set_context(item.optional_vars.get(), Ctx::Store, false);
    if (!at_op(",") && !at_op(")") && !at_op(":") && cur().kind != TokenKind::Newline) {
      invalid_syntax();
    }
  }
  return item;
}

// with (a as b, c): the parenthesised form, tried first as CPython does; false (and
// the token index restored) when the parentheses turn out to be an expression.
bool Parser::parenthesized_with_items(std::vector<ast::WithItem>* items) {
  size_t save = p_;
  int save_line = prev_end_line_, save_col = prev_end_col_;
  try {
    take();  // '('
    std::vector<ast::WithItem> got;
    while (true) {
      got.push_back(with_item());
      if (!accept_op(",")) break;
      if (at_op(")")) break;
    }
    if (accept_op(")") && at_op(":")) {
      *items = std::move(got);
      return true;
    }
  } catch (const ParseError&) {
  }
  p_ = save;
  prev_end_line_ = save_line;
  prev_end_col_ = save_col;
  return false;
}

StmtPtr Parser::with_stmt(bool is_async, const Pos& start) {
  int line = take().line;  // 'with'
  auto s = make_stmt(is_async ? StmtKind::AsyncWith : StmtKind::With, start);
  if (!(at_op("(") && parenthesized_with_items(&s->items))) {
    while (true) {
      s->items.push_back(with_item());
      if (!accept_op(",")) break;
    }
  }
  expect_colon();
  block(&s->body, "'with' statement", line);
  s->pos = end_from(start);
  return s;
}

StmtPtr Parser::try_stmt() {
  Pos start = start_pos();
  int line = take().line;
  auto s = make_stmt(StmtKind::Try, start);
  expect_colon_forced();
  block(&s->body, "'try' statement", line);
  bool plain = false, star = false;
  while (at_kw("except")) {
    Pos hstart = start_pos();
    int hline = take().line;
    ast::ExceptHandler h;
    h.pos = hstart;
    bool is_star = false;
    if (at_op("*")) {
      take();
      is_star = true;
      if (at_op(":")) raise_at("expected one or more exception types", start_pos());
    }
    (is_star ? star : plain) = true;
    if (plain && star) {
      raise_at("cannot have both 'except' and 'except*' on the same 'try'", hstart);
    }
    if (!at_op(":")) {
      Pos tstart = start_pos();
      h.type = expression();
      if (at_op(",")) {
        // except A, B: is Python 2 syntax; 3.x wants a tuple in parentheses.
        take();
        expression();
        raise_at("multiple exception types must be parenthesized", end_from(tstart));
      }
      if (accept_kw("as")) h.name = expect_name();
    }
    expect_colon();
    block(&h.body, is_star ? "'except*' statement" : "'except' statement", hline);
    h.pos = end_from(hstart);
    s->handlers.push_back(std::move(h));
  }
  if (star) s->kind = StmtKind::TryStar;
  if (at_kw("else") && !s->handlers.empty()) {
    int eline = take().line;
    expect_colon_forced();
    block(&s->orelse, "'else' statement", eline);
  }
  if (at_kw("finally")) {
    int fline = take().line;
    expect_colon_forced();
    block(&s->finalbody, "'finally' statement", fline);
  }
  if (s->handlers.empty() && s->finalbody.empty()) {
    // Reported at the token after the body, or at the body's NEWLINE at a dedent.
    if (cur().kind != TokenKind::Dedent && cur().kind != TokenKind::EndMarker) {
      raise_at("expected 'except' or 'finally' block", start_pos());
    }
    size_t k = p_;
    while (k > 0 && (toks_[k - 1].kind == TokenKind::Dedent || toks_[k - 1].kind == TokenKind::Indent)) --k;
    const Token& last = toks_[k > 0 ? k - 1 : 0];
    raise_at("expected 'except' or 'finally' block", last.line, last.col);
  }
  s->pos = end_from(start);
  return s;
}

StmtPtr Parser::funcdef(ExprList decorators, const Pos& start) {
  bool is_async = accept_kw("async");
  int line = take().line;  // 'def'
  auto s = make_stmt(is_async ? StmtKind::AsyncFunctionDef : StmtKind::FunctionDef, start);
  s->decorators = std::move(decorators);
  s->name = expect_name();
  if (!at_op("(")) {
    raise_at("expected '('", start_pos());
  }
  take();
  s->args = parameters(true, ")");
  expect_op(")");
  if (at_op("->") && tok(1).is_op(":")) raise_at("expected ':'", start_pos());
  if (accept_op("->")) s->a = expression();
  expect_colon_forced();
  block(&s->body, "function definition", line);
  s->pos = end_from(start);
  return s;
}

StmtPtr Parser::classdef(ExprList decorators, const Pos& start) {
  int line = take().line;  // 'class'
  auto s = make_stmt(StmtKind::ClassDef, start);
  s->decorators = std::move(decorators);
  s->name = expect_name();
  if (accept_op("(")) {
    Expr holder(ExprKind::Call, Pos{});
    call_args(&holder, ")", false);
    expect_op(")");
    s->elts = std::move(holder.elts);
    s->keywords = std::move(holder.keywords);
  }
  expect_colon();
  block(&s->body, "class definition", line);
  s->pos = end_from(start);
  return s;
}

std::string Parser::dotted_name() {
  std::string name = expect_name();
  while (accept_op(".")) name += "." + expect_name();
  return name;
}

StmtPtr Parser::import_stmt() {
  Pos start = start_pos();
  take();
  auto s = make_stmt(StmtKind::Import, start);
  while (true) {
    ast::Alias a;
    a.pos = start_pos();
    a.name = dotted_name();
    if (accept_kw("as")) a.asname = expect_name();
    a.pos = end_from(a.pos);
    s->names.push_back(std::move(a));
    if (!accept_op(",")) break;
  }
  s->pos = end_from(start);
  return s;
}

StmtPtr Parser::from_import_stmt() {
  Pos start = start_pos();
  take();
  auto s = make_stmt(StmtKind::ImportFrom, start);
  while (at_op(".") || at_op("...")) s->level += static_cast<int>(take().text.size());
  if (!at_kw("import")) {
    s->name = dotted_name();
  } else if (s->level == 0) {
    invalid_syntax();
  }
  if (!accept_kw("import")) invalid_syntax();
  if (at_op("*")) {
    ast::Alias a;
    a.pos = start_pos();
    take();
    a.name = "*";
    s->names.push_back(std::move(a));
  } else {
    bool paren = accept_op("(");
    while (true) {
      ast::Alias a;
      a.pos = start_pos();
      a.name = expect_name();
      if (accept_kw("as")) a.asname = expect_name();
      a.pos = end_from(a.pos);
      s->names.push_back(std::move(a));
      if (!accept_op(",")) break;
      if (paren && at_op(")")) break;
      if (!paren && cur().kind == TokenKind::Newline) {
        raise_at("trailing comma not allowed without surrounding parentheses", tok_pos(cur()));
      }
    }
    if (paren) expect_op(")");
  }
  s->pos = end_from(start);
  return s;
}

StmtPtr Parser::simple_stmt() {
  const Token& t = cur();
  Pos start = start_pos();
  if (t.kind == TokenKind::Name) {
    const std::string& w = t.text;
    if (w == "pass" || w == "break" || w == "continue") {
      StmtKind k = w == "pass" ? StmtKind::Pass : w == "break" ? StmtKind::Break : StmtKind::Continue;
      take();
      return make_stmt(k, start);
    }
    if (w == "return") {
      take();
      auto s = make_stmt(StmtKind::Return, start);
      if (cur().kind != TokenKind::Newline && !at_op(";")) s->a = star_expressions();
      s->pos = end_from(start);
      return s;
    }
    if (w == "raise") {
      take();
      auto s = make_stmt(StmtKind::Raise, start);
      if (cur().kind != TokenKind::Newline && !at_op(";")) {
        s->a = expression();
        if (accept_kw("from")) s->b = expression();
      }
      s->pos = end_from(start);
      return s;
    }
    if (w == "global" || w == "nonlocal") {
      take();
      auto s = make_stmt(w == "global" ? StmtKind::Global : StmtKind::Nonlocal, start);
      do {
        s->identifiers.push_back(expect_name());
      } while (accept_op(","));
      s->pos = end_from(start);
      return s;
    }
    if (w == "del") {
      take();
      auto s = make_stmt(StmtKind::Delete, start);
      do {
        if (cur().kind == TokenKind::Newline || at_op(";")) break;
        ExprPtr e = star_expression();
        set_context(e.get(), Ctx::Del, false);
        s->targets.push_back(std::move(e));
      } while (accept_op(","));
      if (s->targets.empty()) invalid_syntax();
      s->pos = end_from(start);
      return s;
    }
    if (w == "assert") {
      take();
      auto s = make_stmt(StmtKind::Assert, start);
      s->a = expression();
      if (accept_op(",")) s->b = expression();
      s->pos = end_from(start);
      return s;
    }
    if (w == "import") return import_stmt();
    if (w == "from") return from_import_stmt();
  }
  return expr_or_assign_stmt();
}

// Expression statements, assignments (chained), augmented and annotated assignments.
StmtPtr Parser::expr_or_assign_stmt() {
  Pos start = start_pos();
  ExprPtr first = at_kw("yield") ? yield_expr() : star_expressions();
  if (at_op(":")) {
    take();
    auto s = make_stmt(StmtKind::AnnAssign, start);
    Expr& t = *first;
    bool paren = parenthesized_.count(first.get()) > 0;
    if (t.kind == ExprKind::Tuple) {
      raise_at("only single target (not tuple) can be annotated", t.pos);
    }
    if (t.kind == ExprKind::List) raise_at("only single target (not list) can be annotated", t.pos);
    if (t.kind != ExprKind::Name && t.kind != ExprKind::Attribute &&
        t.kind != ExprKind::Subscript) {
      raise_at("illegal target for annotation", t.pos);
    }
    set_context(first.get(), Ctx::Store, false);
    s->simple = t.kind == ExprKind::Name && !paren;
    s->a = std::move(first);
    s->b = expression();
    if (accept_op("=")) s->c = at_kw("yield") ? yield_expr() : star_expressions();
    s->pos = end_from(start);
    return s;
  }
  static const struct {
    const char* op;
    ast::BinOp bin;
  } kAug[] = {{"+=", ast::BinOp::Add},     {"-=", ast::BinOp::Sub},
              {"*=", ast::BinOp::Mult},    {"@=", ast::BinOp::MatMult},
              {"/=", ast::BinOp::Div},     {"%=", ast::BinOp::Mod},
              {"&=", ast::BinOp::BitAnd},  {"|=", ast::BinOp::BitOr},
              {"^=", ast::BinOp::BitXor},  {"<<=", ast::BinOp::LShift},
              {">>=", ast::BinOp::RShift}, {"**=", ast::BinOp::Pow},
              {"//=", ast::BinOp::FloorDiv}};
  for (const auto& a : kAug) {
    if (at_op(a.op)) {
      check_aug_target(*first);
      take();
      auto s = make_stmt(StmtKind::AugAssign, start);
      set_context(first.get(), Ctx::Store, false);
      s->a = std::move(first);
      s->bin_op = a.bin;
      s->b = at_kw("yield") ? yield_expr() : star_expressions();
      s->pos = end_from(start);
      return s;
    }
  }
  if (at_op("=")) {
    auto s = make_stmt(StmtKind::Assign, start);
    ExprList exprs;
    exprs.push_back(std::move(first));
    while (accept_op("=")) {
      exprs.push_back(at_kw("yield") ? yield_expr() : star_expressions());
    }
    s->a = std::move(exprs.back());
    exprs.pop_back();
    for (auto& e : exprs) set_context(e.get(), Ctx::Store, exprs.size() == 1);
    s->targets = std::move(exprs);
    s->pos = end_from(start);
    return s;
  }
  auto s = make_stmt(StmtKind::Expr, start);
  s->a = std::move(first);
  s->pos = end_from(start);
  if (starts_expression() && s->a->kind != ExprKind::Tuple) check_missing_comma(*s->a);
  return s;
}

// =====================================================================================
// [SECTION] Match statements and patterns
// =====================================================================================
// `match` and `case` are soft keywords: a statement starting with `match` is a match
// statement when `match SUBJECT:` parses (else it is an expression statement, so
// match = 1 and match(x) keep working). The pattern grammar is CPython 3.11's; the
// checks that CPython makes while compiling (unreachable patterns, names bound twice)
// are in the compiler.

namespace {
ast::PatternPtr make_pattern(ast::PatternKind k, Pos p) { return std::make_unique<ast::Pattern>(k, p); }
}  // namespace

StmtPtr Parser::match_stmt() {
  Pos start = start_pos();
  const size_t saved = p_;
  const int saved_line = prev_end_line_, saved_col = prev_end_col_;
  auto restore = [&] {
    p_ = saved;
    prev_end_line_ = saved_line;
    prev_end_col_ = saved_col;
  };
  ExprPtr subject;
  try {
    take();  // match
    if (cur().kind == TokenKind::Newline || at_op("=") || at_op(".") || at_op(":")) {
      restore();
      return nullptr;
    }
    Pos sstart = start_pos();
    subject = star_named_expression();
    if (at_op(",")) {
      auto t = make_expr(ExprKind::Tuple, sstart);
      t->elts.push_back(std::move(subject));
      while (accept_op(",")) {
        if (at_op(":")) break;
        t->elts.push_back(star_named_expression());
      }
      t->pos = end_from(sstart);
      subject = std::move(t);
    }
  } catch (const ParseError& e) {
    if (e.from_lexer) throw;
    restore();
    return nullptr;
  }
  if (subject->kind == ExprKind::Starred) {
    if (at_op(":")) invalid_syntax();  // match *a: (a starred subject needs a comma)
    restore();
    return nullptr;
  }
  if (!at_op(":") || tok(1).kind != TokenKind::Newline) {
    // Not a match statement after all (match[x]: int = 1 annotates), unless nothing
    // else parses either: `match x` alone is CPython's "expected ':'".
    bool at_newline = cur().kind == TokenKind::Newline;
    Pos colon{prev_end_line_, prev_end_col_, prev_end_line_, prev_end_col_ + 1};
    restore();
    if (at_newline) {
      try {
        StmtList probe;
        simple_stmts(&probe);
      } catch (const ParseError& e) {
        if (e.from_lexer) throw;
        raise_at("expected ':'", colon);
      }
      restore();
    }
    return nullptr;
  }
  take();  // ':'
  auto s = make_stmt(StmtKind::Match, start);
  s->a = std::move(subject);
  if (cur().kind != TokenKind::Newline) invalid_syntax();
  Token nl = take();
  if (cur().kind != TokenKind::Indent) {
    const Token& t = cur();
    int l = t.kind == TokenKind::EndMarker ? nl.line : t.line;
    int c = t.kind == TokenKind::EndMarker ? nl.col : t.col;
    raise_at("expected an indented block after 'match' statement on line " + std::to_string(start.line), l, c,
             l, -1, "IndentationError");
  }
  take();
  do {
    if (!at_kw("case")) invalid_syntax();
    int line = take().line;
    ast::MatchCase c;
    c.pattern = patterns();
    if (accept_kw("if")) c.guard = named_expression();
    expect_colon();
    block(&c.body, "'case' statement", line);
    s->cases.push_back(std::move(c));
  } while (cur().kind != TokenKind::Dedent && cur().kind != TokenKind::EndMarker);
  if (cur().kind == TokenKind::Dedent) take();
  s->pos = end_from(start);
  return s;
}

// patterns: open_sequence_pattern (a, *b without brackets) | pattern
ast::PatternPtr Parser::patterns() {
  Pos start = start_pos();
  PatternPtr first = maybe_star_pattern();
  if (!at_op(",")) {
    if (first->kind == ast::PatternKind::MatchStar) invalid_syntax();
    return first;
  }
  auto seq = make_pattern(ast::PatternKind::MatchSequence, start);
  seq->patterns.push_back(std::move(first));
  while (accept_op(",")) {
    if (at_op(":") || at_kw("if")) break;
    seq->patterns.push_back(maybe_star_pattern());
  }
  seq->pos = end_from(start);
  return seq;
}

// The name after `as`, `*` or `**`: any name but a keyword; "_" gives "" (a wildcard).
std::string Parser::capture_target() {
  const Token& t = cur();
  if (t.kind != TokenKind::Name || is_keyword(t.text)) invalid_syntax();
  std::string n = take().text;
  return n == "_" ? std::string() : n;
}

ast::PatternPtr Parser::maybe_star_pattern() {
  if (!at_op("*")) return pattern();
  Pos start = start_pos();
  take();
  auto p = make_pattern(ast::PatternKind::MatchStar, start);
  p->name = capture_target();
  p->pos = end_from(start);
  return p;
}

// pattern: or_pattern ['as' NAME]
ast::PatternPtr Parser::pattern() {
  Pos start = start_pos();
  PatternPtr p = or_pattern();
  if (!at_kw("as")) return p;
  take();
  const Token& t = cur();
  bool name = t.kind == TokenKind::Name && !is_keyword(t.text);
  if (name && t.text == "_") raise_at("cannot use '_' as a target", tok_pos(t));
  if (!name) {
    if (!starts_expression()) invalid_syntax();
    ExprPtr e = expression();
    raise_at("invalid pattern target", e->pos);
  }
  auto as = make_pattern(ast::PatternKind::MatchAs, start);
  as->pattern = std::move(p);
  as->name = take().text;
  as->pos = end_from(start);
  return as;
}

ast::PatternPtr Parser::or_pattern() {
  Pos start = start_pos();
  PatternPtr first = closed_pattern();
  if (!at_op("|")) return first;
  auto o = make_pattern(ast::PatternKind::MatchOr, start);
  o->patterns.push_back(std::move(first));
  while (accept_op("|")) o->patterns.push_back(closed_pattern());
  o->pos = end_from(start);
  return o;
}

// NUMBER | '-' NUMBER, as CPython's tree has it (UnaryOp(USub) over the number).
ExprPtr Parser::signed_number() {
  Pos start = start_pos();
  if (!accept_op("-")) {
    if (cur().kind != TokenKind::Number) invalid_syntax();
    Token n = take();
    return number(n);
  }
  if (cur().kind != TokenKind::Number) invalid_syntax();
  Token n = take();
  auto u = make_expr(ExprKind::UnaryOp, start);
  u->unary_op = ast::UnaryOp::USub;
  u->a = number(n);
  u->pos = end_from(start);
  return u;
}

// NAME ('.' NAME)*
ExprPtr Parser::name_or_attr() {
  Pos start = start_pos();
  auto e = make_expr(ExprKind::Name, start);
  e->name = expect_name();
  while (accept_op(".")) {
    auto a = make_expr(ExprKind::Attribute, start);
    a->a = std::move(e);
    a->name = expect_name();
    a->pos = end_from(start);
    e = std::move(a);
  }
  return e;
}

ast::PatternPtr Parser::closed_pattern() {
  DepthGuard guard(this);
  const Token& t = cur();
  Pos start = start_pos();
  if (t.kind == TokenKind::Number || t.is_op("-")) {
    auto p = make_pattern(ast::PatternKind::MatchValue, start);
    p->value = signed_number();
    // Complex literals (1+2j) are the only patterns with a + or - here.
    if (at_op("+") || at_op("-")) raise_at("complex number patterns are not supported by Loopscope", start_pos());
    p->pos = p->value->pos;
    return p;
  }
  if (t.kind == TokenKind::String) {
    auto p = make_pattern(ast::PatternKind::MatchValue, start);
    p->value = strings();
    p->pos = p->value->pos;
    return p;
  }
  if (t.kind == TokenKind::Name) {
    if (t.text == "None" || t.text == "True" || t.text == "False") {
      auto p = make_pattern(ast::PatternKind::MatchSingleton, start);
      p->value = atom();
      return p;
    }
    if (is_keyword(t.text)) invalid_syntax();
    const Token& next = tok(1);
    if (t.text == "_" && !next.is_op(".") && !next.is_op("(") && !next.is_op("=")) {
      take();
      return make_pattern(ast::PatternKind::MatchAs, start);
    }
    ExprPtr n = name_or_attr();
    if (at_op("(")) return class_pattern(std::move(n), start);
    if (n->kind == ExprKind::Attribute) {
      auto p = make_pattern(ast::PatternKind::MatchValue, start);
      p->pos = n->pos;
      p->value = std::move(n);
      return p;
    }
    auto p = make_pattern(ast::PatternKind::MatchAs, n->pos);
    p->name = n->name;
    return p;
  }
  if (t.is_op("(")) {
    take();
    if (accept_op(")")) return make_pattern(ast::PatternKind::MatchSequence, end_from(start));
    PatternPtr first = maybe_star_pattern();
    if (at_op(",")) {
      auto seq = make_pattern(ast::PatternKind::MatchSequence, start);
      seq->patterns.push_back(std::move(first));
      while (accept_op(",")) {
        if (at_op(")")) break;
        seq->patterns.push_back(maybe_star_pattern());
      }
      expect_op(")");
      seq->pos = end_from(start);
      return seq;
    }
    expect_op(")");
    if (first->kind == ast::PatternKind::MatchStar) invalid_syntax();
    return first;  // a group: the pattern itself
  }
  if (t.is_op("[")) {
    take();
    return sequence_pattern("]", start);
  }
  if (t.is_op("{")) return mapping_pattern();
  invalid_syntax();
}

// After the opening bracket: items up to `close`, trailing comma allowed.
ast::PatternPtr Parser::sequence_pattern(const char* close, const Pos& start) {
  auto seq = make_pattern(ast::PatternKind::MatchSequence, start);
  while (!at_op(close)) {
    seq->patterns.push_back(maybe_star_pattern());
    if (!accept_op(",")) break;
  }
  expect_op(close);
  seq->pos = end_from(start);
  return seq;
}

// { key: pattern, ..., **rest }: keys are literals or dotted names.
ast::PatternPtr Parser::mapping_pattern() {
  Pos start = start_pos();
  take();  // {
  auto m = make_pattern(ast::PatternKind::MatchMapping, start);
  while (!at_op("}")) {
    if (accept_op("**")) {
      const Token& t = cur();
      if (t.kind == TokenKind::Name && t.text == "_") invalid_syntax();
      m->name = capture_target();
      accept_op(",");
      break;
    }
    const Token& t = cur();
    ExprPtr key;
    if (t.kind == TokenKind::Number || t.is_op("-")) {
      key = signed_number();
    } else if (t.kind == TokenKind::String) {
      key = strings();
    } else if (t.is_name("None") || t.is_name("True") || t.is_name("False")) {
      key = atom();
    } else if (t.kind == TokenKind::Name && !is_keyword(t.text)) {
      key = name_or_attr();
      if (key->kind != ExprKind::Attribute) invalid_syntax();
    } else {
      invalid_syntax();
    }
    expect_op(":");
    m->keys.push_back(std::move(key));
    m->patterns.push_back(pattern());
    if (!accept_op(",")) break;
  }
  expect_op("}");
  m->pos = end_from(start);
  return m;
}

// cls(positional patterns, name=pattern, ...)
ast::PatternPtr Parser::class_pattern(ExprPtr cls, const Pos& start) {
  DepthGuard guard(this);
  take();  // (
  auto c = make_pattern(ast::PatternKind::MatchClass, start);
  c->value = std::move(cls);
  while (!at_op(")")) {
    const Token& t = cur();
    if (t.kind == TokenKind::Name && !is_keyword(t.text) && tok(1).is_op("=")) {
      c->kwd_attrs.push_back(take().text);
      take();  // =
      c->kwd_patterns.push_back(pattern());
    } else {
      PatternPtr p = pattern();
      if (!c->kwd_attrs.empty()) raise_at("positional patterns follow keyword patterns", p->pos);
      c->patterns.push_back(std::move(p));
    }
    if (!accept_op(",")) break;
  }
  expect_op(")");
  c->pos = end_from(start);
  return c;
}

// =====================================================================================
// [SECTION] Function and lambda parameters
// =====================================================================================

ast::Arg Parser::param(bool annotations, bool star_annotation) {
  ast::Arg a;
  a.pos = start_pos();
  a.name = expect_name();
  if (annotations && accept_op(":")) {
    a.annotation = star_annotation && at_op("*") ? star_expression() : expression();
  }
  a.pos = end_from(a.pos);
  return a;
}

// Parameters up to (not including) `close`: ")" for def, ":" for lambda.
std::unique_ptr<ast::Arguments> Parser::parameters(bool annotations, const char* close) {
  auto args = std::make_unique<ast::Arguments>();
  bool seen_slash = false, seen_star = false, seen_default = false;
  while (!at_op(close)) {
    Pos here = start_pos();
    if (at_op("/")) {
      if (seen_slash) raise_at("/ may appear only once", here);
      if (seen_star) raise_at("/ must be ahead of *", here);
      if (args->args.empty()) raise_at("at least one argument must precede /", here);
      take();
      seen_slash = true;
      args->posonlyargs = std::move(args->args);
      args->args.clear();
    } else if (at_op("**")) {
      take();
      args->kwarg = std::make_unique<ast::Arg>(param(annotations, false));
      if (at_op("=")) raise_at("var-keyword argument cannot have default value", start_pos());
      accept_op(",");
      if (!at_op(close)) raise_at("arguments cannot follow var-keyword argument", start_pos());
      break;
    } else if (at_op("*")) {
      if (seen_star) raise_at("* argument may appear only once", here);
      take();
      seen_star = true;
      if (at_op(",") || at_op(close)) {
        if (at_op(close) || tok(1).is_op(close) || tok(1).is_op("**")) {
          // def points at the star; lambda (CPython's generic rule) at what follows.
          Pos where = here;
          if (std::string_view(close) == ":") where = at_op(close) ? start_pos() : tok_pos(tok(1));
          raise_at("named arguments must follow bare *", where);
        }
      } else {
        args->vararg = std::make_unique<ast::Arg>(param(annotations, true));
        if (at_op("=")) raise_at("var-positional argument cannot have default value", start_pos());
      }
    } else {
      ast::Arg a = param(annotations, false);
      ExprPtr def;
      if (accept_op("=")) def = expression();
      if (seen_star) {
        args->kwonlyargs.push_back(std::move(a));
        args->kw_defaults.push_back(std::move(def));
      } else {
        if (def) {
          seen_default = true;
          args->defaults.push_back(std::move(def));
        } else if (seen_default) {
          raise_at("non-default argument follows default argument", a.pos);
        }
        args->args.push_back(std::move(a));
      }
    }
    if (!accept_op(",")) break;
  }
  return args;
}

// =====================================================================================
// [SECTION] Expressions (one function per precedence level, lowest first)
// =====================================================================================

// a, *b, c  -> Tuple when there is a comma.
ExprPtr Parser::star_expressions() {
  Pos start = start_pos();
  ExprPtr first = star_expression();
  if (!at_op(",")) return first;
  auto t = make_expr(ExprKind::Tuple, start);
  t->elts.push_back(std::move(first));
  while (accept_op(",")) {
    if (!starts_expression() && !at_op("*")) break;
    t->elts.push_back(star_expression());
  }
  t->pos = end_from(start);
  return t;
}

ExprPtr Parser::star_expression() {
  if (at_op("*")) {
    Pos start = start_pos();
    take();
    auto s = make_expr(ExprKind::Starred, start);
    s->a = bitwise_or();
    s->pos = end_from(start);
    return s;
  }
  return expression();
}

ExprPtr Parser::star_named_expression() {
  if (at_op("*")) {
    Pos start = start_pos();
    take();
    auto s = make_expr(ExprKind::Starred, start);
    s->a = bitwise_or();
    s->pos = end_from(start);
    return s;
  }
  return named_expression();
}

// NAME := expression | expression, with CPython's hints for a lone '='.
ExprPtr Parser::named_expression(bool eq_hint) {
  Pos start = start_pos();
  if (at_name() && tok(1).is_op(":=")) {
    auto n = make_expr(ExprKind::Name, start);
    n->name = take().text;
    n->ctx = Ctx::Store;
    take();
    auto e = make_expr(ExprKind::NamedExpr, start);
    e->a = std::move(n);
    e->b = expression();
    e->pos = end_from(start);
    return e;
  }
  ExprPtr e = expression();
  if (at_op(":=")) {
    raise_at(std::string("cannot use assignment expressions with ") + expr_noun(*e), e->pos);
  }
  if (eq_hint && at_op("=") && !in_fstring_) {
    bool is_name = e->kind == ExprKind::Name;
    bool atomic = e->kind != ExprKind::Compare && e->kind != ExprKind::BoolOp &&
                  e->kind != ExprKind::IfExp && e->kind != ExprKind::Lambda &&
                  !(e->kind == ExprKind::UnaryOp && e->unary_op == ast::UnaryOp::Not);
    atomic = atomic || parenthesized_.count(e.get()) > 0;
    bool excluded = e->kind == ExprKind::List || e->kind == ExprKind::Tuple ||
                    e->kind == ExprKind::GeneratorExp ||
                    (e->kind == ExprKind::Constant &&
                     (e->constant.kind == ast::Constant::Kind::True ||
                      e->constant.kind == ast::Constant::Kind::False ||
                      e->constant.kind == ast::Constant::Kind::None));
    if (atomic && !excluded) {
      size_t save = p_;
      take();
      bool hint = false;
      Pos vpos;
      try {
        ExprPtr v = bitwise_or();
        vpos = v->pos;
        hint = !at_op("=") && !at_op(":=");
      } catch (const ParseError&) {
      }
      p_ = save;
      if (hint && is_name) {
        raise_at("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", span(e->pos, vpos));
      }
      if (hint) {
        raise_at(std::string("cannot assign to ") + expr_noun(*e) +
                     " here. Maybe you meant '==' instead of '='?",
                 e->pos);
      }
    }
  }
  return e;
}

ExprPtr Parser::expression() {
  DepthGuard guard(this);
  if (at_kw("lambda")) return lambdef();
  Pos start = start_pos();
  ExprPtr body = disjunction();
  if (!at_kw("if")) return body;
  take();
  auto e = make_expr(ExprKind::IfExp, start);
  e->a = disjunction();
  if (!accept_kw("else")) {
    raise_at("expected 'else' after 'if' expression", end_from(start));
  }
  e->b = std::move(body);
  e->c = expression();
  e->pos = end_from(start);
  return e;
}

ExprPtr Parser::lambdef() {
  Pos start = start_pos();
  take();
  auto e = make_expr(ExprKind::Lambda, start);
  e->args = parameters(false, ":");
  expect_colon();
  e->a = expression();
  e->pos = end_from(start);
  return e;
}

ExprPtr Parser::disjunction() {
  Pos start = start_pos();
  ExprPtr first = conjunction();
  if (!at_kw("or")) return first;
  auto e = make_expr(ExprKind::BoolOp, start);
  e->bool_op = ast::BoolOp::Or;
  e->elts.push_back(std::move(first));
  while (accept_kw("or")) e->elts.push_back(conjunction());
  e->pos = end_from(start);
  return e;
}

ExprPtr Parser::conjunction() {
  Pos start = start_pos();
  ExprPtr first = inversion();
  if (!at_kw("and")) return first;
  auto e = make_expr(ExprKind::BoolOp, start);
  e->bool_op = ast::BoolOp::And;
  e->elts.push_back(std::move(first));
  while (accept_kw("and")) e->elts.push_back(inversion());
  e->pos = end_from(start);
  return e;
}

ExprPtr Parser::inversion() {
  if (at_kw("not")) {
    DepthGuard guard(this);
    Pos start = start_pos();
    take();
    auto e = make_expr(ExprKind::UnaryOp, start);
    e->unary_op = ast::UnaryOp::Not;
    e->a = inversion();
    e->pos = end_from(start);
    return e;
  }
  return comparison();
}

ExprPtr Parser::comparison() {
  Pos start = start_pos();
  ExprPtr first = bitwise_or();
  ExprPtr cmp;
  while (true) {
    const Token& t = cur();
    ast::CmpOp op;
    int len = 1;
    if (t.kind == TokenKind::Op) {
      if (t.text == "==") op = ast::CmpOp::Eq;
      else if (t.text == "!=") op = ast::CmpOp::NotEq;
      else if (t.text == "<") op = ast::CmpOp::Lt;
      else if (t.text == "<=") op = ast::CmpOp::LtE;
      else if (t.text == ">") op = ast::CmpOp::Gt;
      else if (t.text == ">=") op = ast::CmpOp::GtE;
      else break;
    } else if (t.is_name("in")) {
      op = ast::CmpOp::In;
    } else if (t.is_name("not") && tok(1).is_name("in")) {
      op = ast::CmpOp::NotIn;
      len = 2;
    } else if (t.is_name("is")) {
      if (tok(1).is_name("not")) {
        op = ast::CmpOp::IsNot;
        len = 2;
      } else {
        op = ast::CmpOp::Is;
      }
    } else {
      break;
    }
    for (int i = 0; i < len; ++i) take();
    if (!cmp) {
      cmp = make_expr(ExprKind::Compare, start);
      cmp->a = std::move(first);
    }
    cmp->ops.push_back(op);
    cmp->elts.push_back(bitwise_or());
  }
  if (!cmp) return first;
  cmp->pos = end_from(start);
  return cmp;
}

// The binary levels share one shape: left-associative loops over their operators.
#define LOOPSCOPE_BINARY_LEVEL(NAME, NEXT, ...)                                 \
  ExprPtr Parser::NAME() {                                                      \
    Pos start = start_pos();                                                    \
    ExprPtr left = NEXT();                                                      \
    static const struct {                                                       \
      const char* op;                                                           \
      ast::BinOp bin;                                                           \
    } kOps[] = {__VA_ARGS__};                                                   \
    while (true) {                                                              \
      const ast::BinOp* found = nullptr;                                        \
      for (const auto& o : kOps) {                                              \
        if (at_op(o.op)) found = &o.bin;                                        \
      }                                                                         \
      if (!found) return left;                                                  \
      take();                                                                   \
      auto e = make_expr(ExprKind::BinOp, start);                               \
      e->bin_op = *found;                                                       \
      e->a = std::move(left);                                                   \
      e->b = NEXT();                                                            \
      e->pos = end_from(start);                                                 \
      left = std::move(e);                                                      \
    }                                                                           \
  }

LOOPSCOPE_BINARY_LEVEL(bitwise_or, bitwise_xor, {"|", ast::BinOp::BitOr})
LOOPSCOPE_BINARY_LEVEL(bitwise_xor, bitwise_and, {"^", ast::BinOp::BitXor})
LOOPSCOPE_BINARY_LEVEL(bitwise_and, shift_expr, {"&", ast::BinOp::BitAnd})
LOOPSCOPE_BINARY_LEVEL(shift_expr, sum, {"<<", ast::BinOp::LShift}, {">>", ast::BinOp::RShift})
LOOPSCOPE_BINARY_LEVEL(sum, term, {"+", ast::BinOp::Add}, {"-", ast::BinOp::Sub})
LOOPSCOPE_BINARY_LEVEL(term, factor, {"*", ast::BinOp::Mult}, {"/", ast::BinOp::Div},
                       {"//", ast::BinOp::FloorDiv}, {"%", ast::BinOp::Mod},
                       {"@", ast::BinOp::MatMult})
#undef LOOPSCOPE_BINARY_LEVEL

ExprPtr Parser::factor() {
  ast::UnaryOp op;
  if (at_op("+")) op = ast::UnaryOp::UAdd;
  else if (at_op("-")) op = ast::UnaryOp::USub;
  else if (at_op("~")) op = ast::UnaryOp::Invert;
  else return power();
  DepthGuard guard(this);
  Pos start = start_pos();
  take();
  auto e = make_expr(ExprKind::UnaryOp, start);
  e->unary_op = op;
  e->a = factor();
  e->pos = end_from(start);
  return e;
}

ExprPtr Parser::power() {
  Pos start = start_pos();
  ExprPtr base = await_primary();
  if (!at_op("**")) return base;
  take();
  auto e = make_expr(ExprKind::BinOp, start);
  e->bin_op = ast::BinOp::Pow;
  e->a = std::move(base);
  e->b = factor();
  e->pos = end_from(start);
  return e;
}

ExprPtr Parser::await_primary() {
  if (at_kw("await")) {
    DepthGuard guard(this);
    Pos start = start_pos();
    take();
    auto e = make_expr(ExprKind::Await, start);
    e->a = primary();
    e->pos = end_from(start);
    return e;
  }
  return primary();
}

ExprPtr Parser::primary() {
  Pos start = start_pos();
  ExprPtr e = atom();
  while (true) {
    if (accept_op(".")) {
      auto a = make_expr(ExprKind::Attribute, start);
      a->a = std::move(e);
      a->name = expect_name();
      a->pos = end_from(start);
      e = std::move(a);
    } else if (at_op("(")) {
      DepthGuard guard(this);
      take();
      auto c = make_expr(ExprKind::Call, start);
      c->a = std::move(e);
      call_args(c.get(), ")");
      expect_op(")");
      c->pos = end_from(start);
      e = std::move(c);
    } else if (at_op("[")) {
      DepthGuard guard(this);
      take();
      auto s = make_expr(ExprKind::Subscript, start);
      s->a = std::move(e);
      s->b = slices();
      expect_op("]");
      s->pos = end_from(start);
      e = std::move(s);
    } else {
      return e;
    }
  }
}

ExprPtr Parser::yield_expr() {
  Pos start = start_pos();
  take();  // 'yield'
  if (accept_kw("from")) {
    auto e = make_expr(ExprKind::YieldFrom, start);
    e->a = expression();
    e->pos = end_from(start);
    return e;
  }
  auto e = make_expr(ExprKind::Yield, start);
  if (starts_expression() || at_op("*")) e->a = star_expressions();
  e->pos = end_from(start);
  return e;
}

// Arguments of a call (or class bases) up to `close`, into call->elts/keywords.
void Parser::call_args(Expr* call, const char* close, bool allow_genexp) {
  bool seen_keyword = false, seen_kwunpack = false;
  size_t count = 0;
  while (!at_op(close)) {
    Pos start = start_pos();
    ++count;
    if (at_op("*")) {
      take();
      if (seen_kwunpack) {
        raise_at("iterable argument unpacking follows keyword argument unpacking", end_from(start));
      }
      auto s = make_expr(ExprKind::Starred, start);
      s->a = expression();
      s->pos = end_from(start);
      if (at_comprehension()) raise_at("iterable unpacking cannot be used in comprehension", s->pos);
      call->elts.push_back(std::move(s));
    } else if (at_op("**")) {
      take();
      ast::Keyword k;
      k.value = expression();
      k.pos = end_from(start);
      call->keywords.push_back(std::move(k));
      seen_kwunpack = true;
    } else if (cur().kind == TokenKind::Name && tok(1).is_op("=")) {
      if (!at_name()) {
        const Token& t = cur();
        if (t.text == "True" || t.text == "False" || t.text == "None") {
          raise_at("cannot assign to " + t.text, tok_pos(t));
        }
        invalid_syntax();
      }
      ast::Keyword k;
      Token name = take();
      k.arg = name.text;
      take();
      k.value = expression();
      k.pos = end_from(start);
      if (at_comprehension()) {
        raise_at("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                 span(tok_pos(name), k.value->pos));
      }
      call->keywords.push_back(std::move(k));
      seen_keyword = true;
    } else {
      ExprPtr e = named_expression(false);
      if (at_op("=")) {
        raise_at("expression cannot contain assignment, perhaps you meant \"==\"?",
                 span(e->pos, tok_pos(cur())));
      }
      if (at_comprehension()) {
        if (!allow_genexp) invalid_syntax();  // class bases: no bare generator
        auto g = make_expr(ExprKind::GeneratorExp, start);
        g->a = std::move(e);
        comprehension_clauses(&g->generators);
        g->pos = end_from(start);
        if (count > 1 || at_op(",")) {
          accept_op(",");
          if (count > 1 || !at_op(close)) {
            raise_at("Generator expression must be parenthesized", g->pos);
          }
        }
        e = std::move(g);
      } else if (seen_keyword || seen_kwunpack) {
        // CPython points at the token after the offending argument.
        raise_at(seen_kwunpack ? "positional argument follows keyword argument unpacking"
                               : "positional argument follows keyword argument",
                 tok_pos(cur()));
      }
      if (!at_op(",") && !at_op(close) && starts_expression()) check_missing_comma(*e);
      call->elts.push_back(std::move(e));
    }
    if (!accept_op(",")) break;
  }
}

// `a b` inside brackets: CPython suggests a missing comma when b parses as an
// expression too.
void Parser::check_missing_comma(const Expr& first) {
  if (first.kind == ExprKind::Starred || first.kind == ExprKind::Lambda ||
      first.kind == ExprKind::IfExp || first.kind == ExprKind::NamedExpr) {
    return;
  }
  if (cur().level == 0 && !in_fstring_) return;
  const Token& t = cur();
  if (first.kind == ExprKind::Name && t.kind == TokenKind::String) return;
  size_t save = p_;
  int save_depth = depth_;
  Pos second;
  bool ok = false;
  try {
    ExprPtr b = expression();
    second = b->pos;
    ok = true;
  } catch (const ParseError&) {
  }
  p_ = save;
  depth_ = save_depth;
  if (ok) {
    raise_at("invalid syntax. Perhaps you forgot a comma?", span(first.pos, second));
  }
}

ExprPtr Parser::slices() {
  Pos start = start_pos();
  ExprPtr first = slice();
  if (!at_op(",") && !at_op("]") && starts_expression()) check_missing_comma(*first);
  if (!at_op(",") && first->kind != ExprKind::Starred) return first;
  auto t = make_expr(ExprKind::Tuple, start);
  t->elts.push_back(std::move(first));
  while (accept_op(",")) {
    if (at_op("]")) break;
    t->elts.push_back(slice());
  }
  t->pos = end_from(start);
  return t;
}

ExprPtr Parser::slice() {
  Pos start = start_pos();
  if (at_op("*")) {
    take();
    auto s = make_expr(ExprKind::Starred, start);
    s->a = bitwise_or();
    s->pos = end_from(start);
    return s;
  }
  ExprPtr lower;
  if (!at_op(":")) {
    lower = named_expression();
    if (!at_op(":")) return lower;
  }
  take();
  auto s = make_expr(ExprKind::Slice, start);
  s->a = std::move(lower);
  if (!at_op(":") && !at_op("]") && !at_op(",")) s->b = expression();
  if (accept_op(":")) {
    if (!at_op("]") && !at_op(",")) s->c = expression();
  }
  s->pos = end_from(start);
  return s;
}

void Parser::comprehension_clauses(std::vector<ast::Comprehension>* out) {
  while (at_comprehension()) {
    ast::Comprehension c;
    c.is_async = accept_kw("async");
    take();  // 'for'
    Pos tstart = start_pos();
    ExprList elts;
    bool comma = false;
    while (true) {
      if (at_op("*")) {
        Pos sp = start_pos();
        take();
        auto st = make_expr(ExprKind::Starred, sp);
        st->a = bitwise_or();
        st->pos = end_from(sp);
        elts.push_back(std::move(st));
      } else {
        elts.push_back(bitwise_or());
      }
      if (!accept_op(",")) break;
      comma = true;
      if (at_kw("in")) break;
    }
    if (!comma) {
      c.target = std::move(elts[0]);
    } else {
      c.target = make_expr(ExprKind::Tuple, end_from(tstart));
      c.target->elts = std::move(elts);
    }
    set_context(c.target.get(), Ctx::Store, false);
    if (!accept_kw("in")) {
      invalid_syntax();
    }
    c.iter = disjunction();
    while (accept_kw("if")) c.ifs.push_back(disjunction());
    out->push_back(std::move(c));
  }
}

// =====================================================================================
// [SECTION] Atoms, numbers and strings
// =====================================================================================

ExprPtr Parser::atom() {
  const Token& t = cur();
  Pos start = start_pos();
  switch (t.kind) {
    case TokenKind::Name: {
      if (t.text == "True" || t.text == "False" || t.text == "None") {
        auto e = make_expr(ExprKind::Constant, start);
        e->constant.kind = t.text == "True"    ? ast::Constant::Kind::True
                           : t.text == "False" ? ast::Constant::Kind::False
                                               : ast::Constant::Kind::None;
        take();
        return e;
      }
      if (is_keyword(t.text)) invalid_syntax();
      auto e = make_expr(ExprKind::Name, start);
      e->name = take().text;
      return e;
    }
    case TokenKind::Number: {
      Token n = take();
      return number(n);
    }
    case TokenKind::String: return strings();
    case TokenKind::Op:
      if (t.text == "(") return paren_atom();
      if (t.text == "[") return list_atom();
      if (t.text == "{") return brace_atom();
      if (t.text == "...") {
        take();
        auto e = make_expr(ExprKind::Constant, start);
        e->constant.kind = ast::Constant::Kind::Ellipsis;
        return e;
      }
      break;
    default: break;
  }
  invalid_syntax();
}

// ( ) | (yield) | (expr) | (expr for ...) | (a, b)
ExprPtr Parser::paren_atom() {
  DepthGuard guard(this);
  Pos start = start_pos();
  take();
  if (accept_op(")")) {
    return make_expr(ExprKind::Tuple, end_from(start));
  }
  if (at_kw("yield")) {
    ExprPtr y = yield_expr();
    expect_op(")");
    parenthesized_.insert(y.get());
    return y;
  }
  ExprPtr first = star_named_expression();
  if (at_comprehension()) {
    if (first->kind == ExprKind::Starred) {
      raise_at("iterable unpacking cannot be used in comprehension", first->pos);
    }
    auto g = make_expr(ExprKind::GeneratorExp, start);
    g->a = std::move(first);
    comprehension_clauses(&g->generators);
    expect_op(")");
    g->pos = end_from(start);
    return g;
  }
  if (at_op(")")) {
    take();
    if (first->kind == ExprKind::Starred) raise_at("cannot use starred expression here", first->pos);
    parenthesized_.insert(first.get());
    return first;
  }
  if (!at_op(",")) {
    if (starts_expression()) check_missing_comma(*first);
    invalid_syntax();
  }
  auto t = make_expr(ExprKind::Tuple, start);
  t->elts.push_back(std::move(first));
  while (accept_op(",")) {
    if (at_op(")")) break;
    ExprPtr e = star_named_expression();
    if (!at_op(",") && !at_op(")") && starts_expression()) check_missing_comma(*e);
    t->elts.push_back(std::move(e));
  }
  expect_op(")");
  t->pos = end_from(start);
  return t;
}

ExprPtr Parser::list_atom() {
  DepthGuard guard(this);
  Pos start = start_pos();
  take();
  auto l = make_expr(ExprKind::List, start);
  if (accept_op("]")) {
    l->pos = end_from(start);
    return l;
  }
  ExprPtr first = star_named_expression();
  if (at_comprehension()) {
    if (first->kind == ExprKind::Starred) {
      raise_at("iterable unpacking cannot be used in comprehension", first->pos);
    }
    auto c = make_expr(ExprKind::ListComp, start);
    c->a = std::move(first);
    comprehension_clauses(&c->generators);
    expect_op("]");
    c->pos = end_from(start);
    return c;
  }
  if (!at_op(",") && !at_op("]") && starts_expression()) check_missing_comma(*first);
  l->elts.push_back(std::move(first));
  while (accept_op(",")) {
    if (at_op("]")) break;
    ExprPtr e = star_named_expression();
    if (!at_op(",") && !at_op("]") && starts_expression()) check_missing_comma(*e);
    l->elts.push_back(std::move(e));
  }
  expect_op("]");
  l->pos = end_from(start);
  return l;
}

// {} dict, {a: b, **c}, {a: b for ...}, {a, *b}, {a for ...}
ExprPtr Parser::brace_atom() {
  DepthGuard guard(this);
  Pos start = start_pos();
  take();
  if (accept_op("}")) return make_expr(ExprKind::Dict, end_from(start));
  bool is_dict;
  ExprPtr key, value;
  if (at_op("**")) {
    take();
    is_dict = true;
    value = bitwise_or();
  } else {
    key = star_named_expression();
    is_dict = at_op(":") && key->kind != ExprKind::Starred;
    if (is_dict) {
      take();
      value = dict_value();
    }
  }
  if (at_comprehension()) {
    if (is_dict && !key) raise_at("dict unpacking cannot be used in dict comprehension", start);
    if (!is_dict && key->kind == ExprKind::Starred) {
      raise_at("iterable unpacking cannot be used in comprehension", key->pos);
    }
    auto c = make_expr(is_dict ? ExprKind::DictComp : ExprKind::SetComp, start);
    c->a = std::move(key);
    c->b = std::move(value);
    comprehension_clauses(&c->generators);
    expect_op("}");
    c->pos = end_from(start);
    return c;
  }
  auto d = make_expr(is_dict ? ExprKind::Dict : ExprKind::Set, start);
  if (is_dict) {
    d->elts.push_back(std::move(key));
    d->elts2.push_back(std::move(value));
  } else {
    d->elts.push_back(std::move(key));
  }
  while (accept_op(",")) {
    if (at_op("}")) break;
    if (is_dict) {
      if (accept_op("**")) {
        d->elts.push_back(nullptr);
        d->elts2.push_back(bitwise_or());
      } else {
        d->elts.push_back(expression());
        if (!at_op(":")) {
          raise_at("':' expected after dictionary key", d->elts.back()->pos);
        }
        take();
        d->elts2.push_back(dict_value());
      }
    } else {
      d->elts.push_back(star_named_expression());
    }
  }
  if (!at_op("}") && starts_expression()) {
    check_missing_comma(is_dict ? *d->elts2.back() : *d->elts.back());
  }
  expect_op("}");
  d->pos = end_from(start);
  return d;
}

// The value after `key:` in a dict display, with CPython's two hints.
ExprPtr Parser::dict_value() {
  if (at_op("*")) raise_at("cannot use a starred expression in a dictionary value", start_pos());
  if (at_op("}") || at_op(",")) {
    const Token& colon = toks_[p_ - 1];
    raise_at("expression expected after dictionary key and ':'", tok_pos(colon));
  }
  return expression();
}

ExprPtr Parser::number(const Token& t) {
  auto e = make_expr(ExprKind::Constant, tok_pos(t));
  std::string text;
  for (char c : t.text) {
    if (c != '_') text.push_back(c);
  }
  bool is_float = false;
  int base = 10;
  if (text.size() > 1 && text[0] == '0' && std::strchr("xXoObB", text[1])) {
    base = (text[1] | 0x20) == 'x' ? 16 : (text[1] | 0x20) == 'o' ? 8 : 2;
    text = text.substr(2);
  } else {
    is_float = text.find_first_of(".eE") != std::string::npos;
  }
  if (is_float) {
    e->constant.kind = ast::Constant::Kind::Float;
    e->constant.f = std::strtod(text.c_str(), nullptr);
    return e;
  }
  // int64 when it fits; otherwise a BigInt kept as its decimal digits.
  uint64_t v = 0;
  bool overflow = false;
  for (char c : text) {
    int d = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    if (v > (static_cast<uint64_t>(std::numeric_limits<int64_t>::max()) - d) / base) {
      overflow = true;
      break;
    }
    v = v * base + d;
  }
  if (!overflow) {
    e->constant.kind = ast::Constant::Kind::Int;
    e->constant.i = static_cast<int64_t>(v);
    return e;
  }
  size_t digits = text.find_first_not_of('0');
  digits = digits == std::string::npos ? 0 : text.size() - digits;
  if (base == 10 && digits > kIntMaxStrDigits) {
    raise_at("Exceeds the limit (" + std::to_string(kIntMaxStrDigits) +
                 " digits) for integer string conversion: value has " + std::to_string(digits) +
                 " digits; use sys.set_int_max_str_digits() to increase the limit - Consider "
                 "hexadecimal for huge integer literals to avoid decimal conversions.",
             e->pos);
  }
  try {
    e->constant.kind = ast::Constant::Kind::BigInt;
    e->constant.s = BigInt::parse(text, base, std::numeric_limits<size_t>::max())
                        .to_string(std::numeric_limits<size_t>::max());
  } catch (const std::exception& ex) {
    raise_at(ex.what(), e->pos);
  }
  return e;
}

// One or more adjacent STRING tokens: a Constant, or a JoinedStr as soon as one of
// them is an f-string (CPython joins the literal parts into single Constants).
ExprPtr Parser::strings() {
  Pos start = start_pos();
  FParts parts;
  bool any_f = false, any_bytes = false, any_str = false;
  bool first_u = false, first = true;
  std::string bytes;
  while (cur().kind == TokenKind::String) {
    Token t = take();
    StringToken st = split_string_token(t.text);
    if (first) first_u = st.is_u;
    first = false;
    (st.is_bytes ? any_bytes : any_str) = true;
    if (st.is_fstring) {
      any_f = true;
      size_t i = st.body_offset;
      fstring_literal_text(t, t.text, &i, st.body_offset + st.body.size(), st.is_raw, 0, &parts,
                           false);
      continue;
    }
    std::string decoded;
    if (st.is_raw) {
      decoded.assign(st.body);
      if (st.is_bytes) {
        for (char c : decoded) {
          if (static_cast<unsigned char>(c) >= 0x80) {
            raise_at("bytes can only contain ASCII literal characters", tok_pos(t));
          }
        }
      }
    } else {
      std::string err;
      // CPython decodes after reading the token: it points at the token's end.
      if (!decode_escapes(st.body, st.is_bytes, &decoded, &err)) {
        if (err.rfind("bytes", 0) == 0) raise_at(err, tok_pos(t));  // found while lexing
        raise_at(err, t.end_line, t.end_col);
      }
    }
    if (st.is_bytes) {
      bytes += decoded;
    } else {
      parts.pending += decoded;
    }
  }
  Pos p = end_from(start);
  if (any_bytes && any_str) {
    raise_at("cannot mix bytes and nonbytes literals", p.end_line, p.end_col);
  }
  if (any_bytes) {
    auto e = make_expr(ExprKind::Constant, p);
    e->constant.kind = ast::Constant::Kind::Bytes;
    e->constant.s = std::move(bytes);
    return e;
  }
  if (!any_f) {
    auto e = make_expr(ExprKind::Constant, p);
    e->constant.kind = ast::Constant::Kind::Str;
    e->constant.s = std::move(parts.pending);
    (void)first_u;
    return e;
  }
  parts.flush(p);
  auto e = make_expr(ExprKind::JoinedStr, p);
  e->elts = std::move(parts.values);
  return e;
}

// =====================================================================================
// [SECTION] f-strings
// =====================================================================================
// CPython 3.11 rules: the token is scanned for {fields}; `{{`/`}}` are literal braces;
// a field is {expr[=][!conv][:spec]} where spec is itself f-string text (nested at
// most kMaxFStringNesting deep); the expression text is parsed on its own, wrapped
// in parentheses so that it may span lines.

void Parser::token_pos(const Token& t, std::string_view text, size_t idx, int* line, int* col) {
  int l = t.line, c = t.col;
  for (size_t k = 0; k < idx && k < text.size(); ++k) {
    if (text[k] == '\n') {
      ++l;
      c = 0;
    } else {
      ++c;
    }
  }
  *line = l;
  *col = c;
}

void Parser::fstring_error(const Token& t, std::string_view text, size_t idx,
                           const std::string& msg) {
  (void)text;
  (void)idx;
  // CPython 3.11 finds these after the whole token was read: it points at its end.
  raise_at(msg, t.end_line, t.end_col, t.end_line, t.end_col);
}

void Parser::fstring_literal_text(const Token& t, std::string_view text, size_t* i, size_t end,
                                  bool raw, int nest, FParts* out, bool in_spec) {
  std::string seg;  // undecoded literal text since the last field
  auto flush_seg = [&] {
    if (seg.empty()) return;
    if (raw) {
      out->pending += seg;
    } else {
      std::string decoded, err;
      if (!decode_escapes(seg, false, &decoded, &err)) raise_at(err, tok_pos(t));
      out->pending += decoded;
    }
    seg.clear();
  };
  while (*i < end) {
    char c = text[*i];
    if (c == '\\' && !raw && *i + 1 < end) {
      char n = text[*i + 1];
      if (n == '{' || n == '}') {  // the backslash stays; the brace keeps its meaning
        seg.push_back('\\');
        ++*i;
        continue;
      }
      if (n == 'N' && *i + 2 < end && text[*i + 2] == '{') {
        size_t close = text.find('}', *i);
        size_t stop = close == std::string_view::npos || close > end ? end : close + 1;
        seg.append(text.substr(*i, stop - *i));
        *i = stop;
        continue;
      }
      seg.append(text.substr(*i, 2));
      *i += 2;
      continue;
    }
    if (c == '{') {
      if (!in_spec && *i + 1 < end && text[*i + 1] == '{') {
        seg.push_back('{');
        *i += 2;
        continue;
      }
      flush_seg();  // kept pending: a self-documenting field's text joins it
      fstring_field(t, text, i, end, raw, nest, out);
      continue;
    }
    if (c == '}') {
      if (in_spec) break;
      if (*i + 1 < end && text[*i + 1] == '}') {
        seg.push_back('}');
        *i += 2;
        continue;
      }
      fstring_error(t, text, *i, "f-string: single '}' is not allowed");
    }
    seg.push_back(c);
    ++*i;
  }
  flush_seg();
}

void Parser::fstring_field(const Token& t, std::string_view text, size_t* i, size_t end,
                           bool raw, int nest, FParts* out) {
  if (nest >= kMaxFStringNesting) {
    fstring_error(t, text, *i, "f-string: expressions nested too deeply");
  }
  ++*i;  // '{'
  size_t expr_start = *i;
  std::vector<char> brackets;
  char quote = 0;
  bool triple = false;
  while (*i < end) {
    char ch = text[*i];
    if (ch == '\\') fstring_error(t, text, *i, "f-string expression part cannot include a backslash");
    if (quote) {
      if (ch == quote &&
          (!triple || (*i + 2 < end && text[*i + 1] == quote && text[*i + 2] == quote))) {
        *i += triple ? 3 : 1;
        quote = 0;
        continue;
      }
      ++*i;
      continue;
    }
    if (ch == '\'' || ch == '"') {
      quote = ch;
      triple = *i + 2 < end && text[*i + 1] == ch && text[*i + 2] == ch;
      *i += triple ? 3 : 1;
      continue;
    }
    if (ch == '(' || ch == '[' || ch == '{') {
      if (brackets.size() >= static_cast<size_t>(kMaxBracketLevels)) {
        fstring_error(t, text, *i, "f-string: too many nested parenthesis");
      }
      brackets.push_back(ch);
      ++*i;
      continue;
    }
    if (ch == ')' || ch == ']' || (ch == '}' && !brackets.empty())) {
      if (brackets.empty()) {
        fstring_error(t, text, *i, std::string("f-string: unmatched '") + ch + "'");
      }
      char open = brackets.back();
      char want = open == '(' ? ')' : open == '[' ? ']' : '}';
      if (ch != want) {
        fstring_error(t, text, *i,
                      std::string("f-string: closing parenthesis '") + ch +
                          "' does not match opening parenthesis '" + open + "'");
      }
      brackets.pop_back();
      ++*i;
      continue;
    }
    if (ch == '#') fstring_error(t, text, *i, "f-string expression part cannot include '#'");
    if (brackets.empty()) {
      char nx = *i + 1 < end ? text[*i + 1] : '\0';
      if ((ch == '!' || ch == '=' || ch == '<' || ch == '>') && nx == '=') {
        *i += 2;
        continue;
      }
      if (ch == '=' || ch == '!' || ch == ':' || ch == '}') break;
    }
    ++*i;
  }
  if (quote) fstring_error(t, text, *i, "f-string: unterminated string");
  if (*i >= end) {
    if (!brackets.empty()) {
      fstring_error(t, text, *i, std::string("f-string: unmatched '") + brackets.back() + "'");
    }
    fstring_error(t, text, *i, "f-string: expecting '}'");
  }
  std::string_view expr_text = text.substr(expr_start, *i - expr_start);
  if (expr_text.find_first_not_of(" \t\n\f") == std::string_view::npos) {
    if (text[*i] == '}') fstring_error(t, text, *i, "f-string: empty expression not allowed");
    fstring_error(t, text, *i,
                  std::string("f-string: expression required before '") + text[*i] + "'");
  }
  int line = 0, col = 0;
  token_pos(t, text, expr_start, &line, &col);
  std::string wrapped = "(" + std::string(expr_text) + ")";
  Parser sub(wrapped, line - 1, col - 1, depth_, true);
  ExprPtr value;
  try {
    value = sub.fstring_expression();
  } catch (ParseError& e) {
    if (e.message.rfind("f-string", 0) != 0) e.message = "f-string: " + e.message;
    throw;
  }
  std::string self_doc;
  if (text[*i] == '=') {
    ++*i;
    while (*i < end && (text[*i] == ' ' || text[*i] == '\t' || text[*i] == '\n')) ++*i;
    self_doc.assign(text.substr(expr_start, *i - expr_start));
  }
  int conversion = -1;
  if (*i < end && text[*i] == '!') {
    ++*i;
    if (*i >= end) fstring_error(t, text, *i, "f-string: expecting '}'");
    char conv = text[*i];
    if (conv != 's' && conv != 'r' && conv != 'a') {
      fstring_error(t, text, *i,
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
    conversion = conv;
    ++*i;
    if (*i >= end || (text[*i] != ':' && text[*i] != '}')) {
      fstring_error(t, text, *i, "f-string: expecting '}'");
    }
  }
  ExprPtr spec;
  if (*i < end && text[*i] == ':') {
    ++*i;
    FParts spec_parts;
    int sline = 0, scol = 0;
    token_pos(t, text, *i, &sline, &scol);
    fstring_literal_text(t, text, i, end, raw, nest + 1, &spec_parts, true);
    spec_parts.flush(Pos{sline, scol, sline, scol});
    spec = make_expr(ExprKind::JoinedStr, Pos{sline, scol, sline, scol});
    spec->elts = std::move(spec_parts.values);
  }
  if (*i >= end || text[*i] != '}') fstring_error(t, text, *i, "f-string: expecting '}'");
  ++*i;
  if (!self_doc.empty()) {
    out->pending += self_doc;
    if (conversion == -1 && !spec) conversion = 'r';
  }
  out->flush(Pos{line, col, line, col});
  auto fv = make_expr(ExprKind::FormattedValue, value->pos);
  fv->a = std::move(value);
  fv->conversion = conversion;
  fv->b = std::move(spec);
  out->values.push_back(std::move(fv));
}

// The inside of one f-string field, given as "(" + text + ")".
// eval()'s grammar (expressions NEWLINE* ENDMARKER), as a module of one expression
// statement.
std::unique_ptr<ast::Module> Parser::eval_input() {
  ExprPtr e = star_expressions();
  if (e->kind == ExprKind::Starred) raise_at("can't use starred expression here", e->pos);
  while (cur().kind == TokenKind::Newline) take();
  if (cur().kind != TokenKind::EndMarker) invalid_syntax();
  auto module = std::make_unique<ast::Module>();
  auto stmt = std::make_unique<ast::Stmt>(ast::StmtKind::Expr, e->pos);
  stmt->a = std::move(e);
  module->body.push_back(std::move(stmt));
  return module;
}

ExprPtr Parser::fstring_expression() {
  take();  // '('
  ExprPtr e = at_kw("yield") ? yield_expr() : star_expressions();
  if (e->kind == ExprKind::Starred) raise_at("cannot use starred expression here", e->pos);
  if (starts_expression()) check_missing_comma(*e);
  expect_op(")");
  if (cur().kind == TokenKind::Newline) take();
  if (cur().kind != TokenKind::EndMarker) invalid_syntax();
  return e;
}

// =====================================================================================
// [SECTION] Assignment targets
// =====================================================================================

// Marks e (and its Tuple/List/Starred children) as Store or Del, or raises CPython's
// "cannot assign to ..."/"cannot delete ..." for an expression that is no target.
void Parser::set_context(Expr* e, Ctx ctx, bool for_statement_assign) {
  switch (e->kind) {
    case ExprKind::Name:
    case ExprKind::Attribute:
    case ExprKind::Subscript:
      e->ctx = ctx;
      return;
    case ExprKind::Starred:
      if (ctx == Ctx::Del) raise_at("cannot delete starred", e->pos);
      e->ctx = ctx;
      set_context(e->a.get(), ctx, false);
      return;
    case ExprKind::Tuple:
    case ExprKind::List:
      e->ctx = ctx;
      for (auto& el : e->elts) set_context(el.get(), ctx, false);
      return;
    default: break;
  }
  const char* noun = expr_noun(*e);
  if (ctx == Ctx::Del) raise_at(std::string("cannot delete ") + noun, e->pos);
  if ((e->kind == ExprKind::Yield || e->kind == ExprKind::YieldFrom) &&
      parenthesized_.count(e) == 0) {
    raise_at("assignment to yield expression not possible", e->pos);
  }
  bool atomic = e->kind != ExprKind::Compare && e->kind != ExprKind::BoolOp &&
                e->kind != ExprKind::IfExp && e->kind != ExprKind::Lambda &&
                !(e->kind == ExprKind::UnaryOp && e->unary_op == ast::UnaryOp::Not);
  atomic = atomic || parenthesized_.count(e) > 0;
  bool keyword_const = e->kind == ExprKind::Constant &&
                       (e->constant.kind == ast::Constant::Kind::True ||
                        e->constant.kind == ast::Constant::Kind::False ||
                        e->constant.kind == ast::Constant::Kind::None);
  if (for_statement_assign && atomic && !keyword_const && e->kind != ExprKind::GeneratorExp &&
      e->kind != ExprKind::Yield && e->kind != ExprKind::YieldFrom) {
    raise_at(std::string("cannot assign to ") + noun + " here. Maybe you meant '==' instead of '='?",
             e->pos);
  }
  raise_at(std::string("cannot assign to ") + noun, e->pos);
}

void Parser::check_aug_target(const Expr& e) {
  if (e.kind == ExprKind::Name || e.kind == ExprKind::Attribute || e.kind == ExprKind::Subscript) {
    return;
  }
  raise_at(std::string("'") + expr_noun(e) + "' is an illegal expression for augmented assignment",
           e.pos);
}

// After a parser error CPython tokenizes the rest of the file: a tokenizer error
// found there (bad literal, stray character, ...) replaces the parser's, and so does
// an unclosed bracket opened on a line before the error. Indentation errors do not.
void Parser::prefer_tokenizer_error(ParseError* err) {
  if (err->from_lexer) return;
  while (true) {
    // After an Error token the lexer keeps returning it: it is the candidate.
    Token t = lex_.next();
    if (t.kind == TokenKind::EndMarker) return;
    if (t.kind != TokenKind::Error) continue;
    const LexError& e = lex_.error();
    if (e.type != "SyntaxError") return;
    bool unclosed = e.message.size() > 16 &&
                    e.message.compare(e.message.size() - 16, 16, "was never closed") == 0;
    // CPython compares with the line of the last token its parser had read.
    int last_line = toks_.empty() ? err->line : std::max(err->line, toks_.back().line);
    if (unclosed && last_line <= e.line) return;
    *err = ParseError{e.type, e.message, e.line, e.col, e.end_line, e.end_col};
    return;
  }
}

// =====================================================================================
// [SECTION] Entry points and error display
// =====================================================================================

// The 1-based character offset of 0-based byte column `col` in `line`.
int char_offset(std::string_view line, int col) {
  if (col < 0) return 0;
  int chars = 0;
  for (int i = 0; i < col && i < static_cast<int>(line.size()); ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++chars;
  }
  if (col > static_cast<int>(line.size())) chars += col - static_cast<int>(line.size());
  return chars + 1;
}

std::string_view source_line(std::string_view src, int line) {
  size_t start = 0;
  for (int l = 1; l < line; ++l) {
    size_t nl = src.find('\n', start);
    if (nl == std::string_view::npos) return {};
    start = nl + 1;
  }
  size_t nl = src.find('\n', start);
  return src.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
}

// The first malformed UTF-8 sequence, or npos.
size_t find_invalid_utf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    auto b = static_cast<unsigned char>(s[i]);
    int len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > s.size()) return i;
    uint32_t v = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
    for (int k = 1; k < len; ++k) {
      auto c = static_cast<unsigned char>(s[i + k]);
      if ((c & 0xC0) != 0x80) return i;
      v = (v << 6) | (c & 0x3F);
    }
    static const uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (v < kMin[len] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return i;
    i += len;
  }
  return std::string_view::npos;
}

}  // namespace

ParseResult parse(std::string_view source, bool expression) {
  ParseResult result;
  std::string src = normalize_newlines(source);
  auto fail = [&](std::string type, std::string message, int line, int col, int end_col) {
    SyntaxErrorInfo info;
    info.type = std::move(type);
    info.message = std::move(message);
    info.line = line;
    std::string_view text = source_line(src, line);
    info.text.assign(text);
    info.col = char_offset(text, col);
    info.end_col = end_col < 0 ? 0 : char_offset(text, end_col);
    result.error = std::move(info);
  };
  if (size_t nul = src.find('\0'); nul != std::string::npos) {
    int line = 1 + static_cast<int>(std::count(src.begin(), src.begin() + nul, '\n'));
    fail("SyntaxError", "source code string cannot contain null bytes", line, 0, -1);
    return result;
  }
  if (size_t bad = find_invalid_utf8(src); bad != std::string::npos) {
    int line = 1 + static_cast<int>(std::count(src.begin(), src.begin() + bad, '\n'));
    size_t line_start = src.rfind('\n', bad == 0 ? 0 : bad - 1);
    line_start = (line_start == std::string::npos || bad == 0) ? 0 : line_start + 1;
    char buf[128];
    std::snprintf(buf, sizeof buf,
                  "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: "
                  "invalid start byte",
                  static_cast<unsigned char>(src[bad]), bad);
    fail("SyntaxError", buf, line, static_cast<int>(bad - line_start), -1);
    result.error->text.clear();
    return result;
  }
  Parser p(src, 0, 0, 0, false);
  try {
    result.module = expression ? p.eval_input() : p.file();
  } catch (ParseError& e) {
    result.module.reset();
    p.prefer_tokenizer_error(&e);
    int end_col = e.end_line == e.line ? e.end_col : -1;
    fail(e.type, e.message, e.line, e.col, end_col);
  }
  return result;
}

std::string format_syntax_error(const SyntaxErrorInfo& e, std::string_view filename) {
  std::string out = "  File \"" + std::string(filename) + "\", line " + std::to_string(e.line) + "\n";
  std::string_view rtext = e.text;
  while (!rtext.empty() && rtext.back() == '\n') rtext.remove_suffix(1);
  size_t spaces = 0;
  while (spaces < rtext.size() &&
         (rtext[spaces] == ' ' || rtext[spaces] == '\n' || rtext[spaces] == '\f')) {
    ++spaces;
  }
  std::string_view ltext = rtext.substr(spaces);
  out += "    " + std::string(ltext) + "\n";
  if (e.col > 0) {
    int offset = e.col;
    int end_offset = e.end_col != 0 ? e.end_col : offset;
    if (offset == end_offset || end_offset == -1) end_offset = offset + 1;
    int colno = offset - 1 - static_cast<int>(spaces);
    int end_colno = end_offset - 1 - static_cast<int>(spaces);
    if (colno >= 0) {
      std::string caret = "    ";
      // Tabs stay tabs so the caret lines up; counts are in characters.
      int chars = 0;
      for (size_t i = 0; i < ltext.size() && chars < colno; ++i) {
        if ((static_cast<unsigned char>(ltext[i]) & 0xC0) == 0x80) continue;
        caret.push_back(ltext[i] == '\t' || ltext[i] == '\f' ? ltext[i] : ' ');
        ++chars;
      }
      for (; chars < colno; ++chars) caret.push_back(' ');
      for (int k = colno; k < end_colno; ++k) caret.push_back('^');
      out += caret + "\n";
    }
  }
  out += e.type + ": " + (e.message.empty() ? "<no detail available>" : e.message) + "\n";
  return out;
}

}  // namespace loopscope::lang
