// ast: the syntax tree of the demo language, shaped like CPython's `ast` module so
// that ast_dump() output can be compared with `ast.dump()` of real CPython. Nodes
// are "fat": one Expr and one Stmt struct whose fields are used according to the
// kind (the comment on each kind says which), which keeps the parser and the
// compiler free of casts and visitors.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace loopscope::lang::ast {

// 1-based line, 0-based column (in characters), as CPython reports them.
struct Pos {
  int line = 0;
  int col = 0;
  int end_line = 0;
  int end_col = 0;
};

struct Expr;
struct Stmt;
struct Arguments;
using ExprPtr = std::unique_ptr<Expr>;
using StmtPtr = std::unique_ptr<Stmt>;
using ExprList = std::vector<ExprPtr>;
using StmtList = std::vector<StmtPtr>;

enum class Ctx : uint8_t { Load, Store, Del };

enum class BinOp : uint8_t {
  Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd,
  FloorDiv
};
enum class UnaryOp : uint8_t { Invert, Not, UAdd, USub };
enum class BoolOp : uint8_t { And, Or };
enum class CmpOp : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

struct Constant {
  enum class Kind : uint8_t { None, True, False, Ellipsis, Int, BigInt, Float, Str, Bytes };
  Kind kind = Kind::None;
  int64_t i = 0;   // Int
  double f = 0;    // Float
  std::string s;   // Str and Bytes (raw bytes, UTF-8 for Str); BigInt: decimal digits
};

struct Keyword {
  Pos pos;
  std::string arg;  // empty for **kwargs
  ExprPtr value;
};

struct Comprehension {
  ExprPtr target;
  ExprPtr iter;
  ExprList ifs;
  bool is_async = false;
};

enum class ExprKind : uint8_t {
  BoolOp,          // bool_op, elts = values
  NamedExpr,       // a = target (Name), b = value
  BinOp,           // a = left, bin_op, b = right
  UnaryOp,         // unary_op, a = operand
  Lambda,          // args, a = body
  IfExp,           // a = test, b = body, c = orelse
  Dict,            // elts = keys (null for **d), elts2 = values
  Set,             // elts
  ListComp,        // a = elt, generators
  SetComp,         // a = elt, generators
  DictComp,        // a = key, b = value, generators
  GeneratorExp,    // a = elt, generators
  Await,           // a = value
  Yield,           // a = value (may be null)
  YieldFrom,       // a = value
  Compare,         // a = left, ops, elts = comparators
  Call,            // a = func, elts = args (Starred for *x), keywords
  FormattedValue,  // a = value, conversion (-1, 's', 'r', 'a'), b = format_spec (JoinedStr or null)
  JoinedStr,       // elts = values (Constant str and FormattedValue)
  Constant,        // constant
  Attribute,       // a = value, name = attr, ctx
  Subscript,       // a = value, b = slice, ctx
  Starred,         // a = value, ctx
  Name,            // name = id, ctx
  List,            // elts, ctx
  Tuple,           // elts, ctx
  Slice,           // a = lower, b = upper, c = step (each may be null)
};

struct Expr {
  ExprKind kind;
  Pos pos;
  Ctx ctx = Ctx::Load;
  BinOp bin_op = BinOp::Add;
  UnaryOp unary_op = UnaryOp::Not;
  BoolOp bool_op = BoolOp::And;
  int conversion = -1;
  ExprPtr a, b, c;
  ExprList elts, elts2;
  std::vector<CmpOp> ops;
  std::vector<Keyword> keywords;
  std::vector<Comprehension> generators;
  std::unique_ptr<Arguments> args;
  std::string name;
  Constant constant;

  explicit Expr(ExprKind k, Pos p) : kind(k), pos(p) {}
};

struct Arg {
  Pos pos;
  std::string name;
  ExprPtr annotation;  // kept for ast_dump; ignored by the compiler
};

// def f(posonly, /, args, *vararg, kwonly, **kwarg): defaults belong to the last
// len(defaults) of posonly+args; kw_defaults has one entry per kwonly (null = none).
struct Arguments {
  std::vector<Arg> posonlyargs;
  std::vector<Arg> args;
  std::unique_ptr<Arg> vararg;
  std::vector<Arg> kwonlyargs;
  ExprList kw_defaults;
  std::unique_ptr<Arg> kwarg;
  ExprList defaults;
};

struct ExceptHandler {
  Pos pos;
  ExprPtr type;      // null for a bare except
  std::string name;  // empty when there is no `as`
  StmtList body;
};

struct WithItem {
  ExprPtr context_expr;
  ExprPtr optional_vars;  // may be null
};

struct Alias {
  Pos pos;
  std::string name;    // dotted name, or "*"
  std::string asname;  // empty when absent
};

// Patterns of the match statement (CPython's ast.pattern). Wildcards are MatchAs
// and MatchStar with an empty name.
enum class PatternKind : uint8_t {
  MatchValue,      // value (a Constant, a negated number or a dotted name): compared by ==
  MatchSingleton,  // value (a Constant None/True/False): compared by `is`
  MatchSequence,   // patterns (at most one MatchStar)
  MatchMapping,    // keys, patterns (one per key), name = **rest (empty without)
  MatchClass,      // value = cls, patterns (positional), kwd_attrs, kwd_patterns
  MatchStar,       // name (empty: *_)
  MatchAs,         // pattern (null: a capture or _), name (empty: _)
  MatchOr,         // patterns
};

struct Pattern;
using PatternPtr = std::unique_ptr<Pattern>;

struct Pattern {
  PatternKind kind;
  Pos pos;
  ExprPtr value;
  std::vector<PatternPtr> patterns;
  ExprList keys;
  std::vector<std::string> kwd_attrs;
  std::vector<PatternPtr> kwd_patterns;
  std::string name;
  PatternPtr pattern;

  Pattern(PatternKind k, Pos p) : kind(k), pos(p) {}
};

struct MatchCase {
  PatternPtr pattern;
  ExprPtr guard;  // may be null
  std::vector<std::unique_ptr<Stmt>> body;
};

enum class StmtKind : uint8_t {
  FunctionDef,       // name, args, body, decorators, returns (a, ignored)
  AsyncFunctionDef,  // same
  ClassDef,          // name, bases (elts), keywords, body, decorators
  Return,            // a = value (may be null)
  Delete,            // targets
  Assign,            // targets, a = value
  AugAssign,         // a = target, bin_op, b = value
  AnnAssign,         // a = target, b = annotation, c = value (may be null), simple
  For,               // a = target, b = iter, body, orelse
  AsyncFor,          // same
  While,             // a = test, body, orelse
  If,                // a = test, body, orelse
  With,              // items, body
  AsyncWith,         // same
  Raise,             // a = exc (may be null), b = cause (may be null)
  Try,               // body, handlers, orelse, finalbody
  TryStar,           // same, for except*
  Assert,            // a = test, b = msg (may be null)
  Import,            // names
  ImportFrom,        // name = module (may be empty with level > 0), names, level
  Global,            // identifiers
  Nonlocal,          // identifiers
  Match,             // a = subject, cases
  Expr,              // a = value
  Pass,
  Break,
  Continue,
};

struct Stmt {
  StmtKind kind;
  Pos pos;
  std::string name;
  std::unique_ptr<Arguments> args;
  ExprPtr a, b, c;
  ExprList targets;
  ExprList elts;  // ClassDef bases
  std::vector<Keyword> keywords;
  ExprList decorators;
  StmtList body, orelse, finalbody;
  std::vector<ExceptHandler> handlers;
  std::vector<WithItem> items;
  std::vector<MatchCase> cases;
  std::vector<Alias> names;
  std::vector<std::string> identifiers;
  BinOp bin_op = BinOp::Add;
  int level = 0;
  bool simple = false;

  explicit Stmt(StmtKind k, Pos p) : kind(k), pos(p) {}
};

struct Module {
  StmtList body;
};

}  // namespace loopscope::lang::ast
