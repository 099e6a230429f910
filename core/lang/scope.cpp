// Scope analysis in two passes: collect what each scope binds and uses, then resolve
// every name top-down with the bindings of the enclosing functions visible.
#include "lang/scope.h"

#include <algorithm>

namespace loopscope::lang {

NameKind Scope::kind_of(const std::string& n) const {
  auto it = kinds.find(n);
  if (it != kinds.end()) return it->second;
  if (kind == Kind::Module || kind == Kind::Class) return NameKind::Name;
  return NameKind::Global;
}

class ScopeBuilder {
 public:
  explicit ScopeBuilder(ScopeTable& table) : table_(table) {}

  std::optional<ScopeError> run(const ast::Module& m) {
    table_.root_ = std::make_unique<Scope>();
    table_.root_->name = "<module>";
    cur_ = table_.root_.get();
    for (auto& s : m.body) stmt(*s);
    if (error_) return error_;
    resolve(*table_.root_, {});
    return error_;
  }

 private:
  void note(Scope* s, const std::string& n) {
    if (!s->assigned.count(n) && !s->used.count(n) && !s->declared_global.count(n) &&
        !s->declared_nonlocal.count(n))
      s->order.push_back(n);
  }
  void bind(const std::string& n) {
    note(cur_, n);
    cur_->assigned[n] = true;
  }
  void use(const std::string& n) {
    note(cur_, n);
    cur_->used[n] = true;
    if (n == "super" || n == "__class__") {
      // A method that calls super() needs the class cell.
      for (Scope* s = cur_; s; s = s->parent)
        if (s->kind == Scope::Kind::Function) {
          s->uses_class_cell = true;
          break;
        }
    }
  }

  Scope* open(Scope::Kind kind, const std::string& name, const void* node) {
    auto s = std::make_unique<Scope>();
    s->kind = kind;
    s->name = name;
    s->parent = cur_;
    Scope* p = s.get();
    cur_->children.push_back(std::move(s));
    table_.by_node_[node] = p;
    return p;
  }

  void fail(const std::string& msg, const ast::Pos& pos) {
    if (!error_) error_ = ScopeError{msg, pos.line, pos.col + 1};
  }

  void args_defaults(const ast::Arguments& a) {
    for (auto& d : a.defaults) expr(*d);
    for (auto& d : a.kw_defaults)
      if (d) expr(*d);
  }
  // Parameter and return annotations are evaluated where the def runs.
  void annotations(const ast::Arguments& a, const ast::Expr* returns) {
    auto one = [&](const ast::Arg& p) {
      if (p.annotation) expr(*p.annotation);
    };
    for (auto& p : a.posonlyargs) one(p);
    for (auto& p : a.args) one(p);
    if (a.vararg) one(*a.vararg);
    for (auto& p : a.kwonlyargs) one(p);
    if (a.kwarg) one(*a.kwarg);
    if (returns) expr(*returns);
  }
  void params(const ast::Arguments& a) {
    auto add = [&](const ast::Arg& p) {
      if (std::find(cur_->params.begin(), cur_->params.end(), p.name) != cur_->params.end())
        fail("duplicate argument '" + p.name + "' in function definition", p.pos);
      cur_->params.push_back(p.name);
      bind(p.name);
    };
    for (auto& p : a.posonlyargs) add(p);
    for (auto& p : a.args) add(p);
    for (auto& p : a.kwonlyargs) add(p);
    if (a.vararg) add(*a.vararg);
    if (a.kwarg) add(*a.kwarg);
  }

  void body(const ast::StmtList& b) {
    for (auto& s : b) stmt(*s);
  }

  void stmt(const ast::Stmt& s) {
    using K = ast::StmtKind;
    switch (s.kind) {
      case K::FunctionDef:
      case K::AsyncFunctionDef: {
        for (auto& d : s.decorators) expr(*d);
        args_defaults(*s.args);
        annotations(*s.args, s.a.get());
        bind(s.name);
        Scope* saved = cur_;
        cur_ = open(Scope::Kind::Function, s.name, &s);
        cur_->is_async = s.kind == K::AsyncFunctionDef;
        params(*s.args);
        body(s.body);
        cur_ = saved;
        break;
      }
      case K::ClassDef: {
        for (auto& d : s.decorators) expr(*d);
        for (auto& b : s.elts) expr(*b);
        for (auto& k : s.keywords) expr(*k.value);
        bind(s.name);
        Scope* saved = cur_;
        cur_ = open(Scope::Kind::Class, s.name, &s);
        body(s.body);
        cur_ = saved;
        break;
      }
      case K::Return:
        if (s.a) expr(*s.a);
        break;
      case K::Delete:
        for (auto& t : s.targets) expr(*t);
        break;
      case K::Assign:
        expr(*s.a);
        for (auto& t : s.targets) expr(*t);
        break;
      case K::AugAssign:
        if (s.a->kind == ast::ExprKind::Name) use(s.a->name);
        expr(*s.a);
        expr(*s.b);
        break;
      case K::AnnAssign:
        if (s.c) expr(*s.c);
        expr(*s.a);
        // Only a module or class body evaluates the annotation (CPython 3.11).
        if (!cur_->function_like()) expr(*s.b);
        break;
      case K::For:
      case K::AsyncFor:
        expr(*s.b);
        expr(*s.a);
        body(s.body);
        body(s.orelse);
        break;
      case K::While:
      case K::If:
        expr(*s.a);
        body(s.body);
        body(s.orelse);
        break;
      case K::With:
      case K::AsyncWith:
        for (auto& it : s.items) {
          expr(*it.context_expr);
          if (it.optional_vars) expr(*it.optional_vars);
        }
        body(s.body);
        break;
      case K::Raise:
        if (s.a) expr(*s.a);
        if (s.b) expr(*s.b);
        break;
      case K::Try:
      case K::TryStar:
        body(s.body);
        for (auto& h : s.handlers) {
          if (h.type) expr(*h.type);
          if (!h.name.empty()) bind(h.name);
          body(h.body);
        }
        body(s.orelse);
        body(s.finalbody);
        break;
      case K::Assert:
        expr(*s.a);
        if (s.b) expr(*s.b);
        break;
      case K::Import:
        for (auto& a : s.names) {
          if (!a.asname.empty()) bind(a.asname);
          else bind(a.name.substr(0, a.name.find('.')));
        }
        break;
      case K::ImportFrom:
        for (auto& a : s.names)
          if (a.name != "*") bind(a.asname.empty() ? a.name : a.asname);
        break;
      case K::Global:
        for (auto& n : s.identifiers) {
          if (cur_->assigned.count(n) || cur_->used.count(n))
            fail("name '" + n + "' is " + (cur_->assigned.count(n) ? "assigned to" : "used prior to") +
                     " global declaration", s.pos);
          note(cur_, n);
          cur_->declared_global[n] = true;
        }
        break;
      case K::Nonlocal:
        for (auto& n : s.identifiers) {
          if (cur_->kind == Scope::Kind::Module) fail("nonlocal declaration not allowed at module level", s.pos);
          if (cur_->assigned.count(n) || cur_->used.count(n))
            fail("name '" + n + "' is " + (cur_->assigned.count(n) ? "assigned to" : "used prior to") +
                     " nonlocal declaration", s.pos);
          note(cur_, n);
          cur_->declared_nonlocal[n] = true;
        }
        break;
      case K::Match:
        expr(*s.a);
        for (auto& c : s.cases) {
          pattern(*c.pattern);
          if (c.guard) expr(*c.guard);
          body(c.body);
        }
        break;
      case K::Expr:
        expr(*s.a);
        break;
      case K::Pass:
      case K::Break:
      case K::Continue:
        break;
    }
  }

  // A pattern binds its capture names and evaluates its values, classes and keys.
  void pattern(const ast::Pattern& p) {
    if (p.value) expr(*p.value);
    for (auto& k : p.keys) expr(*k);
    for (auto& sub : p.patterns) pattern(*sub);
    for (auto& sub : p.kwd_patterns) pattern(*sub);
    if (p.pattern) pattern(*p.pattern);
    if (!p.name.empty()) bind(p.name);
  }

  void comprehension(const ast::Expr& e) {
    // The first iterable is evaluated in the enclosing scope.
    expr(*e.generators[0].iter);
    Scope* saved = cur_;
    const char* name = e.kind == ast::ExprKind::ListComp   ? "<listcomp>"
                       : e.kind == ast::ExprKind::SetComp  ? "<setcomp>"
                       : e.kind == ast::ExprKind::DictComp ? "<dictcomp>"
                                                           : "<genexpr>";
    cur_ = open(Scope::Kind::Comprehension, name, &e);
    cur_->params.push_back(".0");
    bind(".0");
    if (e.kind == ast::ExprKind::GeneratorExp) cur_->is_generator = true;
    for (size_t i = 0; i < e.generators.size(); ++i) {
      auto& g = e.generators[i];
      if (i > 0) expr(*g.iter);
      expr(*g.target);
      for (auto& c : g.ifs) expr(*c);
      if (g.is_async) cur_->is_async = true;
    }
    if (e.a) expr(*e.a);
    if (e.b) expr(*e.b);
    // An asynchronous list/set/dict comprehension is awaited where it stands, so a
    // comprehension around it becomes asynchronous too (not a generator expression:
    // that becomes an async generator, and is not awaited).
    bool awaited_here = cur_->is_async && e.kind != ast::ExprKind::GeneratorExp;
    cur_ = saved;
    if (awaited_here && cur_->kind == Scope::Kind::Comprehension) cur_->is_async = true;
  }

  void expr(const ast::Expr& e) {
    using K = ast::ExprKind;
    switch (e.kind) {
      case K::Name:
        if (e.ctx == ast::Ctx::Load) use(e.name);
        else bind(e.name);
        return;
      case K::NamedExpr: {
        expr(*e.b);
        // The target binds in the nearest enclosing non-comprehension scope.
        Scope* saved = cur_;
        while (cur_->kind == Scope::Kind::Comprehension) cur_ = cur_->parent;
        bind(e.a->name);
        Scope* target = cur_;
        cur_ = saved;
        for (Scope* s = cur_; s != target; s = s->parent) {
          note(s, e.a->name);
          s->used[e.a->name] = true;
          if (target->kind == Scope::Kind::Module) s->declared_global[e.a->name] = true;
          else s->declared_nonlocal[e.a->name] = true;
        }
        return;
      }
      case K::Lambda: {
        args_defaults(*e.args);
        Scope* saved = cur_;
        cur_ = open(Scope::Kind::Function, "<lambda>", &e);
        params(*e.args);
        expr(*e.a);
        cur_ = saved;
        return;
      }
      case K::ListComp:
      case K::SetComp:
      case K::DictComp:
      case K::GeneratorExp:
        comprehension(e);
        return;
      case K::Yield:
      case K::YieldFrom:
        cur_->is_generator = true;
        break;
      case K::Await:
        // An await in a comprehension makes it asynchronous (awaited where it is used).
        if (cur_->kind == Scope::Kind::Comprehension) cur_->is_async = true;
        break;
      default:
        break;
    }
    if (e.a) expr(*e.a);
    if (e.b) expr(*e.b);
    if (e.c) expr(*e.c);
    for (auto& x : e.elts)
      if (x) expr(*x);
    for (auto& x : e.elts2)
      if (x) expr(*x);
    for (auto& k : e.keywords) expr(*k.value);
  }

  // Resolution ------------------------------------------------------------------------

  using Visible = std::map<std::string, Scope*>;

  static void add_unique(std::vector<std::string>& v, const std::string& n) {
    if (std::find(v.begin(), v.end(), n) == v.end()) v.push_back(n);
  }

  // `s` reads `n` from the enclosing function `owner`: cells and free variables on
  // the way.
  void capture(Scope* s, const std::string& n, Scope* owner) {
    for (Scope* p = s; p != owner; p = p->parent) {
      add_unique(p->freevars, n);
      if (p != s && p->kind != Scope::Kind::Class) p->kinds[n] = NameKind::Free;
      if (p != s && p->kind == Scope::Kind::Class && !p->kinds.count(n)) p->kinds[n] = NameKind::ClassDeref;
    }
    if (owner->kind == Scope::Kind::Class) {
      owner->needs_class_cell = true;  // only __class__ resolves to a class
      add_unique(owner->cellvars, n);
      return;
    }
    add_unique(owner->cellvars, n);
    owner->kinds[n] = NameKind::Cell;
  }

  void resolve(Scope& s, const Visible& visible) {
    Visible inner = visible;
    if (s.function_like()) {
      for (auto& n : s.order) {
        if (s.declared_global.count(n)) {
          s.kinds[n] = NameKind::Global;
        } else if (s.declared_nonlocal.count(n)) {
          auto it = visible.find(n);
          if (it == visible.end()) {
            fail("no binding for nonlocal '" + n + "' found", {});
            continue;
          }
          s.kinds[n] = NameKind::Free;
          capture(&s, n, it->second);
          inner[n] = it->second;
        } else if (s.assigned.count(n)) {
          s.kinds[n] = NameKind::Fast;
          inner[n] = &s;
        } else {
          auto it = visible.find(n);
          if (it != visible.end() && (n != "__class__" || it->second->kind == Scope::Kind::Class)) {
            s.kinds[n] = NameKind::Free;
            capture(&s, n, it->second);
          } else {
            s.kinds[n] = NameKind::Global;
          }
        }
      }
      if (s.uses_class_cell && !s.kinds.count("__class__")) {
        auto it = visible.find("__class__");
        if (it != visible.end()) {
          s.kinds["__class__"] = NameKind::Free;
          capture(&s, "__class__", it->second);
        }
      }
    } else if (s.kind == Scope::Kind::Class) {
      for (auto& n : s.order) {
        if (s.declared_global.count(n)) s.kinds[n] = NameKind::Global;
        else if (s.assigned.count(n)) s.kinds[n] = NameKind::Name;
        else if (auto it = visible.find(n); it != visible.end() && n != "__class__") {
          s.kinds[n] = NameKind::ClassDeref;
          capture(&s, n, it->second);
        }
      }
      inner["__class__"] = &s;
    } else {
      for (auto& n : s.order) s.kinds[n] = NameKind::Name;
    }
    for (auto& c : s.children) resolve(*c, inner);
    // Fast locals captured by a child became cells after the children resolved.
  }

  ScopeTable& table_;
  Scope* cur_ = nullptr;
  std::optional<ScopeError> error_;
};

std::optional<ScopeError> ScopeTable::build(const ast::Module& module) {
  ScopeBuilder b(*this);
  return b.run(module);
}

}  // namespace loopscope::lang
