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
std::string dict_subclass_repr(const Value& v, const std::string& dict_repr);

}  // namespace loopscope::lang
