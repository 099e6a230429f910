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

// kind: 0 keys, 1 values, 2 items (a snapshot printed as dict_keys([...]) etc.)
Value make_dict_view(int kind, std::vector<Value> items);
Value super_attribute(const Value& self, Str* name);
// list.sort/sorted (list_sort.cpp): stable, by __lt__, in CPython's comparison order.
void sort_list(std::vector<Value>& items, const Value* key, bool reverse);

}  // namespace loopscope::lang
