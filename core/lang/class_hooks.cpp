// What type.__new__ does once a class exists, as CPython 3.11: each attribute whose
// type defines __set_name__ learns its owner and name (in the namespace's order), then
// super(cls, cls).__init_subclass__(**kwargs) runs with the class statement's keywords
// (object's own takes none). Also object.__init_subclass__ itself.
#include "lang/class_hooks.h"

#include <vector>

#include "lang/runtime_state.h"

namespace loopscope::lang {

namespace {

// __set_name__(owner, name) on every attribute that has one (looked up on its type).
void call_set_names(Type* cls) {
  std::vector<std::pair<Value, Value>> items;  // a copy: __set_name__ may change the dict
  for (const Dict::Entry& e : cls->dict->entries)
    if (e.used) items.emplace_back(e.key, e.value);
  Str* set_name = intern_str("__set_name__");
  for (auto& [name, value] : items) {
    if (!type_of(value)->lookup(set_name)) continue;
    call(get_attr(value, set_name), {Value::object(cls), name});
  }
}

// The function behind a class-level __init_subclass__ (a classmethod, or a plain
// function: class bodies make it a classmethod implicitly).
Value unwrap_classmethod(const Value& v) {
  if (v.is_object() && v.as_object()->type() == types().classmethod) return as<MethodWrapper>(v)->func;
  return v;
}

// object.__init_subclass__(cls): nothing to do, and no keyword arguments.
Value object_init_subclass(Args& a, void*) {
  if (a.nkw) {
    std::string name = a.n && a[0].is_object() && a[0].as_object()->type()->layout == Layout::Type
                           ? as<Type>(a[0])->name
                           : "object";
    type_error(name + ".__init_subclass__() takes no keyword arguments");
  }
  return Value();
}

// type.__new__(mcls, name, bases, ns, **kw).
Value type_new(Args& a, void*) {
  if (a.n < 1 || type_of(a[0])->layout != Layout::Type) type_error("type.__new__(X): X is not a type object");
  Type* mcls = as<Type>(a[0]);
  if (!mcls->is_subtype(types().type))
    type_error("type.__new__(" + mcls->name + "): " + mcls->name + " is not a subtype of type");
  Args rest{a.pos + 1, a.n - 1, a.kw, a.nkw};
  return type_ctor(mcls, rest);
}

// type.__init__(cls, ...): the class is complete already.
Value type_init(Args& a, void*) {
  if (a.n != 2 && a.n != 4) type_error("type.__init__() takes 1 or 3 arguments");
  return Value();
}

// type.__call__(cls, *args, **kw): what calling a class does (__new__, then __init__).
Value type_call(Args& a, void*) {
  if (a.n < 1 || type_of(a[0])->layout != Layout::Type)
    type_error("descriptor '__call__' of 'type' object needs an argument");
  Args rest{a.pos + 1, a.n - 1, a.kw, a.nkw};
  return construct(as<Type>(a[0]), rest);
}

}  // namespace

Type* winning_metaclass(Type* meta, const std::vector<Type*>& bases) {
  Type* winner = meta;
  for (Type* b : bases) {
    Type* bt = b->type();
    if (winner->is_subtype(bt)) continue;
    if (bt->is_subtype(winner)) {
      winner = bt;
      continue;
    }
    type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
               "of the metaclasses of all its bases");
  }
  return winner;
}

void install_type_natives(Types& T) {
  T.type->dict->set_str("__new__", Value::object(new MethodWrapper(T.staticmethod, make_native("__new__", type_new))));
  rt().add_method(T.type, "__init__", type_init);
  rt().add_method(T.type, "__call__", type_call);
}

void finish_class(Type* cls, const KwArg* kw, size_t nkw) {
  call_set_names(cls);
  Str* hook = intern_str("__init_subclass__");
  for (size_t i = 1; i < cls->mro.size(); ++i) {
    const Value* found = cls->mro[i]->dict->get(Value::object(hook));
    if (!found) continue;
    Value self = Value::object(cls);
    std::vector<KwArg> keywords(kw, kw + nkw);
    Args args{&self, 1, keywords.data(), keywords.size()};
    call(unwrap_classmethod(*found), args);
    return;
  }
}

void make_init_subclass_classmethod(Dict* ns) {
  Value key = Value::object(intern_str("__init_subclass__"));
  if (const Value* f = ns->get(key); f && f->is_object() && f->as_object()->type() == types().function)
    ns->set(key, Value::object(new MethodWrapper(types().classmethod, *f)));
}

void install_object_init_subclass(Types& T) {
  Value fn = make_native("__init_subclass__", object_init_subclass);
  T.object->dict->set(Value::object(intern_str("__init_subclass__")),
                      Value::object(new MethodWrapper(T.classmethod, fn)));
}

}  // namespace loopscope::lang
