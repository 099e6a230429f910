// ast_dump: see ast_dump.h. One function per node family; each writes
// `Name(field=value, ...)` in the field order of CPython's Python.asdl.
#include "lang/ast_dump.h"

#include <cstdio>

#include "lang/number_format.h"
#include "lang/unicode_printable.h"

namespace loopscope::lang {

namespace {

using ast::Expr;
using ast::ExprKind;
using ast::Stmt;
using ast::StmtKind;

// Decodes the next code point, allowing encoded surrogates; invalid bytes decode
// as themselves (they cannot come from the parser).
uint32_t next_cp(std::string_view s, size_t* i) {
  auto b = static_cast<unsigned char>(s[*i]);
  int len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 1;
  if (*i + len > s.size()) len = 1;
  uint32_t v = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
  for (int k = 1; k < len; ++k) v = (v << 6) | (static_cast<unsigned char>(s[*i + k]) & 0x3F);
  *i += len;
  return v;
}

void hex_escape(std::string* out, char kind, uint32_t v, int digits) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "\\%c%0*x", kind, digits, v);
  *out += buf;
}

const char* binop_name(ast::BinOp op) {
  static const char* const k[] = {"Add",    "Sub",    "Mult",   "MatMult", "Div",
                                  "Mod",    "Pow",    "LShift", "RShift",  "BitOr",
                                  "BitXor", "BitAnd", "FloorDiv"};
  return k[static_cast<int>(op)];
}
const char* unaryop_name(ast::UnaryOp op) {
  static const char* const k[] = {"Invert", "Not", "UAdd", "USub"};
  return k[static_cast<int>(op)];
}
const char* cmpop_name(ast::CmpOp op) {
  static const char* const k[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
  return k[static_cast<int>(op)];
}
const char* ctx_name(ast::Ctx c) {
  return c == ast::Ctx::Load ? "Load()" : c == ast::Ctx::Store ? "Store()" : "Del()";
}

class Dumper {
 public:
  std::string out;

  void module(const ast::Module& m) {
    out += "Module(body=";
    stmts(m.body);
    out += ", type_ignores=[])";
  }

 private:
  void stmts(const ast::StmtList& l) {
    out += '[';
    for (size_t i = 0; i < l.size(); ++i) {
      if (i) out += ", ";
      stmt(*l[i]);
    }
    out += ']';
  }
  void exprs(const ast::ExprList& l) {
    out += '[';
    for (size_t i = 0; i < l.size(); ++i) {
      if (i) out += ", ";
      opt_expr(l[i].get());
    }
    out += ']';
  }
  void patterns(const std::vector<ast::PatternPtr>& l) {
    out += '[';
    for (size_t i = 0; i < l.size(); ++i) {
      if (i) out += ", ";
      pattern(*l[i]);
    }
    out += ']';
  }
  void pattern(const ast::Pattern& p) {
    using K = ast::PatternKind;
    switch (p.kind) {
      case K::MatchValue:
        out += "MatchValue(value=";
        expr(*p.value);
        out += ')';
        return;
      case K::MatchSingleton: {
        auto k = p.value->constant.kind;
        out += k == ast::Constant::Kind::None ? "MatchSingleton(value=None)"
               : k == ast::Constant::Kind::True ? "MatchSingleton(value=True)"
                                                : "MatchSingleton(value=False)";
        return;
      }
      case K::MatchSequence:
        out += "MatchSequence(patterns=";
        patterns(p.patterns);
        out += ')';
        return;
      case K::MatchMapping:
        out += "MatchMapping(keys=";
        exprs(p.keys);
        out += ", patterns=";
        patterns(p.patterns);
        if (!p.name.empty()) out += ", rest=" + py_str_repr(p.name);
        out += ')';
        return;
      case K::MatchClass:
        out += "MatchClass(cls=";
        expr(*p.value);
        out += ", patterns=";
        patterns(p.patterns);
        out += ", kwd_attrs=";
        strs(p.kwd_attrs);
        out += ", kwd_patterns=";
        patterns(p.kwd_patterns);
        out += ')';
        return;
      case K::MatchStar:
        out += p.name.empty() ? "MatchStar()" : "MatchStar(name=" + py_str_repr(p.name) + ")";
        return;
      case K::MatchAs: {
        out += "MatchAs(";
        const char* sep = "";
        if (p.pattern) {
          out += "pattern=";
          pattern(*p.pattern);
          sep = ", ";
        }
        if (!p.name.empty()) out += sep + std::string("name=") + py_str_repr(p.name);
        out += ')';
        return;
      }
      case K::MatchOr:
        out += "MatchOr(patterns=";
        patterns(p.patterns);
        out += ')';
        return;
    }
  }
  void opt_expr(const Expr* e) {
    if (e) {
      expr(*e);
    } else {
      out += "None";
    }
  }
  // ", name=value" for an optional expression field, nothing when it is absent.
  void field(const char* name, const Expr* e) {
    if (!e) return;
    out += ", ";
    out += name;
    out += '=';
    expr(*e);
  }
  void strs(const std::vector<std::string>& l) {
    out += '[';
    for (size_t i = 0; i < l.size(); ++i) {
      if (i) out += ", ";
      out += py_str_repr(l[i]);
    }
    out += ']';
  }
  void arg(const ast::Arg& a) {
    out += "arg(arg=" + py_str_repr(a.name);
    field("annotation", a.annotation.get());
    out += ')';
  }
  void args_list(const std::vector<ast::Arg>& l) {
    out += '[';
    for (size_t i = 0; i < l.size(); ++i) {
      if (i) out += ", ";
      arg(l[i]);
    }
    out += ']';
  }
  void arguments(const ast::Arguments& a) {
    out += "arguments(posonlyargs=";
    args_list(a.posonlyargs);
    out += ", args=";
    args_list(a.args);
    if (a.vararg) {
      out += ", vararg=";
      arg(*a.vararg);
    }
    out += ", kwonlyargs=";
    args_list(a.kwonlyargs);
    out += ", kw_defaults=";
    exprs(a.kw_defaults);
    if (a.kwarg) {
      out += ", kwarg=";
      arg(*a.kwarg);
    }
    out += ", defaults=";
    exprs(a.defaults);
    out += ')';
  }
  void keywords(const std::vector<ast::Keyword>& l) {
    out += '[';
    for (size_t i = 0; i < l.size(); ++i) {
      if (i) out += ", ";
      out += "keyword(";
      if (!l[i].arg.empty()) out += "arg=" + py_str_repr(l[i].arg) + ", ";
      out += "value=";
      expr(*l[i].value);
      out += ')';
    }
    out += ']';
  }
  void generators(const std::vector<ast::Comprehension>& l) {
    out += '[';
    for (size_t i = 0; i < l.size(); ++i) {
      if (i) out += ", ";
      out += "comprehension(target=";
      expr(*l[i].target);
      out += ", iter=";
      expr(*l[i].iter);
      out += ", ifs=";
      exprs(l[i].ifs);
      out += l[i].is_async ? ", is_async=1)" : ", is_async=0)";
    }
    out += ']';
  }
  void aliases(const std::vector<ast::Alias>& l) {
    out += '[';
    for (size_t i = 0; i < l.size(); ++i) {
      if (i) out += ", ";
      out += "alias(name=" + py_str_repr(l[i].name);
      if (!l[i].asname.empty()) out += ", asname=" + py_str_repr(l[i].asname);
      out += ')';
    }
    out += ']';
  }

  void constant(const ast::Constant& c) {
    using K = ast::Constant::Kind;
    out += "Constant(value=";
    switch (c.kind) {
      case K::None: out += "None"; break;
      case K::True: out += "True"; break;
      case K::False: out += "False"; break;
      case K::Ellipsis: out += "Ellipsis"; break;
      case K::Int: out += std::to_string(c.i); break;
      case K::BigInt: out += c.s; break;
      case K::Float: out += float_repr(c.f); break;
      case K::Str: out += py_str_repr(c.s); break;
      case K::Bytes: out += py_bytes_repr(c.s); break;
    }
    out += ')';
  }

  void stmt(const Stmt& s) {
    switch (s.kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef:
        out += s.kind == StmtKind::FunctionDef ? "FunctionDef(name=" : "AsyncFunctionDef(name=";
        out += py_str_repr(s.name) + ", args=";
        arguments(*s.args);
        out += ", body=";
        stmts(s.body);
        out += ", decorator_list=";
        exprs(s.decorators);
        field("returns", s.a.get());
        out += ')';
        return;
      case StmtKind::ClassDef:
        out += "ClassDef(name=" + py_str_repr(s.name) + ", bases=";
        exprs(s.elts);
        out += ", keywords=";
        keywords(s.keywords);
        out += ", body=";
        stmts(s.body);
        out += ", decorator_list=";
        exprs(s.decorators);
        out += ')';
        return;
      case StmtKind::Return:
        out += "Return(";
        if (s.a) {
          out += "value=";
          expr(*s.a);
        }
        out += ')';
        return;
      case StmtKind::Delete:
        out += "Delete(targets=";
        exprs(s.targets);
        out += ')';
        return;
      case StmtKind::Assign:
        out += "Assign(targets=";
        exprs(s.targets);
        out += ", value=";
        expr(*s.a);
        out += ')';
        return;
      case StmtKind::AugAssign:
        out += "AugAssign(target=";
        expr(*s.a);
        out += std::string(", op=") + binop_name(s.bin_op) + "(), value=";
        expr(*s.b);
        out += ')';
        return;
      case StmtKind::AnnAssign:
        out += "AnnAssign(target=";
        expr(*s.a);
        out += ", annotation=";
        expr(*s.b);
        field("value", s.c.get());
        out += s.simple ? ", simple=1)" : ", simple=0)";
        return;
      case StmtKind::For:
      case StmtKind::AsyncFor:
        out += s.kind == StmtKind::For ? "For(target=" : "AsyncFor(target=";
        expr(*s.a);
        out += ", iter=";
        expr(*s.b);
        out += ", body=";
        stmts(s.body);
        out += ", orelse=";
        stmts(s.orelse);
        out += ')';
        return;
      case StmtKind::While:
      case StmtKind::If:
        out += s.kind == StmtKind::While ? "While(test=" : "If(test=";
        expr(*s.a);
        out += ", body=";
        stmts(s.body);
        out += ", orelse=";
        stmts(s.orelse);
        out += ')';
        return;
      case StmtKind::With:
      case StmtKind::AsyncWith:
        out += s.kind == StmtKind::With ? "With(items=[" : "AsyncWith(items=[";
        for (size_t i = 0; i < s.items.size(); ++i) {
          if (i) out += ", ";
          out += "withitem(context_expr=";
          expr(*s.items[i].context_expr);
          field("optional_vars", s.items[i].optional_vars.get());
          out += ')';
        }
        out += "], body=";
        stmts(s.body);
        out += ')';
        return;
      case StmtKind::Raise:
        out += "Raise(";
        if (s.a) {
          out += "exc=";
          expr(*s.a);
          if (s.b) out += ", ";
        }
        if (s.b) {
          out += "cause=";
          expr(*s.b);
        }
        out += ')';
        return;
      case StmtKind::Try:
      case StmtKind::TryStar:
        out += s.kind == StmtKind::Try ? "Try(body=" : "TryStar(body=";
        stmts(s.body);
        out += ", handlers=[";
        for (size_t i = 0; i < s.handlers.size(); ++i) {
          const ast::ExceptHandler& h = s.handlers[i];
          if (i) out += ", ";
          out += "ExceptHandler(";
          if (h.type) {
            out += "type=";
            expr(*h.type);
            out += ", ";
          }
          if (!h.name.empty()) out += "name=" + py_str_repr(h.name) + ", ";
          out += "body=";
          stmts(h.body);
          out += ')';
        }
        out += "], orelse=";
        stmts(s.orelse);
        out += ", finalbody=";
        stmts(s.finalbody);
        out += ')';
        return;
      case StmtKind::Match:
        out += "Match(subject=";
        expr(*s.a);
        out += ", cases=[";
        for (size_t i = 0; i < s.cases.size(); ++i) {
          const ast::MatchCase& c = s.cases[i];
          if (i) out += ", ";
          out += "match_case(pattern=";
          pattern(*c.pattern);
          field("guard", c.guard.get());
          out += ", body=";
          stmts(c.body);
          out += ')';
        }
        out += "])";
        return;
      case StmtKind::Assert:
        out += "Assert(test=";
        expr(*s.a);
        field("msg", s.b.get());
        out += ')';
        return;
      case StmtKind::Import:
        out += "Import(names=";
        aliases(s.names);
        out += ')';
        return;
      case StmtKind::ImportFrom:
        out += "ImportFrom(";
        if (!s.name.empty()) out += "module=" + py_str_repr(s.name) + ", ";
        out += "names=";
        aliases(s.names);
        out += ", level=" + std::to_string(s.level) + ")";
        return;
      case StmtKind::Global:
      case StmtKind::Nonlocal:
        out += s.kind == StmtKind::Global ? "Global(names=" : "Nonlocal(names=";
        strs(s.identifiers);
        out += ')';
        return;
      case StmtKind::Expr:
        out += "Expr(value=";
        expr(*s.a);
        out += ')';
        return;
      case StmtKind::Pass: out += "Pass()"; return;
      case StmtKind::Break: out += "Break()"; return;
      case StmtKind::Continue: out += "Continue()"; return;
    }
  }

  void expr(const Expr& e) {
    switch (e.kind) {
      case ExprKind::BoolOp:
        out += e.bool_op == ast::BoolOp::And ? "BoolOp(op=And(), values=" : "BoolOp(op=Or(), values=";
        exprs(e.elts);
        out += ')';
        return;
      case ExprKind::NamedExpr:
        out += "NamedExpr(target=";
        expr(*e.a);
        out += ", value=";
        expr(*e.b);
        out += ')';
        return;
      case ExprKind::BinOp:
        out += "BinOp(left=";
        expr(*e.a);
        out += std::string(", op=") + binop_name(e.bin_op) + "(), right=";
        expr(*e.b);
        out += ')';
        return;
      case ExprKind::UnaryOp:
        out += std::string("UnaryOp(op=") + unaryop_name(e.unary_op) + "(), operand=";
        expr(*e.a);
        out += ')';
        return;
      case ExprKind::Lambda:
        out += "Lambda(args=";
        arguments(*e.args);
        out += ", body=";
        expr(*e.a);
        out += ')';
        return;
      case ExprKind::IfExp:
        out += "IfExp(test=";
        expr(*e.a);
        out += ", body=";
        expr(*e.b);
        out += ", orelse=";
        expr(*e.c);
        out += ')';
        return;
      case ExprKind::Dict:
        out += "Dict(keys=";
        exprs(e.elts);
        out += ", values=";
        exprs(e.elts2);
        out += ')';
        return;
      case ExprKind::Set:
        out += "Set(elts=";
        exprs(e.elts);
        out += ')';
        return;
      case ExprKind::ListComp:
      case ExprKind::SetComp:
      case ExprKind::GeneratorExp:
        out += e.kind == ExprKind::ListComp  ? "ListComp(elt="
               : e.kind == ExprKind::SetComp ? "SetComp(elt="
                                             : "GeneratorExp(elt=";
        expr(*e.a);
        out += ", generators=";
        generators(e.generators);
        out += ')';
        return;
      case ExprKind::DictComp:
        out += "DictComp(key=";
        expr(*e.a);
        out += ", value=";
        expr(*e.b);
        out += ", generators=";
        generators(e.generators);
        out += ')';
        return;
      case ExprKind::Await:
      case ExprKind::YieldFrom:
        out += e.kind == ExprKind::Await ? "Await(value=" : "YieldFrom(value=";
        expr(*e.a);
        out += ')';
        return;
      case ExprKind::Yield:
        out += "Yield(";
        if (e.a) {
          out += "value=";
          expr(*e.a);
        }
        out += ')';
        return;
      case ExprKind::Compare:
        out += "Compare(left=";
        expr(*e.a);
        out += ", ops=[";
        for (size_t i = 0; i < e.ops.size(); ++i) {
          if (i) out += ", ";
          out += std::string(cmpop_name(e.ops[i])) + "()";
        }
        out += "], comparators=";
        exprs(e.elts);
        out += ')';
        return;
      case ExprKind::Call:
        out += "Call(func=";
        expr(*e.a);
        out += ", args=";
        exprs(e.elts);
        out += ", keywords=";
        keywords(e.keywords);
        out += ')';
        return;
      case ExprKind::FormattedValue:
        out += "FormattedValue(value=";
        expr(*e.a);
        out += ", conversion=" + std::to_string(e.conversion);
        field("format_spec", e.b.get());
        out += ')';
        return;
      case ExprKind::JoinedStr:
        out += "JoinedStr(values=";
        exprs(e.elts);
        out += ')';
        return;
      case ExprKind::Constant: constant(e.constant); return;
      case ExprKind::Attribute:
        out += "Attribute(value=";
        expr(*e.a);
        out += ", attr=" + py_str_repr(e.name) + ", ctx=" + ctx_name(e.ctx) + ")";
        return;
      case ExprKind::Subscript:
        out += "Subscript(value=";
        expr(*e.a);
        out += ", slice=";
        expr(*e.b);
        out += std::string(", ctx=") + ctx_name(e.ctx) + ")";
        return;
      case ExprKind::Starred:
        out += "Starred(value=";
        expr(*e.a);
        out += std::string(", ctx=") + ctx_name(e.ctx) + ")";
        return;
      case ExprKind::Name:
        out += "Name(id=" + py_str_repr(e.name) + ", ctx=" + ctx_name(e.ctx) + ")";
        return;
      case ExprKind::List:
      case ExprKind::Tuple:
        out += e.kind == ExprKind::List ? "List(elts=" : "Tuple(elts=";
        exprs(e.elts);
        out += std::string(", ctx=") + ctx_name(e.ctx) + ")";
        return;
      case ExprKind::Slice: {
        out += "Slice(";
        bool first = true;
        const char* names[] = {"lower", "upper", "step"};
        const Expr* parts[] = {e.a.get(), e.b.get(), e.c.get()};
        for (int i = 0; i < 3; ++i) {
          if (!parts[i]) continue;
          if (!first) out += ", ";
          first = false;
          out += std::string(names[i]) + "=";
          expr(*parts[i]);
        }
        out += ')';
        return;
      }
    }
  }
};

}  // namespace

std::string py_str_repr(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out(1, quote);
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    uint32_t cp = next_cp(s, &i);
    if (cp == static_cast<uint32_t>(quote) || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp < 0x80 ? (cp < 0x20 || cp == 0x7F) : !is_printable_code_point(cp)) {
      if (cp < 0x100) {
        hex_escape(&out, 'x', cp, 2);
      } else if (cp < 0x10000) {
        hex_escape(&out, 'u', cp, 4);
      } else {
        hex_escape(&out, 'U', cp, 8);
      }
    } else {
      out.append(s.substr(start, i - start));
    }
  }
  out += quote;
  return out;
}

std::string py_bytes_repr(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out = "b";
  out += quote;
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c >= 0x7F) {
      hex_escape(&out, 'x', c, 2);
    } else {
      out += ch;
    }
  }
  out += quote;
  return out;
}

std::string ast_dump(const ast::Module& module) {
  Dumper d;
  d.module(module);
  return d.out;
}

}  // namespace loopscope::lang
