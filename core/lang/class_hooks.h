// The steps of class creation after the class object exists (class_hooks.cpp):
// __set_name__ on its attributes and its bases' __init_subclass__.
#pragma once

#include <cstddef>
#include <vector>

#include "lang/objects.h"

namespace loopscope::lang {

struct Types;

// __set_name__(cls, name) on each attribute that defines it, then
// super(cls, cls).__init_subclass__(**kw) with the class statement's keywords.
void finish_class(Type* cls, const KwArg* kw, size_t nkw);
// The metaclass of a class made by `meta` from `bases`: the most derived of meta
// and the bases' types (TypeError "metaclass conflict" when there is none).
Type* winning_metaclass(Type* meta, const std::vector<Type*>& bases);
// type.__new__, type.__init__ and type.__call__ as methods, which a metaclass's own
// reach through super().
void install_type_natives(Types& T);
// type's constructor (types_setup.cpp): type(x) and type(name, bases, ns) for cls.
Value type_ctor(Type* cls, Args& a);
// A plain function named __init_subclass__ in a class body becomes a classmethod.
void make_init_subclass_classmethod(Dict* ns);
// object.__init_subclass__, which super().__init_subclass__(**kw) ends at.
void install_object_init_subclass(Types& T);

}  // namespace loopscope::lang
