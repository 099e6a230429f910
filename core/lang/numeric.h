// Python arithmetic on int, float and bool (numeric.cpp).
#pragma once

#include "lang/bigint.h"
#include "lang/value.h"

namespace loopscope::lang {

bool is_int_like(const Value& v);  // int (small or big) or bool
bool is_number(const Value& v);    // int, bool or float
BigInt to_bigint(const Value& v);  // precondition: is_int_like
// a <op> b for numbers (ast::BinOp in the low 4 bits); NotImplemented otherwise.
Value numeric_binary(int op, const Value& a, const Value& b);
// Exact comparison of two numbers; *unordered when a NaN is involved.
int numeric_compare(const Value& a, const Value& b, bool* unordered);
int64_t int_hash(const Value& v);
[[noreturn]] void raise_number_error(const NumberError& e);

}  // namespace loopscope::lang
