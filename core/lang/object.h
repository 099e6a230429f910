// Object: the header every heap value of the language shares: a reference count
// (core/loop's RefCounted, so the loop's rules apply) and its Python type. Types
// are objects too; the builtin ones are owned by the Runtime and never die during a
// run. `Layout` says which C++ struct an object is, so the VM can switch on it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "lang/value.h"
#include "loop/ref.h"

namespace loopscope::lang {

class Type;
class Dict;
class Str;
struct Args;
using NativeCtor = Value (*)(Type* cls, Args& args);

// The C++ struct behind an object. User classes inherit the layout of their base
// (a class deriving from Exception makes ExceptionObj instances).
enum class Layout : uint8_t {
  Type, Instance, Exception, Str, Bytes, List, Tuple, Dict, Set, FrozenSet, Range, Slice,
  BigInt, Function, NativeFunction, BoundMethod, Code, Cell, Generator, Module,
  Property, ClassMethod, StaticMethod, Iterator, Native,
};

class Object : public RefCounted {
 public:
  // An instance of a class defined in Python keeps its class alive; the builtin
  // types live as long as the Runtime.
  explicit Object(Type* type);
  ~Object() override;
  Type* type() const { return type_; }
  void set_type(Type* t) { type_ = t; }  // only for `type`, the type of itself
  // The class this object keeps alive (a user class); null for builtin types.
  Type* counted_type() const { return holds_type_ ? type_ : nullptr; }
  // A Container (below): may hold references the cycle collector follows.
  bool is_container() const { return is_container_; }
  // Out of the collector's generations for good (Collector::park).
  bool gc_parked() const { return gc_parked_; }

 private:
  friend class Container;
  friend class Collector;
  bool holds_type_;  // these three fit in RefCounted's tail padding
  bool is_container_ = false;
  bool gc_parked_ = false;
  Type* type_;
};

// Value's reference counting (value.h), inline: it runs on nearly every instruction.
// An immediate value costs one test; objects and futures share RefCounted's count.
LOOPSCOPE_ALWAYS_INLINE void Value::keep() const {
  if (counted()) counted_base()->retain();
}

LOOPSCOPE_ALWAYS_INLINE void Value::drop() {
  if (counted()) {
    const RefCounted* r = counted_base();
    if (r->ref_count() > 1) r->release();  // not the last: no destructor to run
    else drop_counted();
  }
  tag_ = Tag::None;
}

LOOPSCOPE_ALWAYS_INLINE const RefCounted* Value::counted_base() const {
  return tag_ == Tag::Object ? static_cast<const RefCounted*>(obj_) : static_cast<const RefCounted*>(fut_);
}

// Reports one counted reference a container holds (the cycle collector's traversal).
using VisitRef = void (*)(Object* referent, void* ctx);
inline void visit_value(const Value& v, VisitRef visit, void* ctx) {
  if (v.is_object()) visit(v.as_object(), ctx);
}

// The links of a tracked container in one of the collector's generation lists
// (gc.h); a list's head is a bare GcLinks.
struct GcLinks {
  // The previous node; while a collection examines the object, its gc_refs and flags
  // instead (gc.cpp), hence an integer.
  uintptr_t gc_prev = 0;
  GcLinks* gc_next = nullptr;  // null: not tracked
  GcLinks* prev() const { return reinterpret_cast<GcLinks*>(gc_prev); }
  void set_prev(GcLinks* p) { gc_prev = reinterpret_cast<uintptr_t>(p); }
};

// An object that can hold references to other objects, so can be part of a cycle:
// tracked by the Runtime's cycle collector (gc.h) from its construction to its
// destruction. 16 bytes more than a plain Object (the two links).
class Container : public Object, public GcLinks {
 public:
  explicit Container(Type* t);
  ~Container() override;  // untracks
  // Reports each counted reference to a language object it holds (CPython's
  // tp_traverse). It must report no reference it does not own; it may leave some out
  // (references held inside opaque C++ state): their objects then count as reachable
  // from outside, which is safe. The base reports the counted class. Must not allocate
  // or run Python code.
  virtual void traverse(VisitRef visit, void* ctx);
  // Drops the references that can close a cycle (tp_clear). Called on unreachable
  // objects only (and on what is left at the end of a run): the object stays
  // destructible, never used again.
  virtual void clear_refs() {}
};

// A Python class: name, bases, method resolution order and attribute dict.
class Type : public Container {
 public:
  Type(Type* metatype, std::string name, Layout layout);
  ~Type() override;
  void traverse(VisitRef visit, void* ctx) override;

  std::string name;
  std::string qualname;
  std::string module = "builtins";
  NativeCtor ctor = nullptr;  // builtin types: makes an instance from call arguments
  Layout layout;
  std::vector<Type*> bases;   // counted references (builtin types: immortal)
  std::vector<Type*> mro;     // self first, ends with object
  Dict* dict = nullptr;       // attributes (methods, class variables)
  bool is_builtin = true;     // defined in C++ (attributes cannot be set)
  bool is_base_exception = false;  // BaseException or a subclass
  bool native_awaitable = false;   // instances are NativeAwaitable (objects.h)
  // A type made in C++ whose native dunder methods (__len__, __iter__, __eq__...) the
  // object protocol calls as it calls a Python class's (collections.deque). Inherited.
  bool native_dunders = false;
  // A sequence to match statements' sequence patterns besides list, tuple and range
  // (CPython's Py_TPFLAGS_SEQUENCE): collections.deque. Inherited.
  bool match_sequence = false;
  bool custom_getattribute = false;  // a Python __getattribute__ in the MRO (checked on every lookup)
  // Every class of the MRO but object declares __slots__ (none lists "__dict__"): its
  // instances have no __dict__ and only these attributes. (The values still live in
  // the instance's dict, hidden; so a subclass with a __dict__ shows them in vars().)
  bool slots_only = false;
  std::vector<std::string> slots;  // own and inherited slot names, when slots_only
  bool has_slot(std::string_view name) const {
    for (const std::string& s : slots)
      if (s == name) return true;
    return false;
  }

  bool is_subtype(const Type* other) const {
    for (Type* t : mro)
      if (t == other) return true;
    return false;
  }
  // Looks `name` up along the MRO; null when absent. Borrowed value.
  const Value* lookup(Str* name) const;
  const Value* lookup(std::string_view name) const;
};

}  // namespace loopscope::lang
