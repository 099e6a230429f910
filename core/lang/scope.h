// Scope analysis: for every function, lambda, comprehension and class body, which
// names are fast locals, cells, free variables, globals or dictionary names. This
// is CPython's symtable pass; the compiler asks it how to load and store each name.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "lang/ast.h"

namespace loopscope::lang {

enum class NameKind : uint8_t {
  Fast,         // function local
  Cell,         // function local captured by an inner scope
  Free,         // captured from an enclosing function
  Global,       // module global (declared or implicit)
  Name,         // module or class body: the namespace dict
  ClassDeref,   // class body reading a variable of an enclosing function
};

struct Scope {
  enum class Kind : uint8_t { Module, Class, Function, Comprehension };
  Kind kind = Kind::Module;
  std::string name;
  Scope* parent = nullptr;
  std::vector<std::unique_ptr<Scope>> children;

  std::vector<std::string> params;        // in order
  std::vector<std::string> order;         // every name, first appearance first
  std::map<std::string, bool> assigned;   // bound in this scope
  std::map<std::string, bool> used;
  std::map<std::string, bool> declared_global;
  std::map<std::string, bool> declared_nonlocal;
  bool is_generator = false;
  bool is_async = false;
  bool uses_class_cell = false;  // super() or __class__ inside a method
  bool needs_class_cell = false; // class body: some method uses __class__

  std::map<std::string, NameKind> kinds;
  std::vector<std::string> cellvars;
  std::vector<std::string> freevars;

  bool function_like() const { return kind == Kind::Function || kind == Kind::Comprehension; }
  NameKind kind_of(const std::string& n) const;
};

struct ScopeError {
  std::string message;
  int line = 0;
  int col = 0;
};

// The scopes of a module, by the AST node that opens each (Stmt or Expr).
class ScopeTable {
 public:
  // Fills the table; returns an error for bad nonlocal/global use.
  std::optional<ScopeError> build(const ast::Module& module);
  Scope* module_scope() const { return root_.get(); }
  Scope* scope_of(const void* node) const {
    auto it = by_node_.find(node);
    return it == by_node_.end() ? nullptr : it->second;
  }

 private:
  friend class ScopeBuilder;
  std::unique_ptr<Scope> root_;
  std::unordered_map<const void*, Scope*> by_node_;
};

}  // namespace loopscope::lang
