// repr(), str() and format() (repr.cpp); the basic ones are declared in runtime.h.
#pragma once

#include <string>
#include <string_view>

#include "lang/ast_dump.h"  // py_str_repr, py_bytes_repr: literal reprs
#include "lang/runtime.h"

namespace loopscope::lang {

std::string exception_str(const Value& exc);
std::string ascii_repr(const Value& v);
std::string future_repr(FutureBase* f);
// "0x00005581c8a0": an object's address as CPython's reprs show it.
std::string hex_address(const void* p);
std::string named_tuple_repr(const Value& v);
// repr(v) without v's class's own __repr__: what dict.__repr__ (and so
// super().__repr__() in a dict subclass) returns.
std::string builtin_repr(const Value& v);
// object.__repr__: "<__main__.Point object at 0x...>".
std::string object_repr(const Value& v);

}  // namespace loopscope::lang
