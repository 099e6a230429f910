// After CPython 3.11's Python/ast_unparse.c: each expression is written at a
// precedence level and parenthesized when its own precedence is lower.
#include "lang/ast_unparse.h"

#include <cmath>

#include "lang/number_format.h"
#include "lang/repr.h"
#include "lang/runtime.h"

namespace loopscope::lang {

namespace {

using ast::ExprKind;

enum Prec : int {
  kTuple, kTest, kOr, kAnd, kNot, kCmp, kExpr, kBor = kExpr, kBxor, kBand, kShift, kArith, kTerm,
  kFactor, kPower, kAwait, kAtom
};

class Unparser {
 public:
  std::string out;

  void expr(const ast::Expr& e, int level) {
    switch (e.kind) {
      case ExprKind::BoolOp: {
        int pr = e.bool_op == ast::BoolOp::And ? kAnd : kOr;
        open(level > pr);
        for (size_t i = 0; i < e.elts.size(); ++i) {
          if (i) out += e.bool_op == ast::BoolOp::And ? " and " : " or ";
          expr(*e.elts[i], pr + 1);
        }
        close(level > pr);
        return;
      }
      case ExprKind::NamedExpr:
        open(level > kTuple);
        expr(*e.a, kAtom);
        out += " := ";
        expr(*e.b, kAtom);
        close(level > kTuple);
        return;
      case ExprKind::BinOp: binop(e, level); return;
      case ExprKind::UnaryOp: {
        static const char* const kOps[] = {"~", "not ", "+", "-"};
        int pr = e.unary_op == ast::UnaryOp::Not ? kNot : kFactor;
        open(level > pr);
        out += kOps[static_cast<int>(e.unary_op)];
        expr(*e.a, pr);
        close(level > pr);
        return;
      }
      case ExprKind::Lambda:
        open(level > kTest);
        out += "lambda";
        lambda_args(*e.args);
        out += ": ";
        expr(*e.a, kTest);
        close(level > kTest);
        return;
      case ExprKind::IfExp:
        open(level > kTest);
        expr(*e.b, kTest + 1);
        out += " if ";
        expr(*e.a, kTest + 1);
        out += " else ";
        expr(*e.c, kTest);
        close(level > kTest);
        return;
      case ExprKind::Dict:
        out += "{";
        for (size_t i = 0; i < e.elts.size(); ++i) {
          if (i) out += ", ";
          if (e.elts[i]) {
            expr(*e.elts[i], kTest);
            out += ": ";
            expr(*e.elts2[i], kTest);
          } else {
            out += "**";
            expr(*e.elts2[i], kExpr);
          }
        }
        out += "}";
        return;
      case ExprKind::Set: items("{", e.elts, "}"); return;
      case ExprKind::ListComp: comprehension("[", e, "]"); return;
      case ExprKind::SetComp: comprehension("{", e, "}"); return;
      case ExprKind::GeneratorExp: comprehension("(", e, ")"); return;
      case ExprKind::DictComp:
        out += "{";
        expr(*e.a, kTest);
        out += ": ";
        expr(*e.b, kTest);
        generators(e);
        out += "}";
        return;
      case ExprKind::Await:
        open(level > kAwait);
        out += "await ";
        expr(*e.a, kAtom);
        close(level > kAwait);
        return;
      case ExprKind::Yield:
      case ExprKind::YieldFrom:
        out += e.kind == ExprKind::Yield ? "(yield" : "(yield from";
        if (e.a) {
          out += " ";
          expr(*e.a, kTest);
        }
        out += ")";
        return;
      case ExprKind::Compare: {
        static const char* const kOps[] = {" == ", " != ", " < ", " <= ", " > ", " >= ", " is ", " is not ", " in ", " not in "};
        open(level > kCmp);
        expr(*e.a, kCmp + 1);
        for (size_t i = 0; i < e.ops.size(); ++i) {
          out += kOps[static_cast<int>(e.ops[i])];
          expr(*e.elts[i], kCmp + 1);
        }
        close(level > kCmp);
        return;
      }
      case ExprKind::Call: call(e); return;
      case ExprKind::FormattedValue:
      case ExprKind::JoinedStr:
        // f-strings in annotations are not written back; a placeholder keeps it a string.
        out += "f'...'";
        return;
      case ExprKind::Constant: constant(e.constant); return;
      case ExprKind::Attribute:
        expr(*e.a, kAtom);
        // 1 .real: an int literal needs a space before the dot.
        if (e.a->kind == ExprKind::Constant &&
            (e.a->constant.kind == ast::Constant::Kind::Int || e.a->constant.kind == ast::Constant::Kind::BigInt))
          out += " ";
        out += "." + e.name;
        return;
      case ExprKind::Subscript:
        expr(*e.a, kAtom);
        out += "[";
        if (e.b->kind == ExprKind::Tuple && !e.b->elts.empty()) {
          for (size_t i = 0; i < e.b->elts.size(); ++i) {
            if (i) out += ", ";
            expr(*e.b->elts[i], kTest);
          }
          if (e.b->elts.size() == 1) out += ",";
        } else {
          expr(*e.b, kTuple);
        }
        out += "]";
        return;
      case ExprKind::Starred:
        out += "*";
        expr(*e.a, kExpr);
        return;
      case ExprKind::Name: out += e.name; return;
      case ExprKind::List: items("[", e.elts, "]"); return;
      case ExprKind::Tuple:
        if (e.elts.empty()) {
          out += "()";
          return;
        }
        open(level > kTuple);
        for (size_t i = 0; i < e.elts.size(); ++i) {
          if (i) out += ", ";
          expr(*e.elts[i], kTest);
        }
        if (e.elts.size() == 1) out += ",";
        close(level > kTuple);
        return;
      case ExprKind::Slice:
        if (e.a) expr(*e.a, kTest);
        out += ":";
        if (e.b) expr(*e.b, kTest);
        if (e.c) {
          out += ":";
          expr(*e.c, kTest);
        }
        return;
    }
  }

 private:
  void open(bool paren) {
    if (paren) out += "(";
  }
  void close(bool paren) {
    if (paren) out += ")";
  }

  void binop(const ast::Expr& e, int level) {
    using B = ast::BinOp;
    static const char* const kOps[] = {" + ", " - ", " * ", " @ ", " / ", " % ", " ** ", " << ", " >> ", " | ", " ^ ", " & ", " // "};
    int pr;
    switch (e.bin_op) {
      case B::Add: case B::Sub: pr = kArith; break;
      case B::Mult: case B::MatMult: case B::Div: case B::Mod: case B::FloorDiv: pr = kTerm; break;
      case B::LShift: case B::RShift: pr = kShift; break;
      case B::BitOr: pr = kBor; break;
      case B::BitXor: pr = kBxor; break;
      case B::BitAnd: pr = kBand; break;
      default: pr = kPower; break;
    }
    int right_assoc = e.bin_op == B::Pow ? 1 : 0;
    open(level > pr);
    expr(*e.a, pr + right_assoc);
    out += kOps[static_cast<int>(e.bin_op)];
    expr(*e.b, pr + 1 - right_assoc);
    close(level > pr);
  }

  void items(const char* left, const ast::ExprList& elts, const char* right) {
    out += left;
    for (size_t i = 0; i < elts.size(); ++i) {
      if (i) out += ", ";
      expr(*elts[i], kTest);
    }
    out += right;
  }

  void generators(const ast::Expr& e) {
    for (const auto& g : e.generators) {
      out += g.is_async ? " async for " : " for ";
      expr(*g.target, kTuple);
      out += " in ";
      expr(*g.iter, kTest + 1);
      for (const auto& cond : g.ifs) {
        out += " if ";
        expr(*cond, kTest + 1);
      }
    }
  }

  void comprehension(const char* left, const ast::Expr& e, const char* right) {
    out += left;
    expr(*e.a, kTest);
    generators(e);
    out += right;
  }

  void call(const ast::Expr& e) {
    expr(*e.a, kAtom);
    // f(x for x in y): a lone generator expression keeps its own parentheses only.
    if (e.elts.size() == 1 && e.keywords.empty() && e.elts[0]->kind == ExprKind::GeneratorExp) {
      expr(*e.elts[0], kTest);
      return;
    }
    out += "(";
    bool first = true;
    for (const auto& arg : e.elts) {
      if (!first) out += ", ";
      first = false;
      expr(*arg, kTest);
    }
    for (const auto& kw : e.keywords) {
      if (!first) out += ", ";
      first = false;
      if (kw.arg.empty()) {
        out += "**";
        expr(*kw.value, kExpr);
      } else {
        out += kw.arg + "=";
        expr(*kw.value, kTest);
      }
    }
    out += ")";
  }

  void lambda_args(const ast::Arguments& a) {
    // Names and defaults; enough for the rare lambda in an annotation.
    std::vector<const ast::Arg*> positional;
    for (const auto& p : a.posonlyargs) positional.push_back(&p);
    for (const auto& p : a.args) positional.push_back(&p);
    size_t first_default = positional.size() - a.defaults.size();
    bool first = true;
    auto sep = [&] {
      out += first ? " " : ", ";
      first = false;
    };
    for (size_t i = 0; i < positional.size(); ++i) {
      sep();
      out += positional[i]->name;
      if (i >= first_default) {
        out += "=";
        expr(*a.defaults[i - first_default], kTest);
      }
      if (!a.posonlyargs.empty() && i + 1 == a.posonlyargs.size()) out += ", /";
    }
    if (a.vararg || !a.kwonlyargs.empty()) {
      sep();
      out += "*";
      if (a.vararg) out += a.vararg->name;
    }
    for (size_t i = 0; i < a.kwonlyargs.size(); ++i) {
      sep();
      out += a.kwonlyargs[i].name;
      if (a.kw_defaults[i]) {
        out += "=";
        expr(*a.kw_defaults[i], kTest);
      }
    }
    if (a.kwarg) {
      sep();
      out += "**" + a.kwarg->name;
    }
  }

  void constant(const ast::Constant& c) {
    using K = ast::Constant::Kind;
    switch (c.kind) {
      case K::None: out += "None"; return;
      case K::True: out += "True"; return;
      case K::False: out += "False"; return;
      case K::Ellipsis: out += "..."; return;
      case K::Int: out += std::to_string(c.i); return;
      case K::BigInt: out += c.s; return;
      case K::Float: out += std::isinf(c.f) ? "1e309" : float_repr(c.f); return;
      case K::Str: out += builtin_repr(new_str(c.s)); return;
      case K::Bytes: out += builtin_repr(new_bytes(c.s)); return;
    }
  }
};

}  // namespace

std::string unparse_expr(const ast::Expr& e) {
  Unparser u;
  u.expr(e, kTest);
  return u.out;
}

}  // namespace loopscope::lang
