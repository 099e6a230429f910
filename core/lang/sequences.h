// Builtin containers under the operators (sequences.cpp).
#pragma once

#include <string>
#include <vector>

#include "lang/ast.h"
#include "lang/objects.h"

namespace loopscope::lang {

size_t utf8_offset(const std::string& s, int64_t index);
std::vector<std::string> utf8_chars(const std::string& s);
void slice_indices(const Slice& sl, int64_t length, int64_t* start, int64_t* stop, int64_t* step);
bool builtin_get_item(const Value& obj, const Value& key, Value* out);
// d[key] of a dict (a subclass's __missing__ included); false: no such key.
bool dict_item(const Value& obj, const Value& key, Value* out);
bool builtin_set_item(const Value& obj, const Value& key, const Value& value);
bool builtin_del_item(const Value& obj, const Value& key);
Value builtin_binary(int op, const Value& a, const Value& b);
// a <op> b (ast::CmpOp) by the builtin layouts; NotImplemented when they do not compare.
Value builtin_compare(int op, const Value& a, const Value& b);
// len() of a builtin layout; false when the value has none.
bool builtin_length(const Value& v, int64_t* n);
// `in` for a builtin layout; false in *handled when the value is not a builtin container.
bool builtin_contains(const Value& container, const Value& item, bool* handled);
// An iterator over a builtin iterable; None when v is not one.
Value builtin_iter(const Value& v);
Value make_iterator(NativeIterator::Next next);
Value dict_view_iter(const Value& dict, int kind);  // 0 keys, 1 values, 2 items
Value percent_format_value(const Value& fmt, const Value& args);

}  // namespace loopscope::lang
