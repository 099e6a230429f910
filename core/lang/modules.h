// The modules written in C++ (asyncio, time, random, math, sys, collections,
// itertools) and the methods of the builtin types.
#pragma once

#include <string>
#include <vector>

#include "lang/runtime.h"

namespace loopscope::lang {

// A new module object for `name`, or None when there is no such module.
Value create_native_module(const std::string& name);
// Records a newly imported module in sys.modules, if sys is imported.
void update_sys_modules(const std::string& name, const Value& module);

// dict.keys()/values()/items() of `dict` (kind 0, 1, 2): a live view (dict_views.cpp).
Value make_dict_view(const Value& dict, int kind);
class Runtime;
void install_dict_views(Runtime& r);
Value super_attribute(const Value& self, Str* name);
// list.sort/sorted (list_sort.cpp): stable, by __lt__, in CPython's comparison order.
void sort_list(std::vector<Value>& items, const Value* key, bool reverse);

}  // namespace loopscope::lang
