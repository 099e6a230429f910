// set and frozenset operations with CPython 3.11's algorithms (set_ops.cpp).
#pragma once

#include "lang/ast.h"
#include "lang/value.h"

namespace loopscope::lang {

class Runtime;

void set_add(const Value& set, const Value& item);
// set.update(iterable) (CPython's set_update_internal).
void set_update(const Value& set, const Value& iterable);
// a | b, a & b, a - b, a ^ b of two sets; NotImplemented for another operator.
Value set_operation(ast::BinOp op, const Value& a, const Value& b);
// a |= b and the others, in place; false for another operator.
bool set_inplace_operation(ast::BinOp op, const Value& a, const Value& b);
bool set_is_subset(const Value& a, const Value& b);
void install_set_methods(Runtime& r);

}  // namespace loopscope::lang
