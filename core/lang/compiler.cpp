// Code generation. One Unit per code object being compiled; `fblocks` is the stack
// of enclosing loops/try/with that break, continue and return must unwind (the
// finally bodies are compiled inline at each exit, as CPython 3.10 does).
#include "lang/compiler.h"

#include <algorithm>
#include <map>

#include "lang/ast_unparse.h"
#include "lang/code.h"
#include "lang/runtime.h"
#include "lang/scope.h"
#include "lang/set_ops.h"
#include "lang/superinstructions.h"

namespace loopscope::lang {
namespace {

struct Fail {
  std::string message;
  ast::Pos pos;
};

enum class FBlock : uint8_t {
  ForLoop,        // iterator on the stack
  WhileLoop,
  TryFinally,     // in a try body with a finally: run it on exit
  TryExcept,      // in a try body with except clauses: its handler block is popped on exit
  FinallyEnd,     // in the exceptional copy of a finally body: [exc] on the stack
  HandlerCleanup, // in an except body: POP_EXCEPT on exit
  With,           // [exit] on the stack, a handler block set
  AsyncWith,
};

struct FBlockInfo {
  FBlock kind;
  int loop_start = -1;              // continue target
  std::vector<int>* breaks = nullptr;  // jumps to patch to the loop's end
  const ast::StmtList* finalbody = nullptr;
  std::string handler_name;          // HandlerCleanup with `as name`
};

// The docstring a module, class or function body starts with (its string constant),
// or null.
const ast::Expr* docstring_of(const ast::StmtList& body) {
  if (body.empty() || body[0]->kind != ast::StmtKind::Expr) return nullptr;
  const ast::Expr* e = body[0]->a.get();
  return e->kind == ast::ExprKind::Constant && e->constant.kind == ast::Constant::Kind::Str ? e : nullptr;
}

struct Unit {
  Scope* scope;
  Code* code;
  Value code_value;
  std::map<std::string, int> name_index;
  std::vector<FBlockInfo> fblocks;
  int line = 0;
  ast::Pos pos;  // of the statement or expression being compiled (the spans)
};

class CodeGen {
 public:
  CodeGen(ScopeTable& scopes, std::string filename, CompileMode mode)
      : scopes_(scopes), filename_(std::move(filename)), mode_(mode) {}

  Value module(const ast::Module& m) {
    enter(scopes_.module_scope(), "<module>", "<module>", 1);
    if (mode_ == CompileMode::Eval) {
      expr(*m.body.front()->a);
      emit(Op::RETURN_VALUE);
      return leave();
    }
    future_imports(m.body);
    if (has_annotations(m.body)) emit(Op::SETUP_ANNOTATIONS);
    // A docstring is the module's __doc__ (the program's, or exec()'s globals'), not
    // a statement.
    size_t start = 0;
    if (const ast::Expr* doc = docstring_of(m.body)) {
      set_line(m.body[0]->pos);
      expr(*doc);
      emit(Op::STORE_NAME, name_index("__doc__"));
      start = 1;
    }
    for (size_t i = start; i < m.body.size(); ++i) stmt(*m.body[i]);
    emit_const(none());
    emit(Op::RETURN_VALUE);
    return leave();
  }

 private:
  // --- units ------------------------------------------------------------------------
  void enter(Scope* scope, const std::string& name, const std::string& qualname, int line) {
    auto* code = new Code(types().code);
    Unit u{scope, code, Value::object(code), {}, {}, line};
    code->name = name;
    code->qualname = qualname;
    code->filename = filename_;
    code->first_line = line;
    if (scope->function_like()) {
      code->flags |= kCodeOptimized;
      for (auto& p : scope->params) code->varnames.push_back(p);
      for (auto& n : scope->order)
        if (scope->kind_of(n) == NameKind::Fast || scope->kind_of(n) == NameKind::Cell)
          if (std::find(code->varnames.begin(), code->varnames.end(), n) == code->varnames.end() &&
              scope->kind_of(n) == NameKind::Fast)
            code->varnames.push_back(n);
      if (scope->is_generator && scope->is_async) code->flags |= kCodeAsyncGenerator;
      else if (scope->is_generator) code->flags |= kCodeGenerator;
      else if (scope->is_async) code->flags |= kCodeCoroutine;
    }
    if (scope->kind == Scope::Kind::Class) code->flags |= kCodeClassBody;
    code->cellvars = scope->cellvars;
    code->freevars = scope->freevars;
    for (auto& c : code->cellvars) {
      auto it = std::find(scope->params.begin(), scope->params.end(), c);
      code->cell_args.push_back(it == scope->params.end() ? -1 : static_cast<int>(it - scope->params.begin()));
    }
    units_.push_back(std::move(u));
  }

  Value leave() {
    Unit& u = units_.back();
    compute_max_stack(*u.code);
    fuse_superinstructions(*u.code);  // after: the stack depths are those of the plain instructions
    Value v = std::move(u.code_value);
    units_.pop_back();
    return v;
  }

  Unit& u() { return units_.back(); }
  Code& code() { return *u().code; }

  [[noreturn]] void fail(const std::string& msg, const ast::Pos& pos) { throw Fail{msg, pos}; }

  // --- emitting ---------------------------------------------------------------------
  int emit(Op op, int arg = 0) {
    code().code.push_back({op, arg});
    code().lines.push_back(u().line);
    const ast::Pos& p = u().pos;
    code().spans.push_back(p.line == u().line ? Code::Span{p.col, p.end_line, p.end_col} : Code::Span{});
    return static_cast<int>(code().code.size()) - 1;
  }
  int here() const { return static_cast<int>(units_.back().code->code.size()); }
  void patch(int at, int target = -1) { code().code[at].arg = target < 0 ? here() : target; }

  int const_index(Value v) {
    auto& consts = code().consts;
    for (size_t i = 0; i < consts.size(); ++i)
      if (consts[i].is(v) || (consts[i].tag() == v.tag() && v.is_object() && is_str(v) && is_str(consts[i]) &&
                              str_of(v) == str_of(consts[i]) && type_of(v) == type_of(consts[i])))
        return static_cast<int>(i);
    consts.push_back(std::move(v));
    return static_cast<int>(consts.size()) - 1;
  }
  void emit_const(Value v) { emit(Op::LOAD_CONST, const_index(std::move(v))); }

  int name_index(const std::string& n) {
    auto it = u().name_index.find(n);
    if (it != u().name_index.end()) return it->second;
    code().names.push_back(intern(n));
    int i = static_cast<int>(code().names.size()) - 1;
    u().name_index[n] = i;
    return i;
  }

  int cell_index(const std::string& n) {
    auto& c = code();
    auto it = std::find(c.cellvars.begin(), c.cellvars.end(), n);
    if (it != c.cellvars.end()) return static_cast<int>(it - c.cellvars.begin());
    auto jt = std::find(c.freevars.begin(), c.freevars.end(), n);
    if (jt != c.freevars.end()) return static_cast<int>(c.cellvars.size() + (jt - c.freevars.begin()));
    return -1;
  }
  int fast_index(const std::string& n) {
    auto& v = code().varnames;
    auto it = std::find(v.begin(), v.end(), n);
    if (it != v.end()) return static_cast<int>(it - v.begin());
    v.push_back(n);
    return static_cast<int>(v.size()) - 1;
  }

  void set_line(const ast::Pos& p) {
    if (p.line > 0) {
      u().line = p.line;
      u().pos = p;
    }
  }

  // --- names --------------------------------------------------------------------------
  enum class Access { Load, Store, Del };

  void name_op(const std::string& n, Access a) {
    Scope* s = u().scope;
    NameKind k = s->kind_of(n);
    if (n == "__class__" && s->kind == Scope::Kind::Class) k = NameKind::Name;
    switch (k) {
      case NameKind::Fast:
        emit(a == Access::Load ? Op::LOAD_FAST : a == Access::Store ? Op::STORE_FAST : Op::DELETE_FAST,
             fast_index(n));
        return;
      case NameKind::Cell:
      case NameKind::Free:
        emit(a == Access::Load ? Op::LOAD_DEREF : a == Access::Store ? Op::STORE_DEREF : Op::DELETE_DEREF,
             cell_index(n));
        return;
      case NameKind::ClassDeref:
        if (a == Access::Load) {
          emit(Op::LOAD_CLASSDEREF, cell_index(n));
          return;
        }
        emit(a == Access::Store ? Op::STORE_NAME : Op::DELETE_NAME, name_index(n));
        return;
      case NameKind::Global:
        if (s->kind == Scope::Kind::Class || s->kind == Scope::Kind::Module) {
          if (s->declared_global.count(n) || (s->kind == Scope::Kind::Module && mode_ == CompileMode::Module)) {
            emit(a == Access::Load ? Op::LOAD_GLOBAL : a == Access::Store ? Op::STORE_GLOBAL : Op::DELETE_GLOBAL,
                 name_index(n));
            return;
          }
        }
        emit(a == Access::Load ? Op::LOAD_GLOBAL : a == Access::Store ? Op::STORE_GLOBAL : Op::DELETE_GLOBAL,
             name_index(n));
        return;
      case NameKind::Name:
        if (s->kind == Scope::Kind::Module && mode_ == CompileMode::Module) {
          emit(a == Access::Load ? Op::LOAD_GLOBAL : a == Access::Store ? Op::STORE_GLOBAL : Op::DELETE_GLOBAL,
               name_index(n));
        } else {
          emit(a == Access::Load ? Op::LOAD_NAME : a == Access::Store ? Op::STORE_NAME : Op::DELETE_NAME,
               name_index(n));
        }
        return;
    }
  }

  // --- from __future__ import ... ----------------------------------------------------
  // The future imports a module starts with (after its docstring): `annotations` makes
  // every annotation a string of its source (PEP 563); the others are no-ops in 3.11.
  void future_imports(const ast::StmtList& b) {
    static const char* const kKnown[] = {"nested_scopes", "generators", "division", "absolute_import",
                                         "with_statement", "print_function", "unicode_literals",
                                         "generator_stop", "annotations"};
    size_t i = docstring_of(b) ? 1 : 0;
    for (; i < b.size() && is_future_import(*b[i]); ++i) {
      for (auto& alias : b[i]->names) {
        if (alias.name == "braces") fail("not a chance", b[i]->pos);
        if (std::find_if(std::begin(kKnown), std::end(kKnown), [&](const char* k) { return alias.name == k; }) ==
            std::end(kKnown))
          fail("future feature " + alias.name + " is not defined", b[i]->pos);
        if (alias.name == "annotations") future_annotations_ = true;
      }
      leading_future_.push_back(b[i].get());
    }
  }
  static bool is_future_import(const ast::Stmt& s) {
    return s.kind == ast::StmtKind::ImportFrom && s.level == 0 && s.name == "__future__";
  }

  // An annotation's value: evaluated, or under `from __future__ import annotations`
  // the string CPython would store.
  void annotation(const ast::Expr& e) {
    if (future_annotations_) emit_const(new_str(unparse_expr(e)));
    else expr(e);
  }

  // --- statements ---------------------------------------------------------------------
  // Whether a module or class body holds an annotated assignment outside nested
  // functions and classes (CPython's find_ann): then it gets an __annotations__ dict.
  static bool has_annotations(const ast::StmtList& b) {
    using K = ast::StmtKind;
    for (auto& s : b) {
      switch (s->kind) {
        case K::AnnAssign: return true;
        case K::For: case K::AsyncFor: case K::While: case K::If:
          if (has_annotations(s->body) || has_annotations(s->orelse)) return true;
          break;
        case K::With: case K::AsyncWith:
          if (has_annotations(s->body)) return true;
          break;
        case K::Match:
          for (auto& c : s->cases)
            if (has_annotations(c.body)) return true;
          break;
        case K::Try: case K::TryStar:
          if (has_annotations(s->body) || has_annotations(s->orelse) || has_annotations(s->finalbody)) return true;
          for (auto& h : s->handlers)
            if (has_annotations(h.body)) return true;
          break;
        default: break;
      }
    }
    return false;
  }

  void body(const ast::StmtList& b) {
    for (auto& s : b) stmt(*s);
  }

  bool in_function() const { return units_.back().scope->function_like(); }
  bool in_async_function() const {
    const Unit& un = units_.back();
    return un.scope->function_like() && un.scope->is_async;
  }

  void stmt(const ast::Stmt& s) {
    set_line(s.pos);
    using K = ast::StmtKind;
    switch (s.kind) {
      case K::FunctionDef:
      case K::AsyncFunctionDef:
        function_def(s);
        break;
      case K::ClassDef:
        class_def(s);
        break;
      case K::Return:
        if (!in_function() || u().scope->kind == Scope::Kind::Comprehension) fail("'return' outside function", s.pos);
        if (s.a) {
          if ((code().flags & kCodeAsyncGenerator) != 0) fail("'return' with value in async generator", s.pos);
          expr(*s.a);
        } else {
          emit_const(none());
        }
        unwind_all(true);
        set_line(s.pos);
        emit(Op::RETURN_VALUE);
        break;
      case K::Delete:
        for (auto& t : s.targets) target(*t, Access::Del);
        break;
      case K::Assign:
        if (swap_assign(s)) break;
        expr(*s.a);
        for (size_t i = 0; i < s.targets.size(); ++i) {
          if (i + 1 < s.targets.size()) emit(Op::DUP_TOP);
          target(*s.targets[i], Access::Store);
        }
        break;
      case K::AugAssign:
        aug_assign(s);
        break;
      case K::AnnAssign:
        ann_assign(s);
        break;
      case K::For:
        for_stmt(s);
        break;
      case K::AsyncFor:
        async_for_stmt(s);
        break;
      case K::While:
        while_stmt(s);
        break;
      case K::If: {
        expr(*s.a);
        int jf = emit(Op::POP_JUMP_IF_FALSE);
        body(s.body);
        if (!s.orelse.empty()) {
          int je = emit(Op::JUMP);
          patch(jf);
          body(s.orelse);
          patch(je);
        } else {
          patch(jf);
        }
        break;
      }
      case K::With:
        with_stmt(s, 0, false);
        break;
      case K::AsyncWith:
        if (!in_async_function()) fail("'async with' outside async function", s.pos);
        with_stmt(s, 0, true);
        break;
      case K::Raise:
        if (s.a) {
          expr(*s.a);
          if (s.b) {
            expr(*s.b);
            emit(Op::RAISE_VARARGS, 2);
          } else {
            emit(Op::RAISE_VARARGS, 1);
          }
        } else {
          emit(Op::RAISE_VARARGS, 0);
        }
        break;
      case K::Try:
        if (!s.finalbody.empty()) try_finally(s);
        else try_except(s);
        break;
      case K::TryStar:
        try_star(s);
        break;
      case K::Assert: {
        expr(*s.a);
        int j = emit(Op::POP_JUMP_IF_TRUE);
        emit(Op::LOAD_ASSERTION_ERROR);
        if (s.b) {
          expr(*s.b);
          emit(Op::CALL_FUNCTION, 1);
        }
        emit(Op::RAISE_VARARGS, 1);
        patch(j);
        break;
      }
      case K::Import:
        for (auto& a : s.names) {
          // IMPORT_NAME arg: name index; bit 30 set: push the leaf module (for `as`).
          int flags = a.asname.empty() ? 0 : (1 << 30);
          emit(Op::IMPORT_NAME, name_index(a.name) | flags);
          if (!a.asname.empty()) name_op(a.asname, Access::Store);
          else name_op(a.name.substr(0, a.name.find('.')), Access::Store);
        }
        break;
      case K::ImportFrom: {
        if (is_future_import(s) &&
            std::find(leading_future_.begin(), leading_future_.end(), &s) == leading_future_.end())
          fail("from __future__ imports must occur at the beginning of the file", s.pos);
        std::string mod = std::string(static_cast<size_t>(s.level), '.') + s.name;
        emit(Op::IMPORT_NAME, name_index(mod) | (1 << 30));
        for (auto& a : s.names) {
          if (a.name == "*") {
            emit(Op::IMPORT_STAR);
            return;
          }
          emit(Op::IMPORT_FROM, name_index(a.name));
          name_op(a.asname.empty() ? a.name : a.asname, Access::Store);
        }
        emit(Op::POP_TOP);
        break;
      }
      case K::Global:
      case K::Nonlocal:
      case K::Pass:
        break;
      case K::Match:
        match_stmt(s);
        break;
      case K::Expr:
        if (s.a->kind == ast::ExprKind::Constant) break;
        expr(*s.a);
        emit(Op::POP_TOP);
        break;
      case K::Break:
        loop_exit(s, true);
        break;
      case K::Continue:
        loop_exit(s, false);
        break;
    }
  }

  // Unwinds the fblocks for `return` (value on top of the stack when preserve_top).
  void unwind_all(bool preserve_top) {
    auto saved = u().fblocks;
    for (int i = static_cast<int>(saved.size()) - 1; i >= 0; --i) {
      u().fblocks.resize(static_cast<size_t>(i));
      unwind_one(saved[static_cast<size_t>(i)], preserve_top);
    }
    u().fblocks = saved;
  }

  void unwind_one(const FBlockInfo& b, bool preserve_top) {
    switch (b.kind) {
      case FBlock::WhileLoop:
        break;
      case FBlock::ForLoop:
        if (preserve_top) emit(Op::ROT_TWO);
        emit(Op::POP_TOP);
        break;
      case FBlock::TryFinally:
        emit(Op::POP_BLOCK);
        body(*b.finalbody);
        break;
      case FBlock::TryExcept:
        emit(Op::POP_BLOCK);
        break;
      case FBlock::FinallyEnd:
        emit(Op::POP_EXCEPT);
        if (preserve_top) emit(Op::ROT_TWO);
        emit(Op::POP_TOP);
        break;
      case FBlock::HandlerCleanup:
        emit(Op::POP_EXCEPT);
        if (!b.handler_name.empty()) {
          emit_const(none());
          name_op(b.handler_name, Access::Store);
          name_op(b.handler_name, Access::Del);
        }
        break;
      case FBlock::With:
      case FBlock::AsyncWith:
        emit(Op::POP_BLOCK);
        if (preserve_top) emit(Op::ROT_TWO);
        emit_normal_exit(b.kind == FBlock::AsyncWith);
        break;
    }
  }

  void loop_exit(const ast::Stmt& s, bool is_break) {
    auto saved = u().fblocks;
    int i = static_cast<int>(saved.size()) - 1;
    for (; i >= 0; --i) {
      auto k = saved[static_cast<size_t>(i)].kind;
      if (k == FBlock::ForLoop || k == FBlock::WhileLoop) break;
    }
    if (i < 0) fail(is_break ? "'break' outside loop" : "'continue' not properly in loop", s.pos);
    for (int j = static_cast<int>(saved.size()) - 1; j > i; --j) {
      u().fblocks.resize(static_cast<size_t>(j));
      unwind_one(saved[static_cast<size_t>(j)], false);
    }
    u().fblocks = saved;
    FBlockInfo& loop = u().fblocks[static_cast<size_t>(i)];
    if (is_break) {
      if (loop.kind == FBlock::ForLoop) emit(Op::POP_TOP);
      loop.breaks->push_back(emit(Op::JUMP));
    } else {
      emit(Op::CHECK_INTERRUPT);  // a back-edge like the loop's own (`while True: continue`)
      emit(Op::JUMP, loop.loop_start);
    }
  }

  void for_stmt(const ast::Stmt& s) {
    std::vector<int> breaks;
    expr(*s.b);
    emit(Op::GET_ITER);
    int start = here();
    int fi = emit(Op::FOR_ITER);
    target(*s.a, Access::Store);
    u().fblocks.push_back({FBlock::ForLoop, start, &breaks, nullptr, {}});
    body(s.body);
    u().fblocks.pop_back();
    emit(Op::CHECK_INTERRUPT);
    emit(Op::JUMP, start);
    patch(fi);
    body(s.orelse);
    for (int b : breaks) patch(b);
  }

  void async_for_stmt(const ast::Stmt& s) {
    if (!in_async_function()) fail("'async for' outside async function", s.pos);
    std::vector<int> breaks;
    expr(*s.b);
    emit(Op::GET_AITER);
    int start = here();
    int setup = emit(Op::SETUP_FINALLY);
    emit(Op::GET_ANEXT);
    emit_const(none());
    emit(Op::YIELD_FROM);
    emit(Op::POP_BLOCK);
    target(*s.a, Access::Store);
    u().fblocks.push_back({FBlock::ForLoop, start, &breaks, nullptr, {}});
    body(s.body);
    u().fblocks.pop_back();
    emit(Op::JUMP, start);
    patch(setup);
    emit(Op::END_ASYNC_FOR);  // [iter, exc]: StopAsyncIteration -> both popped
    body(s.orelse);
    for (int b : breaks) patch(b);
  }

  void while_stmt(const ast::Stmt& s) {
    std::vector<int> breaks;
    int start = here();
    expr(*s.a);
    int jf = emit(Op::POP_JUMP_IF_FALSE);
    u().fblocks.push_back({FBlock::WhileLoop, start, &breaks, nullptr, {}});
    body(s.body);
    u().fblocks.pop_back();
    emit(Op::CHECK_INTERRUPT);
    emit(Op::JUMP, start);
    patch(jf);
    body(s.orelse);
    for (int b : breaks) patch(b);
  }

  // await <top of stack>: the awaitable is driven until it returns.
  void emit_await() {
    emit(Op::GET_AWAITABLE);
    emit_const(none());
    emit(Op::YIELD_FROM);
  }

  // [exit] -> []: exit(None, None, None), awaited for `async with`.
  void emit_normal_exit(bool is_async) {
    emit_const(none());
    emit(Op::DUP_TOP);
    emit(Op::DUP_TOP);
    emit(Op::CALL_FUNCTION, 3);
    if (is_async) emit_await();
    emit(Op::POP_TOP);
  }

  // `with` and `async with`, one item at a time (nested like CPython).
  void with_stmt(const ast::Stmt& s, size_t item, bool is_async) {
    const auto& it = s.items[item];
    expr(*it.context_expr);
    int setup;
    if (is_async) {
      emit(Op::BEFORE_ASYNC_WITH);
      emit_await();
      setup = emit(Op::SETUP_ASYNC_WITH);
    } else {
      setup = emit(Op::SETUP_WITH);
    }
    if (it.optional_vars) target(*it.optional_vars, Access::Store);
    else emit(Op::POP_TOP);
    u().fblocks.push_back({is_async ? FBlock::AsyncWith : FBlock::With});
    if (item + 1 < s.items.size()) with_stmt(s, item + 1, is_async);
    else body(s.body);
    u().fblocks.pop_back();
    // The exit call belongs to the with statement's line, in tracebacks too.
    set_line(s.pos);
    emit(Op::POP_BLOCK);
    emit_normal_exit(is_async);
    int jend = emit(Op::JUMP);
    patch(setup);
    with_exit_handler(is_async);
    patch(jend);
  }

  // At the handler: [exit, exc]. exit(type, exc, tb) decides whether to suppress.
  void with_exit_handler(bool is_async) {
    emit(Op::WITH_EXCEPT_START);
    if (is_async) emit_await();
    int j = emit(Op::POP_JUMP_IF_TRUE);
    emit(Op::RERAISE);
    patch(j);
    emit(Op::POP_EXCEPT);
    emit(Op::POP_TOP);  // exc
    emit(Op::POP_TOP);  // exit
  }

  void try_finally(const ast::Stmt& s) {
    int setup = emit(Op::SETUP_FINALLY);
    u().fblocks.push_back({FBlock::TryFinally, -1, nullptr, &s.finalbody, {}});
    if (!s.handlers.empty()) try_except(s);
    else body(s.body);
    u().fblocks.pop_back();
    emit(Op::POP_BLOCK);
    body(s.finalbody);
    int jend = emit(Op::JUMP);
    patch(setup);
    // [exc]: the exceptional path runs the finally body, then re-raises.
    u().fblocks.push_back({FBlock::FinallyEnd});
    body(s.finalbody);
    u().fblocks.pop_back();
    emit(Op::RERAISE);
    patch(jend);
  }

  void try_except(const ast::Stmt& s) {
    int setup = emit(Op::SETUP_FINALLY);
    u().fblocks.push_back({FBlock::TryExcept});
    body(s.body);
    u().fblocks.pop_back();
    emit(Op::POP_BLOCK);
    body(s.orelse);
    int jend = emit(Op::JUMP);
    patch(setup);
    std::vector<int> ends;
    for (size_t i = 0; i < s.handlers.size(); ++i) {
      const auto& h = s.handlers[i];
      set_line(h.pos);
      if (!h.type && i + 1 < s.handlers.size()) fail("default 'except:' must be last", h.pos);
      int jnext = -1;
      if (h.type) {
        emit(Op::DUP_TOP);
        expr(*h.type);
        jnext = emit(Op::JUMP_IF_NOT_EXC_MATCH);
      }
      if (!h.name.empty()) name_op(h.name, Access::Store);
      else emit(Op::POP_TOP);
      u().fblocks.push_back({FBlock::HandlerCleanup, -1, nullptr, nullptr, h.name});
      body(h.body);
      u().fblocks.pop_back();
      emit(Op::POP_EXCEPT);
      if (!h.name.empty()) {
        emit_const(none());
        name_op(h.name, Access::Store);
        name_op(h.name, Access::Del);
      }
      ends.push_back(emit(Op::JUMP));
      if (jnext >= 0) patch(jnext);
    }
    emit(Op::RERAISE);
    for (int e : ends) patch(e);
    patch(jend);
  }

  // except*: each clause splits the group; what matched runs the clause, the rest
  // goes on; whatever is left (and any exception raised in a clause) is re-raised.
  void try_star(const ast::Stmt& s) {
    if (!s.finalbody.empty()) {
      int setup = emit(Op::SETUP_FINALLY);
      u().fblocks.push_back({FBlock::TryFinally, -1, nullptr, &s.finalbody, {}});
      try_star_handlers(s);
      u().fblocks.pop_back();
      emit(Op::POP_BLOCK);
      body(s.finalbody);
      int jend = emit(Op::JUMP);
      patch(setup);
      u().fblocks.push_back({FBlock::FinallyEnd});
      body(s.finalbody);
      u().fblocks.pop_back();
      emit(Op::RERAISE);
      patch(jend);
    } else {
      try_star_handlers(s);
    }
  }

  void try_star_handlers(const ast::Stmt& s) {
    int setup = emit(Op::SETUP_FINALLY);
    u().fblocks.push_back({FBlock::TryExcept});
    body(s.body);
    u().fblocks.pop_back();
    emit(Op::POP_BLOCK);
    body(s.orelse);
    int jend = emit(Op::JUMP);
    patch(setup);
    // [eg]
    std::vector<int> all_handled;
    for (const auto& h : s.handlers) {
      set_line(h.pos);
      if (!h.type) fail("expected exception type in except*", h.pos);
      expr(*h.type);
      // [eg, type] -> [rest, match] or, when nothing matches, [eg] and jump.
      int jnext = emit(Op::JUMP_IF_NOT_EG_MATCH);
      int inner = emit(Op::SETUP_FINALLY);
      if (!h.name.empty()) name_op(h.name, Access::Store);
      else emit(Op::POP_TOP);
      body(h.body);
      emit(Op::POP_BLOCK);
      int jdone = emit(Op::JUMP);
      patch(inner);
      // A clause raised: it replaces the group (chained like CPython's report).
      emit(Op::RERAISE);
      patch(jdone);
      // [rest]: rest is None when everything matched.
      emit(Op::DUP_TOP);
      emit_const(none());
      emit(Op::IS_OP, 0);
      int jall = emit(Op::POP_JUMP_IF_TRUE);
      patch(jnext);
      all_handled.push_back(jall);
    }
    emit(Op::RERAISE);
    for (int j : all_handled) patch(j);
    emit(Op::POP_TOP);
    emit(Op::POP_EXCEPT);
    patch(jend);
  }

  void aug_assign(const ast::Stmt& s) {
    const ast::Expr& t = *s.a;
    int op = static_cast<int>(s.bin_op) + 16;
    switch (t.kind) {
      case ast::ExprKind::Name:
        name_op(t.name, Access::Load);
        expr(*s.b);
        emit(Op::BINARY_OP, op);
        name_op(t.name, Access::Store);
        break;
      case ast::ExprKind::Attribute:
        expr(*t.a);
        emit(Op::DUP_TOP);
        emit(Op::LOAD_ATTR, name_index(t.name));
        expr(*s.b);
        emit(Op::BINARY_OP, op);
        emit(Op::ROT_TWO);
        emit(Op::STORE_ATTR, name_index(t.name));
        break;
      case ast::ExprKind::Subscript:
        expr(*t.a);
        expr(*t.b);
        emit(Op::DUP_TOP_TWO);
        emit(Op::BINARY_SUBSCR);
        expr(*s.b);
        emit(Op::BINARY_OP, op);
        emit(Op::ROT_THREE);
        emit(Op::STORE_SUBSCR);
        break;
      default:
        fail("'" + expr_name(t) + "' is an illegal expression for augmented assignment", t.pos);
    }
  }

  static std::string expr_name(const ast::Expr& e) {
    switch (e.kind) {
      case ast::ExprKind::Constant: return "literal";
      case ast::ExprKind::Call: return "function call";
      case ast::ExprKind::Tuple: return "tuple";
      case ast::ExprKind::List: return "list";
      default: return "expression";
    }
  }

  // `a, b = x, y` (and three names): the values are pushed and reordered on the
  // stack instead of building a tuple and unpacking it, as CPython's compiler does.
  // The order of evaluation and of the stores is unchanged.
  bool swap_assign(const ast::Stmt& s) {
    if (s.targets.size() != 1) return false;
    const ast::Expr& t = *s.targets[0];
    const ast::Expr& v = *s.a;
    if ((t.kind != ast::ExprKind::Tuple && t.kind != ast::ExprKind::List) || v.kind != ast::ExprKind::Tuple) return false;
    size_t n = t.elts.size();
    if ((n != 2 && n != 3) || v.elts.size() != n) return false;
    for (size_t i = 0; i < n; ++i)
      if (t.elts[i]->kind == ast::ExprKind::Starred || v.elts[i]->kind == ast::ExprKind::Starred) return false;
    for (auto& e : v.elts) expr(*e);
    if (n == 3) emit(Op::ROT_THREE);
    emit(Op::ROT_TWO);
    for (auto& e : t.elts) target(*e, Access::Store);
    return true;
  }

  // Stores (or deletes) the value on top of the stack into a target.
  void target(const ast::Expr& t, Access a) {
    set_line(t.pos);
    switch (t.kind) {
      case ast::ExprKind::Name:
        name_op(t.name, a);
        return;
      case ast::ExprKind::Attribute:
        expr(*t.a);
        emit(a == Access::Store ? Op::STORE_ATTR : Op::DELETE_ATTR, name_index(t.name));
        return;
      case ast::ExprKind::Subscript:
        expr(*t.a);
        expr(*t.b);
        emit(a == Access::Store ? Op::STORE_SUBSCR : Op::DELETE_SUBSCR);
        return;
      case ast::ExprKind::Tuple:
      case ast::ExprKind::List: {
        if (a == Access::Del) {
          for (auto& e : t.elts) target(*e, a);
          return;
        }
        int star = -1;
        for (size_t i = 0; i < t.elts.size(); ++i)
          if (t.elts[i]->kind == ast::ExprKind::Starred) {
            if (star >= 0) fail("multiple starred expressions in assignment", t.elts[i]->pos);
            star = static_cast<int>(i);
          }
        if (star < 0) {
          emit(Op::UNPACK_SEQUENCE, static_cast<int>(t.elts.size()));
        } else {
          int after = static_cast<int>(t.elts.size()) - star - 1;
          emit(Op::UNPACK_EX, star | (after << 8));
        }
        for (auto& e : t.elts) target(e->kind == ast::ExprKind::Starred ? *e->a : *e, a);
        return;
      }
      case ast::ExprKind::Starred:
        fail("starred assignment target must be in a list or tuple", t.pos);
      default:
        fail(std::string("cannot ") + (a == Access::Del ? "delete " : "assign to ") + expr_name(t), t.pos);
    }
  }

  // --- functions and classes -----------------------------------------------------------
  std::string qualname_for(const std::string& name) {
    // Enclosing function names get ".<locals>", classes just their name.
    std::string prefix;
    for (size_t i = 1; i < units_.size(); ++i) {
      Scope* s = units_[i].scope;
      prefix += units_[i].code->name;
      prefix += s->function_like() ? ".<locals>." : ".";
    }
    return prefix + name;
  }

  // `target: annotation [= value]` as CPython 3.11 compiles it: the value is stored
  // first; in a module or class body the annotation is then evaluated and, for a plain
  // name, stored in __annotations__. A function body never evaluates it.
  void ann_assign(const ast::Stmt& s) {
    if (s.c) {
      expr(*s.c);
      target(*s.a, Access::Store);
    }
    if (in_function()) return;
    if (s.simple && s.a->kind == ast::ExprKind::Name) {
      annotation(*s.b);
      emit(Op::LOAD_NAME, name_index("__annotations__"));
      emit_const(intern(s.a->name));
      emit(Op::STORE_SUBSCR);
    } else if (!future_annotations_) {
      expr(*s.b);
      emit(Op::POP_TOP);
    }
  }

  // Pushes the parameter and return annotations as a dict, in CPython 3.11's order
  // (args before posonlyargs); returns the MAKE_FUNCTION flag 4, or 0 when none.
  int annotations(const ast::Arguments& a, const ast::Expr* returns) {
    int n = 0;
    auto one = [&](const ast::Arg& p) {
      if (!p.annotation) return;
      emit_const(intern(p.name));
      annotation(*p.annotation);
      ++n;
    };
    for (auto& p : a.args) one(p);
    for (auto& p : a.posonlyargs) one(p);
    if (a.vararg) one(*a.vararg);
    for (auto& p : a.kwonlyargs) one(p);
    if (a.kwarg) one(*a.kwarg);
    if (returns) {
      emit_const(intern("return"));
      annotation(*returns);
      ++n;
    }
    if (n == 0) return 0;
    emit(Op::BUILD_MAP, n);
    return 4;
  }

  // Pushes defaults/kwdefaults; returns MAKE_FUNCTION flags.
  int defaults(const ast::Arguments& a) {
    int flags = 0;
    if (!a.defaults.empty()) {
      for (auto& d : a.defaults) expr(*d);
      emit(Op::BUILD_TUPLE, static_cast<int>(a.defaults.size()));
      flags |= 1;
    }
    int nkw = 0;
    for (size_t i = 0; i < a.kwonlyargs.size(); ++i)
      if (a.kw_defaults[i]) {
        emit_const(intern(a.kwonlyargs[i].name));
        expr(*a.kw_defaults[i]);
        ++nkw;
      }
    if (nkw) {
      emit(Op::BUILD_MAP, nkw);
      flags |= 2;
    }
    return flags;
  }

  void set_signature(Code& c, const ast::Arguments& a) {
    c.posonlyargcount = static_cast<int>(a.posonlyargs.size());
    c.argcount = static_cast<int>(a.posonlyargs.size() + a.args.size());
    c.kwonlyargcount = static_cast<int>(a.kwonlyargs.size());
    if (a.vararg) c.flags |= kCodeVarargs;
    if (a.kwarg) c.flags |= kCodeVarkw;
  }

  // Emits MAKE_FUNCTION for a finished code object (closure cells from this unit).
  void make_function(Value code_value, int flags, const std::string& qualname) {
    Code* c = as<Code>(code_value);
    if (!c->freevars.empty()) {
      for (auto& f : c->freevars) {
        int ci = cell_index(f);
        if (ci < 0) ci = cell_index(f);
        emit(Op::LOAD_CLOSURE, ci);
      }
      emit(Op::BUILD_TUPLE, static_cast<int>(c->freevars.size()));
      flags |= 8;
    }
    emit_const(code_value);
    emit_const(new_str(qualname));
    emit(Op::MAKE_FUNCTION, flags);
  }

  void function_def(const ast::Stmt& s) {
    for (auto& d : s.decorators) expr(*d);
    int flags = defaults(*s.args);
    flags |= annotations(*s.args, s.a.get());
    Scope* scope = scopes_.scope_of(&s);
    std::string qn = qualname_for(s.name);
    enter(scope, s.name, qn, s.pos.line);
    set_signature(code(), *s.args);
    // A docstring is not executed; skip it like CPython (keeps line numbers honest).
    size_t start = 0;
    if (const ast::Expr* doc = docstring_of(s.body)) {
      start = 1;
      code().doc = new_str(doc->constant.s);
    }
    for (size_t i = start; i < s.body.size(); ++i) stmt(*s.body[i]);
    emit_const(none());
    emit(Op::RETURN_VALUE);
    Value fn = leave();
    set_line(s.pos);
    make_function(fn, flags, qn);
    for (size_t i = 0; i < s.decorators.size(); ++i) emit(Op::CALL_FUNCTION, 1);
    name_op(s.name, Access::Store);
  }

  void class_def(const ast::Stmt& s) {
    for (auto& d : s.decorators) expr(*d);
    Scope* scope = scopes_.scope_of(&s);
    std::string qn = qualname_for(s.name);
    emit(Op::LOAD_BUILD_CLASS);
    enter(scope, s.name, qn, s.pos.line);
    emit(Op::LOAD_NAME, name_index("__name__"));
    emit(Op::STORE_NAME, name_index("__module__"));
    emit_const(new_str(qn));
    emit(Op::STORE_NAME, name_index("__qualname__"));
    size_t start = 0;
    if (const ast::Expr* doc = docstring_of(s.body)) {
      expr(*doc);
      emit(Op::STORE_NAME, name_index("__doc__"));
      start = 1;
    }
    if (has_annotations(s.body)) emit(Op::SETUP_ANNOTATIONS);
    for (size_t i = start; i < s.body.size(); ++i) stmt(*s.body[i]);
    int ci = cell_index("__class__");
    if (ci >= 0) {
      // The class cell goes back to __build_class__ which fills it.
      emit(Op::LOAD_CLOSURE, ci);
      emit(Op::DUP_TOP);
      emit(Op::STORE_NAME, name_index("__classcell__"));
    } else {
      emit_const(none());
    }
    emit(Op::RETURN_VALUE);
    Value body_code = leave();
    set_line(s.pos);
    make_function(body_code, 0, qn);
    emit_const(new_str(s.name));
    call_args(s.elts, s.keywords, 2);
    for (size_t i = 0; i < s.decorators.size(); ++i) emit(Op::CALL_FUNCTION, 1);
    name_op(s.name, Access::Store);
  }

  // --- expressions --------------------------------------------------------------------
  Value constant(const ast::Constant& c) {
    using K = ast::Constant::Kind;
    switch (c.kind) {
      case K::None: return none();
      case K::True: return Value::boolean(true);
      case K::False: return Value::boolean(false);
      case K::Ellipsis: return ellipsis();
      case K::Int: return Value::integer(c.i);
      case K::BigInt: return new_int(BigInt::parse(c.s, 10, 0));
      case K::Float: return Value::floating(c.f);
      case K::Str: return new_str(c.s);
      case K::Bytes: return new_bytes(c.s);
    }
    return none();
  }

  void expr(const ast::Expr& e) {
    int saved_line = u().line;
    ast::Pos saved_pos = u().pos;
    set_line(e.pos);
    expr_inner(e);
    u().line = saved_line;
    u().pos = saved_pos;
  }

  void expr_inner(const ast::Expr& e) {
    using K = ast::ExprKind;
    switch (e.kind) {
      case K::Constant:
        emit_const(constant(e.constant));
        return;
      case K::Name:
        name_op(e.name, Access::Load);
        return;
      case K::BoolOp: {
        std::vector<int> jumps;
        for (size_t i = 0; i < e.elts.size(); ++i) {
          expr(*e.elts[i]);
          if (i + 1 < e.elts.size())
            jumps.push_back(emit(e.bool_op == ast::BoolOp::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP));
        }
        for (int j : jumps) patch(j);
        return;
      }
      case K::NamedExpr:
        expr(*e.b);
        emit(Op::DUP_TOP);
        name_op(e.a->name, Access::Store);
        return;
      case K::BinOp:
        expr(*e.a);
        expr(*e.b);
        set_line(e.pos);
        emit(Op::BINARY_OP, static_cast<int>(e.bin_op));
        return;
      case K::UnaryOp:
        expr(*e.a);
        emit(Op::UNARY_OP, static_cast<int>(e.unary_op));
        return;
      case K::Lambda: {
        int flags = defaults(*e.args);
        Scope* scope = scopes_.scope_of(&e);
        std::string qn = qualname_for("<lambda>");
        enter(scope, "<lambda>", qn, e.pos.line);
        set_signature(code(), *e.args);
        expr(*e.a);
        emit(Op::RETURN_VALUE);
        Value fn = leave();
        make_function(fn, flags, qn);
        return;
      }
      case K::IfExp: {
        expr(*e.a);
        int jf = emit(Op::POP_JUMP_IF_FALSE);
        expr(*e.b);
        int je = emit(Op::JUMP);
        patch(jf);
        expr(*e.c);
        patch(je);
        return;
      }
      case K::Dict: {
        // Runs of key: value pairs become BUILD_MAP; **d merges.
        int pairs = 0;
        bool built = false;
        for (size_t i = 0; i < e.elts.size(); ++i) {
          if (!e.elts[i]) {
            if (!built) {
              emit(Op::BUILD_MAP, pairs);
              built = true;
            } else if (pairs) {
              emit(Op::BUILD_MAP, pairs);
              emit(Op::DICT_UPDATE, 1);
            }
            pairs = 0;
            expr(*e.elts2[i]);
            emit(Op::DICT_UPDATE, 1);
          } else {
            expr(*e.elts[i]);
            expr(*e.elts2[i]);
            ++pairs;
          }
        }
        if (!built) emit(Op::BUILD_MAP, pairs);
        else if (pairs) {
          emit(Op::BUILD_MAP, pairs);
          emit(Op::DICT_UPDATE, 1);
        }
        return;
      }
      case K::Set:
        if (Value folded; folded_set_display(e.elts, &folded)) {
          emit(Op::BUILD_SET, 0);
          emit_const(folded);
          emit(Op::SET_UPDATE, 1);
          return;
        }
        sequence(e.elts, Op::BUILD_SET, Op::SET_UPDATE, false);
        return;
      case K::List:
        sequence(e.elts, Op::BUILD_LIST, Op::LIST_EXTEND, false);
        return;
      case K::Tuple:
        sequence(e.elts, Op::BUILD_TUPLE, Op::LIST_EXTEND, true);
        return;
      case K::ListComp:
      case K::SetComp:
      case K::DictComp:
      case K::GeneratorExp:
        comprehension(e);
        return;
      case K::Await:
        if (!in_async_function()) {
          if (u().scope->kind == Scope::Kind::Comprehension && units_.size() > 1 &&
              units_[units_.size() - 2].scope->is_async) {
            u().scope->is_async = true;
          } else {
            fail(in_function() ? "'await' outside async function" : "'await' outside function", e.pos);
          }
        }
        expr(*e.a);
        set_line(e.pos);
        emit_await();
        return;
      case K::Yield:
        if (!in_function()) fail("'yield' outside function", e.pos);
        if (e.a) expr(*e.a);
        else emit_const(none());
        if (code().flags & kCodeAsyncGenerator) emit(Op::ASYNC_GEN_WRAP);
        emit(Op::YIELD_VALUE);
        return;
      case K::YieldFrom:
        if (!in_function()) fail("'yield' outside function", e.pos);
        if (code().flags & kCodeAsyncGenerator) fail("'yield from' inside async function", e.pos);
        expr(*e.a);
        emit(Op::GET_YIELD_FROM_ITER);
        emit_const(none());
        emit(Op::YIELD_FROM);
        return;
      case K::Compare:
        compare(e);
        return;
      case K::Call:
        call(e);
        return;
      case K::FormattedValue: {
        expr(*e.a);
        int conv = e.conversion == 's' ? 1 : e.conversion == 'r' ? 2 : e.conversion == 'a' ? 3 : 0;
        if (e.b) {
          expr(*e.b);
          conv |= 4;
        }
        emit(Op::FORMAT_VALUE, conv);
        return;
      }
      case K::JoinedStr:
        for (auto& v : e.elts) expr(*v);
        if (e.elts.size() != 1 || e.elts[0]->kind != K::FormattedValue)
          emit(Op::BUILD_STRING, static_cast<int>(e.elts.size()));
        return;
      case K::Attribute:
        expr(*e.a);
        set_line(e.pos);
        emit(Op::LOAD_ATTR, name_index(e.name));
        return;
      case K::Subscript:
        expr(*e.a);
        expr(*e.b);
        set_line(e.pos);
        emit(Op::BINARY_SUBSCR);
        return;
      case K::Starred:
        fail("can't use starred expression here", e.pos);
      case K::Slice: {
        if (e.a) expr(*e.a);
        else emit_const(none());
        if (e.b) expr(*e.b);
        else emit_const(none());
        if (e.c) {
          expr(*e.c);
          emit(Op::BUILD_SLICE, 3);
        } else {
          emit(Op::BUILD_SLICE, 2);
        }
        return;
      }
    }
  }

  // The constant CPython's AST optimizer folds `e` into, if it does: literals, tuples
  // of constants, unary -, +, ~ of numbers, and + - * ** of numbers within its size
  // limits (safe_multiply, safe_power: 128 bits for ints). Other operations are left
  // unfolded here.
  bool fold_constant(const ast::Expr& e, Value* out) {
    using K = ast::ExprKind;
    auto int_bits = [](const Value& v) -> uint64_t {
      if (v.is_int()) {
        int64_t i = v.as_int();
        uint64_t m = i < 0 ? static_cast<uint64_t>(-(i + 1)) + 1 : static_cast<uint64_t>(i), bits = 0;
        for (; m; m >>= 1) ++bits;
        return bits;
      }
      return as<BigIntObj>(v)->v.bit_length();
    };
    auto is_int = [](const Value& v) { return v.is_int() || (v.is_object() && type_of(v)->layout == Layout::BigInt); };
    auto is_number = [&](const Value& v) { return is_int(v) || v.is_float(); };
    switch (e.kind) {
      case K::Constant: *out = constant(e.constant); return true;
      case K::Tuple: {
        std::vector<Value> items(e.elts.size());
        for (size_t i = 0; i < e.elts.size(); ++i)
          if (!fold_constant(*e.elts[i], &items[i])) return false;
        *out = new_tuple(std::move(items));
        return true;
      }
      case K::UnaryOp: {
        Value v;
        if (e.unary_op == ast::UnaryOp::Not || !fold_constant(*e.a, &v) || !is_number(v)) return false;
        if (e.unary_op == ast::UnaryOp::Invert && !is_int(v)) return false;
        *out = unary_op(static_cast<int>(e.unary_op), v);
        return true;
      }
      case K::BinOp: {
        Value x, y;
        if (!fold_constant(*e.a, &x) || !fold_constant(*e.b, &y) || !is_number(x) || !is_number(y)) return false;
        bool ints = is_int(x) && is_int(y);
        switch (e.bin_op) {
          case ast::BinOp::Add: case ast::BinOp::Sub: break;
          case ast::BinOp::Mult:
            if (ints && int_bits(x) + int_bits(y) > 128) return false;
            break;
          case ast::BinOp::Pow:
            if (ints && (!y.is_int() || y.as_int() < 0 || int_bits(x) * static_cast<uint64_t>(y.as_int()) > 128)) return false;
            if (!ints) return false;  // float powers may raise: left to run time
            break;
          default: return false;
        }
        *out = binary_op(static_cast<int>(e.bin_op), x, y);
        return true;
      }
      default: return false;
    }
  }

  // A set display of over two constants: CPython compiles it to an empty set updated
  // from a frozenset constant, which its constant merging rebuilt once from its own
  // iteration order; the same frozenset here gives the set CPython's slot order.
  bool folded_set_display(const ast::ExprList& elts, Value* out) {
    if (elts.size() <= 2) return false;
    std::vector<Value> items(elts.size());
    for (size_t i = 0; i < elts.size(); ++i)
      if (!fold_constant(*elts[i], &items[i])) return false;
    Value first = new_set(types().frozenset);
    for (const Value& v : items) set_add(first, v);
    Value merged = new_set(types().frozenset);
    for (const Value& v : to_vector(first)) set_add(merged, v);
    *out = merged;
    return true;
  }

  // Builds a list/tuple/set; starred items extend a list built so far.
  void sequence(const ast::ExprList& elts, Op build, Op extend, bool tuple) {
    bool has_star = false;
    for (auto& x : elts)
      if (x->kind == ast::ExprKind::Starred) has_star = true;
    if (!has_star) {
      for (auto& x : elts) expr(*x);
      emit(build, static_cast<int>(elts.size()));
      return;
    }
    Op start_op = build == Op::BUILD_SET ? Op::BUILD_SET : Op::BUILD_LIST;
    emit(start_op, 0);
    for (auto& x : elts) {
      if (x->kind == ast::ExprKind::Starred) {
        expr(*x->a);
        emit(extend, 1);
      } else {
        expr(*x);
        emit(build == Op::BUILD_SET ? Op::SET_ADD : Op::LIST_APPEND, 1);
      }
    }
    if (tuple) emit(Op::LIST_TO_TUPLE);
  }

  void compare(const ast::Expr& e) {
    expr(*e.a);
    auto cmp = [&](ast::CmpOp op) {
      switch (op) {
        case ast::CmpOp::Is: emit(Op::IS_OP, 0); break;
        case ast::CmpOp::IsNot: emit(Op::IS_OP, 1); break;
        case ast::CmpOp::In: emit(Op::CONTAINS_OP, 0); break;
        case ast::CmpOp::NotIn: emit(Op::CONTAINS_OP, 1); break;
        default: emit(Op::COMPARE_OP, static_cast<int>(op)); break;
      }
    };
    if (e.ops.size() == 1) {
      expr(*e.elts[0]);
      set_line(e.pos);
      cmp(e.ops[0]);
      return;
    }
    std::vector<int> cleanup;
    for (size_t i = 0; i < e.ops.size(); ++i) {
      expr(*e.elts[i]);
      if (i + 1 < e.ops.size()) {
        emit(Op::DUP_TOP);
        emit(Op::ROT_THREE);
        cmp(e.ops[i]);
        cleanup.push_back(emit(Op::JUMP_IF_FALSE_OR_POP));
      } else {
        cmp(e.ops[i]);
      }
    }
    int jend = emit(Op::JUMP);
    for (int c : cleanup) patch(c);
    emit(Op::ROT_TWO);
    emit(Op::POP_TOP);
    patch(jend);
  }

  void call(const ast::Expr& e) {
    const ast::Expr& f = *e.a;
    bool simple = true;
    for (auto& a : e.elts)
      if (a->kind == ast::ExprKind::Starred) simple = false;
    for (auto& k : e.keywords)
      if (k.arg.empty()) simple = false;
    if (f.kind == ast::ExprKind::Attribute && simple) {
      expr(*f.a);
      set_line(f.pos);
      emit(Op::LOAD_METHOD, name_index(f.name));
      for (auto& a : e.elts) expr(*a);
      set_line(e.pos);
      if (e.keywords.empty()) {
        emit(Op::CALL_METHOD, static_cast<int>(e.elts.size()));
      } else {
        std::vector<Value> names;
        for (auto& k : e.keywords) {
          expr(*k.value);
          names.push_back(intern(k.arg));
        }
        emit_const(new_tuple(std::move(names)));
        set_line(e.pos);
        emit(Op::CALL_METHOD_KW, static_cast<int>(e.elts.size() + e.keywords.size()));
      }
      return;
    }
    expr(f);
    call_args(e.elts, e.keywords, 0);
  }

  // The callable (and `extra` already pushed arguments) is on the stack.
  void call_args(const ast::ExprList& args, const std::vector<ast::Keyword>& kws, int extra) {
    bool simple = true;
    for (auto& a : args)
      if (a->kind == ast::ExprKind::Starred) simple = false;
    for (auto& k : kws)
      if (k.arg.empty()) simple = false;
    if (simple) {
      for (auto& a : args) expr(*a);
      if (kws.empty()) {
        emit(Op::CALL_FUNCTION, static_cast<int>(args.size()) + extra);
        return;
      }
      std::vector<Value> names;
      for (auto& k : kws) {
        expr(*k.value);
        names.push_back(intern(k.arg));
      }
      emit_const(new_tuple(std::move(names)));
      emit(Op::CALL_FUNCTION_KW, static_cast<int>(args.size() + kws.size()) + extra);
      return;
    }
    // General form: a list of positionals turned into a tuple, and a dict.
    emit(Op::BUILD_LIST, extra);
    bool star_alone = args.size() == 1;
    for (auto& a : args) {
      if (a->kind == ast::ExprKind::Starred) {
        expr(*a->a);
        emit(Op::LIST_EXTEND, star_alone ? 1 | kListExtendCallArgs : 1);
      } else {
        expr(*a);
        emit(Op::LIST_APPEND, 1);
      }
    }
    emit(Op::LIST_TO_TUPLE);
    if (!kws.empty()) {
      emit(Op::BUILD_MAP, 0);
      for (auto& k : kws) {
        if (k.arg.empty()) {
          expr(*k.value);
          emit(Op::DICT_MERGE, 1);
        } else {
          emit_const(intern(k.arg));
          expr(*k.value);
          emit(Op::BUILD_MAP, 1);
          emit(Op::DICT_MERGE, 1);
        }
      }
      emit(Op::CALL_FUNCTION_EX, 1);
    } else {
      emit(Op::CALL_FUNCTION_EX, 0);
    }
  }

  void comprehension(const ast::Expr& e) {
    Scope* scope = scopes_.scope_of(&e);
    const char* name = scope->name.c_str();
    std::string qn = qualname_for(name);
    bool is_gen = e.kind == ast::ExprKind::GeneratorExp;
    enter(scope, name, qn, e.pos.line);
    code().argcount = 1;
    if (!is_gen) {
      emit(e.kind == ast::ExprKind::ListComp ? Op::BUILD_LIST : e.kind == ast::ExprKind::SetComp ? Op::BUILD_SET
                                                                                                 : Op::BUILD_MAP,
           0);
    }
    comprehension_loop(e, 0, is_gen ? 0 : 1);
    if (is_gen) emit_const(none());
    emit(Op::RETURN_VALUE);
    bool async_comp = scope->is_async;
    if (async_comp) {
      if (is_gen) code().flags = (code().flags & ~kCodeGenerator) | kCodeAsyncGenerator;
      else code().flags |= kCodeCoroutine;
    }
    Value body_code = leave();
    make_function(body_code, 0, qn);
    expr(*e.generators[0].iter);
    emit(e.generators[0].is_async ? Op::GET_AITER : Op::GET_ITER);
    emit(Op::CALL_FUNCTION, 1);
    if (async_comp && !is_gen) {
      if (!in_async_function() && !(u().scope->kind == Scope::Kind::Comprehension))
        fail("asynchronous comprehension outside of an asynchronous function", e.pos);
      emit_await();
    }
  }

  // depth: how many loop iterators sit above the result collection.
  void comprehension_loop(const ast::Expr& e, size_t gi, int depth) {
    const auto& g = e.generators[gi];
    int start, exit_jump;
    if (gi == 0) emit(Op::LOAD_FAST, 0);
    else {
      expr(*g.iter);
      emit(g.is_async ? Op::GET_AITER : Op::GET_ITER);
    }
    start = here();
    int setup = -1;
    if (g.is_async) {
      setup = emit(Op::SETUP_FINALLY);
      emit(Op::GET_ANEXT);
      emit_const(none());
      emit(Op::YIELD_FROM);
      emit(Op::POP_BLOCK);
      exit_jump = -1;
    } else {
      exit_jump = emit(Op::FOR_ITER);
    }
    target(*g.target, Access::Store);
    std::vector<int> skips;
    for (auto& c : g.ifs) {
      expr(*c);
      skips.push_back(emit(Op::POP_JUMP_IF_FALSE));
    }
    if (gi + 1 < e.generators.size()) {
      comprehension_loop(e, gi + 1, depth + 1);
    } else {
      switch (e.kind) {
        case ast::ExprKind::GeneratorExp:
          expr(*e.a);
          if (code().flags & kCodeAsyncGenerator || u().scope->is_async) emit(Op::ASYNC_GEN_WRAP);
          emit(Op::YIELD_VALUE);
          emit(Op::POP_TOP);
          break;
        case ast::ExprKind::ListComp:
          expr(*e.a);
          emit(Op::LIST_APPEND, depth + 1);
          break;
        case ast::ExprKind::SetComp:
          expr(*e.a);
          emit(Op::SET_ADD, depth + 1);
          break;
        case ast::ExprKind::DictComp:
          expr(*e.a);
          expr(*e.b);
          emit(Op::MAP_ADD, depth + 1);
          break;
        default:
          break;
      }
    }
    for (int s : skips) patch(s, start);
    emit(Op::CHECK_INTERRUPT);
    emit(Op::JUMP, start);
    if (g.is_async) {
      patch(setup);
      emit(Op::END_ASYNC_FOR);
    } else {
      patch(exit_jump);
    }
  }

  // --- match statements ---------------------------------------------------------------
  // CPython 3.11's scheme (compile.c, compiler_match): each case copies the subject and
  // runs its pattern on the copy. A pattern consumes the value on top and either
  // falls through (matched) or jumps to a failure exit. Captured values stay on the
  // stack, below whatever the pattern still works on, and are stored only once the
  // whole pattern has matched (a failed pattern binds nothing; a failed guard leaves
  // the names bound). The failure exits pop what is on the stack at each jump:
  // fail_pop[n] is reached with n values too many and falls through n POP_TOPs.
  struct PatternContext {
    std::vector<std::string> stores;        // captured names; stores[0] on top of them
    bool allow_irrefutable = false;
    std::vector<std::vector<int>> fail_pop;  // per pop count: the jumps to patch
    int on_top = 0;                         // values above the captures still in use
  };

  static bool is_wildcard(const ast::Pattern& p) {
    return p.kind == ast::PatternKind::MatchAs && !p.pattern && p.name.empty();
  }
  static bool is_star_wildcard(const ast::Pattern& p) {
    return p.kind == ast::PatternKind::MatchStar && p.name.empty();
  }

  void jump_to_fail_pop(PatternContext& pc, Op op) {
    size_t pops = static_cast<size_t>(pc.on_top) + pc.stores.size();
    if (pc.fail_pop.size() < pops + 1) pc.fail_pop.resize(pops + 1);
    pc.fail_pop[pops].push_back(emit(op));
  }

  void emit_and_reset_fail_pop(PatternContext& pc) {
    if (pc.fail_pop.empty()) return;
    for (size_t n = pc.fail_pop.size() - 1; n > 0; --n) {
      for (int j : pc.fail_pop[n]) patch(j);
      emit(Op::POP_TOP);
    }
    for (int j : pc.fail_pop[0]) patch(j);
    pc.fail_pop.clear();
  }

  // Moves the top of the stack under the next n - 1 values.
  void rotate(int n) {
    if (n > 1) emit(Op::ROT_N, n);
  }

  // Errors found after sub-patterns were compiled point at the last one compiled, as
  // CPython's (its compiler's current location).
  void pattern_store(const std::string& name, PatternContext& pc) {
    if (name.empty()) {
      emit(Op::POP_TOP);
      return;
    }
    if (name == "__debug__") fail("cannot assign to __debug__", last_pattern_pos_);
    if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end())
      fail("multiple assignments to name '" + name + "' in pattern", last_pattern_pos_);
    rotate(pc.on_top + static_cast<int>(pc.stores.size()) + 1);
    pc.stores.push_back(name);
  }

  void subpattern(const ast::Pattern& p, PatternContext& pc) {
    bool saved = pc.allow_irrefutable;
    pc.allow_irrefutable = true;
    pattern(p, pc);
    pc.allow_irrefutable = saved;
  }

  void pattern(const ast::Pattern& p, PatternContext& pc) {
    set_line(p.pos);
    last_pattern_pos_ = p.pos;
    using K = ast::PatternKind;
    switch (p.kind) {
      case K::MatchValue: {
        const ast::Expr& v = *p.value;
        Value folded;
        if (v.kind != ast::ExprKind::Attribute && (v.kind == ast::ExprKind::JoinedStr || !fold_constant(v, &folded)))
          fail("patterns may only match literals and attribute lookups", p.pos);
        expr(v);
        emit(Op::COMPARE_OP, static_cast<int>(ast::CmpOp::Eq));
        jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
        return;
      }
      case K::MatchSingleton:
        emit_const(constant(p.value->constant));
        emit(Op::IS_OP, 0);
        jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
        return;
      case K::MatchAs:
        if (!p.pattern) {
          if (!pc.allow_irrefutable) {
            if (!p.name.empty()) fail("name capture '" + p.name + "' makes remaining patterns unreachable", p.pos);
            fail("wildcard makes remaining patterns unreachable", p.pos);
          }
          pattern_store(p.name, pc);
          return;
        }
        ++pc.on_top;
        emit(Op::DUP_TOP);
        pattern(*p.pattern, pc);
        --pc.on_top;
        set_line(p.pos);
        pattern_store(p.name, pc);
        return;
      case K::MatchStar:
        pattern_store(p.name, pc);
        return;
      case K::MatchSequence: sequence_pattern(p, pc); return;
      case K::MatchMapping: mapping_pattern(p, pc); return;
      case K::MatchClass: class_pattern(p, pc); return;
      case K::MatchOr: or_pattern(p, pc); return;
    }
  }

  void sequence_pattern(const ast::Pattern& p, PatternContext& pc) {
    const auto& items = p.patterns;
    int size = static_cast<int>(items.size());
    int star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (int i = 0; i < size; ++i) {
      const ast::Pattern& item = *items[static_cast<size_t>(i)];
      if (item.kind == ast::PatternKind::MatchStar) {
        if (star >= 0) fail("multiple starred names in sequence pattern", p.pos);
        star_wildcard = is_star_wildcard(item);
        only_wildcard = only_wildcard && star_wildcard;
        star = i;
        continue;
      }
      only_wildcard = only_wildcard && is_wildcard(item);
    }
    // The subject stays on top during the type and length checks.
    ++pc.on_top;
    emit(Op::MATCH_SEQUENCE);
    jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
    if (star < 0) {
      emit(Op::GET_LEN);
      emit_const(Value::integer(size));
      emit(Op::COMPARE_OP, static_cast<int>(ast::CmpOp::Eq));
      jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
    } else if (size > 1) {
      emit(Op::GET_LEN);
      emit_const(Value::integer(size - 1));
      emit(Op::COMPARE_OP, static_cast<int>(ast::CmpOp::GtE));
      jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
    }
    --pc.on_top;
    if (only_wildcard) {
      emit(Op::POP_TOP);
    } else if (star_wildcard) {
      // [a, *_, b]: index the items instead of unpacking the middle.
      ++pc.on_top;
      for (int i = 0; i < size; ++i) {
        const ast::Pattern& item = *items[static_cast<size_t>(i)];
        if (is_wildcard(item) || i == star) continue;
        emit(Op::DUP_TOP);
        if (i < star) {
          emit_const(Value::integer(i));
        } else {
          // The subject may not support negative indexes: len(subject) - k.
          emit(Op::GET_LEN);
          emit_const(Value::integer(size - i));
          emit(Op::BINARY_OP, static_cast<int>(ast::BinOp::Sub));
        }
        emit(Op::BINARY_SUBSCR);
        subpattern(item, pc);
      }
      --pc.on_top;
      emit(Op::POP_TOP);
    } else {
      if (star >= 256) fail("too many expressions in star-unpacking sequence pattern", p.pos);  // UNPACK_EX's 8 bits
      if (star < 0) emit(Op::UNPACK_SEQUENCE, size);
      else emit(Op::UNPACK_EX, star | ((size - 1 - star) << 8));
      pc.on_top += size;
      for (auto& item : items) {
        --pc.on_top;
        subpattern(*item, pc);
      }
    }
  }

  void mapping_pattern(const ast::Pattern& p, PatternContext& pc) {
    int size = static_cast<int>(p.keys.size());
    ++pc.on_top;
    emit(Op::MATCH_MAPPING);
    jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
    if (size == 0 && p.name.empty()) {
      --pc.on_top;
      emit(Op::POP_TOP);
      return;
    }
    if (size > 0) {
      emit(Op::GET_LEN);
      emit_const(Value::integer(size));
      emit(Op::COMPARE_OP, static_cast<int>(ast::CmpOp::GtE));
      jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
    }
    std::vector<Value> seen;
    for (auto& key : p.keys) {
      Value k;
      if (key->kind != ast::ExprKind::Attribute) {
        if (key->kind == ast::ExprKind::JoinedStr || !fold_constant(*key, &k))
          fail("mapping pattern keys may only match literals and attribute lookups", p.pos);
        for (auto& s : seen)
          if (values_equal(s, k)) fail("mapping pattern checks duplicate key (" + repr(k) + ")", p.pos);
        seen.push_back(k);
      }
      expr(*key);
    }
    emit(Op::BUILD_TUPLE, size);
    emit(Op::MATCH_KEYS);
    // [subject, keys, values or None]
    pc.on_top += 2;
    emit(Op::DUP_TOP);
    emit_const(none());
    emit(Op::IS_OP, 1);
    jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
    emit(Op::UNPACK_SEQUENCE, size);
    pc.on_top += size - 1;
    for (auto& sub : p.patterns) {
      --pc.on_top;
      subpattern(*sub, pc);
    }
    pc.on_top -= 2;
    if (!p.name.empty()) {
      set_line(p.pos);
      emit(Op::COPY_DICT_WITHOUT_KEYS);  // [subject, keys] -> [rest]
      pattern_store(p.name, pc);
    } else {
      emit(Op::POP_TOP);
      emit(Op::POP_TOP);
    }
  }

  void class_pattern(const ast::Pattern& p, PatternContext& pc) {
    for (size_t i = 0; i < p.kwd_attrs.size(); ++i)
      for (size_t j = 0; j < i; ++j)
        if (p.kwd_attrs[i] == p.kwd_attrs[j])
          fail("attribute name repeated in class pattern: " + p.kwd_attrs[i], p.kwd_patterns[i]->pos);
    expr(*p.value);
    std::vector<Value> names;
    for (auto& n : p.kwd_attrs) names.push_back(intern(n));
    emit_const(new_tuple(std::move(names)));
    int nargs = static_cast<int>(p.patterns.size());
    int total = nargs + static_cast<int>(p.kwd_attrs.size());
    set_line(p.pos);
    emit(Op::MATCH_CLASS, nargs);  // [subject, cls, names] -> [attributes or None]
    emit(Op::DUP_TOP);
    emit_const(none());
    emit(Op::IS_OP, 1);
    ++pc.on_top;
    jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
    emit(Op::UNPACK_SEQUENCE, total);
    pc.on_top += total - 1;
    for (int i = 0; i < total; ++i) {
      --pc.on_top;
      const ast::Pattern& sub = i < nargs ? *p.patterns[static_cast<size_t>(i)]
                                          : *p.kwd_patterns[static_cast<size_t>(i - nargs)];
      if (is_wildcard(sub)) {
        emit(Op::POP_TOP);
        continue;
      }
      subpattern(sub, pc);
    }
  }

  void or_pattern(const ast::Pattern& p, PatternContext& pc) {
    PatternContext old = std::move(pc);
    std::vector<int> to_end;
    std::vector<std::string> control;
    size_t size = p.patterns.size();
    for (size_t i = 0; i < size; ++i) {
      const ast::Pattern& alt = *p.patterns[i];
      set_line(alt.pos);
      pc = PatternContext{};
      pc.allow_irrefutable = i == size - 1 && old.allow_irrefutable;
      emit(Op::DUP_TOP);
      pattern(alt, pc);
      if (i == 0) {
        control = pc.stores;
      } else if (pc.stores.size() != control.size()) {
        fail("alternative patterns bind different names", last_pattern_pos_);
      } else {
        // Same names, maybe in another order: reorder the stack like control.
        for (size_t ic = control.size(); ic-- > 0;) {
          auto it = std::find(pc.stores.begin(), pc.stores.end(), control[ic]);
          if (it == pc.stores.end()) fail("alternative patterns bind different names", last_pattern_pos_);
          size_t is = static_cast<size_t>(it - pc.stores.begin());
          if (is == ic) continue;
          // Move stores[0..is] down to sit at [ic-is, ic], in the list and on the stack.
          std::vector<std::string> rotated(pc.stores.begin(), pc.stores.begin() + static_cast<long>(is) + 1);
          pc.stores.erase(pc.stores.begin(), pc.stores.begin() + static_cast<long>(is) + 1);
          pc.stores.insert(pc.stores.begin() + static_cast<long>(ic - is), rotated.begin(), rotated.end());
          for (size_t r = 0; r <= is; ++r) rotate(static_cast<int>(ic) + 1);
        }
      }
      to_end.push_back(emit(Op::JUMP));
      emit_and_reset_fail_pop(pc);
    }
    pc = std::move(old);
    // No alternative matched: pop the subject's copy and fail.
    emit(Op::POP_TOP);
    jump_to_fail_pop(pc, Op::JUMP);
    for (int j : to_end) patch(j);
    // Between the new captures and their place: the other new captures, the subject,
    // the values in use and the earlier captures.
    int nrots = static_cast<int>(control.size()) + 1 + pc.on_top + static_cast<int>(pc.stores.size());
    for (auto& name : control) {
      rotate(nrots);
      if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end())
        fail("multiple assignments to name '" + name + "' in pattern", last_pattern_pos_);
      pc.stores.push_back(name);
    }
    emit(Op::POP_TOP);  // the subject
  }

  void match_stmt(const ast::Stmt& s) {
    expr(*s.a);
    std::vector<int> to_end;
    size_t cases = s.cases.size();
    bool has_default = cases > 1 && is_wildcard(*s.cases.back().pattern);
    size_t checked = cases - (has_default ? 1 : 0);
    for (size_t i = 0; i < checked; ++i) {
      const ast::MatchCase& m = s.cases[i];
      set_line(m.pattern->pos);
      bool last = i + 1 == checked;
      if (!last) emit(Op::DUP_TOP);  // the next case needs the subject too
      PatternContext pc;
      pc.allow_irrefutable = m.guard != nullptr || i + 1 == cases;
      pattern(*m.pattern, pc);
      for (auto& name : pc.stores) name_op(name, Access::Store);
      if (m.guard) {
        expr(*m.guard);
        if (pc.fail_pop.empty()) pc.fail_pop.resize(1);
        pc.stores.clear();
        pc.on_top = 0;
        jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
      }
      if (!last) emit(Op::POP_TOP);
      body(m.body);
      to_end.push_back(emit(Op::JUMP));
      set_line(m.pattern->pos);
      emit_and_reset_fail_pop(pc);
    }
    if (has_default) {
      const ast::MatchCase& m = s.cases.back();
      set_line(m.pattern->pos);
      emit(Op::NOP);
      if (m.guard) {
        expr(*m.guard);
        to_end.push_back(emit(Op::POP_JUMP_IF_FALSE));
      }
      body(m.body);
    }
    for (int j : to_end) patch(j);
  }

  // --- stack depth ----------------------------------------------------------------------
  static int effect(const Instr& in, bool jump) {
    int a = in.arg;
    switch (in.op) {
      case Op::NOP: case Op::ROT_TWO: case Op::ROT_THREE: case Op::ROT_FOUR: case Op::DELETE_FAST:
      case Op::DELETE_DEREF: case Op::DELETE_GLOBAL: case Op::DELETE_NAME: case Op::LOAD_ATTR:
      case Op::UNARY_OP: case Op::LIST_TO_TUPLE: case Op::JUMP: case Op::GET_ITER: case Op::GET_AITER:
      case Op::GET_AWAITABLE: case Op::GET_YIELD_FROM_ITER: case Op::ASYNC_GEN_WRAP: case Op::POP_BLOCK:
      case Op::POP_EXCEPT: case Op::SETUP_ANNOTATIONS: case Op::CHECK_INTERRUPT: case Op::YIELD_VALUE:
        return 0;
      case Op::POP_TOP: case Op::STORE_FAST: case Op::STORE_DEREF: case Op::STORE_GLOBAL: case Op::STORE_NAME:
      case Op::DELETE_ATTR: case Op::BINARY_SUBSCR: case Op::BINARY_OP: case Op::COMPARE_OP: case Op::IS_OP:
      case Op::CONTAINS_OP: case Op::LIST_APPEND: case Op::SET_ADD: case Op::LIST_EXTEND: case Op::SET_UPDATE:
      case Op::DICT_UPDATE: case Op::DICT_MERGE: case Op::RETURN_VALUE: case Op::YIELD_FROM: case Op::RERAISE:
      case Op::POP_JUMP_IF_FALSE: case Op::POP_JUMP_IF_TRUE: case Op::IMPORT_STAR:
        return -1;
      case Op::DUP_TOP: case Op::LOAD_CONST: case Op::LOAD_FAST: case Op::LOAD_DEREF: case Op::LOAD_CLOSURE:
      case Op::LOAD_CLASSDEREF: case Op::LOAD_GLOBAL: case Op::LOAD_NAME: case Op::LOAD_METHOD:
      case Op::LOAD_BUILD_CLASS: case Op::LOAD_ASSERTION_ERROR: case Op::IMPORT_NAME: case Op::IMPORT_FROM:
      case Op::PUSH_NULL: case Op::WITH_EXCEPT_START: case Op::GET_ANEXT: case Op::BEFORE_ASYNC_WITH:
        return 1;
      case Op::ROT_N: return 0;
      case Op::GET_LEN: case Op::MATCH_SEQUENCE: case Op::MATCH_MAPPING: case Op::MATCH_KEYS: return 1;
      case Op::MATCH_CLASS: return -2;
      case Op::COPY_DICT_WITHOUT_KEYS: return -1;
      case Op::DUP_TOP_TWO: return 2;
      case Op::STORE_ATTR: case Op::DELETE_SUBSCR: case Op::MAP_ADD: case Op::END_ASYNC_FOR:
      case Op::JUMP_IF_NOT_EXC_MATCH:
        return -2;
      case Op::STORE_SUBSCR: return -3;
      case Op::CALL_METHOD: return -a - 1;
      case Op::CALL_METHOD_KW: return -a - 2;
      case Op::BUILD_TUPLE: case Op::BUILD_LIST: case Op::BUILD_SET: case Op::BUILD_SLICE: case Op::BUILD_STRING:
        return 1 - a;
      case Op::BUILD_MAP: return 1 - 2 * a;
      case Op::FORMAT_VALUE: return (a & 4) ? -1 : 0;
      case Op::UNPACK_SEQUENCE: return a - 1;
      case Op::UNPACK_EX: return (a & 0xff) + (a >> 8);
      case Op::JUMP_IF_FALSE_OR_POP: case Op::JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
      case Op::JUMP_IF_NOT_EG_MATCH: return jump ? -1 : 0;
      case Op::FOR_ITER: return jump ? -1 : 1;
      case Op::CALL_FUNCTION: return -a;
      case Op::CALL_FUNCTION_KW: return -a - 1;
      case Op::CALL_FUNCTION_EX: return -1 - (a & 1);
      case Op::MAKE_FUNCTION: return -1 - ((a & 1) ? 1 : 0) - ((a & 2) ? 1 : 0) - ((a & 4) ? 1 : 0) - ((a & 8) ? 1 : 0);
      case Op::SETUP_FINALLY: return jump ? 1 : 0;
      case Op::SETUP_WITH: return 1;
      case Op::SETUP_ASYNC_WITH: return 0;
      case Op::RAISE_VARARGS: return -a;
      // Superinstructions are made after this count (superinstructions.h); each counts
      // as its own first instruction, the rest of its sequence staying in place.
      case Op::LOAD_FAST__LOAD_FAST: case Op::LOAD_FAST__LOAD_CONST: case Op::LOAD_FAST__SUBSCR_CONST:
        return 1;
      case Op::STORE_FAST__LOAD_FAST: return -1;
      case Op::DUP_TOP_TWO__BINARY_SUBSCR: return 2;
      case Op::ROT_THREE__STORE_SUBSCR: return 0;
    }
    return 0;
  }

  static bool is_jump(Op op) {
    switch (op) {
      case Op::JUMP: case Op::POP_JUMP_IF_FALSE: case Op::POP_JUMP_IF_TRUE: case Op::JUMP_IF_FALSE_OR_POP:
      case Op::JUMP_IF_TRUE_OR_POP: case Op::JUMP_IF_NOT_EXC_MATCH: case Op::JUMP_IF_NOT_EG_MATCH:
      case Op::FOR_ITER: case Op::SETUP_FINALLY: case Op::SETUP_WITH: case Op::SETUP_ASYNC_WITH:
        return true;
      default:
        return false;
    }
  }

  static void compute_max_stack(Code& c) {
    std::vector<int> depth(c.code.size() + 1, -1);
    std::vector<int> work{0};
    depth[0] = 0;
    int max = 0;
    while (!work.empty()) {
      int i = work.back();
      work.pop_back();
      int d = depth[static_cast<size_t>(i)];
      while (i < static_cast<int>(c.code.size())) {
        const Instr& in = c.code[static_cast<size_t>(i)];
        if (is_jump(in.op)) {
          int dj = d + effect(in, true);
          if (in.op == Op::SETUP_WITH) dj = d + 1;
          max = std::max(max, dj);
          size_t t = static_cast<size_t>(in.arg);
          if (t < depth.size() && depth[t] < dj) {
            depth[t] = dj;
            work.push_back(in.arg);
          }
        }
        d += effect(in, false);
        max = std::max(max, d);
        Op op = in.op;
        if (op == Op::JUMP || op == Op::RETURN_VALUE || op == Op::RERAISE || op == Op::RAISE_VARARGS) break;
        ++i;
        if (depth[static_cast<size_t>(i)] >= d) break;
        depth[static_cast<size_t>(i)] = d;
      }
    }
    c.max_stack = max + 2;
  }

  ScopeTable& scopes_;
  std::string filename_;
  CompileMode mode_;
  bool future_annotations_ = false;               // from __future__ import annotations
  std::vector<const ast::Stmt*> leading_future_;  // the future imports allowed where they are
  std::vector<Unit> units_;
  ast::Pos last_pattern_pos_;  // of the pattern compiled last (match statements)
};

}  // namespace

SyntaxErrorInfo syntax_error_info(const CompileError& error, std::string text) {
  SyntaxErrorInfo info;
  info.message = error.message;
  info.line = error.line;
  info.col = error.col;
  info.end_col = error.end_col;
  info.text = std::move(text);
  return info;
}

Value compile_module(const ast::Module& module, const std::string& filename, CompileError* error,
                     CompileMode mode) {
  ScopeTable scopes;
  if (auto e = scopes.build(module)) {
    *error = {e->message, e->line, e->col};
    return Value();
  }
  try {
    CodeGen gen(scopes, filename, mode);
    return gen.module(module);
  } catch (const Fail& f) {
    *error = {f.message, f.pos.line, f.pos.col + 1, f.pos.end_line == f.pos.line ? f.pos.end_col + 1 : 0};
    return Value();
  }
}

const char* op_name(Op op) {
  static const char* const kNames[] = {
#define LOOPSCOPE_OP_NAME(name) #name,
      LOOPSCOPE_OPCODES(LOOPSCOPE_OP_NAME)
#undef LOOPSCOPE_OP_NAME
  };
  return kNames[static_cast<int>(op)];
}

}  // namespace loopscope::lang
