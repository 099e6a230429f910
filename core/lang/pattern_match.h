// pattern_match: the run-time checks of the match statement's patterns, as CPython
// 3.11's ceval.c does them (the MATCH_* opcodes of vm.cpp call these; the compiler's
// "match statements" section says how the patterns use them).
#pragma once

#include "lang/runtime.h"

namespace loopscope::lang {

// Sequence patterns match list, tuple, range, collections.deque and their
// subclasses; never str, bytes or bytearray (CPython's Py_TPFLAGS_SEQUENCE).
bool is_match_sequence(const Value& subject);

// Mapping patterns match dict and its subclasses (defaultdict, Counter, OrderedDict).
bool is_match_mapping(const Value& subject);

// The values of `keys` (a tuple) in the mapping, looked up with its get() so that a
// defaultdict makes no key; None when one is missing. Duplicate keys: ValueError.
Value match_keys(const Value& subject, const Value& keys);

// A dict of the subject's items without `keys` (the **rest of a mapping pattern).
Value dict_without_keys(const Value& subject, const Value& keys);

// cls(p1, ..., pn, name=p, ...): None when the subject is not an instance of cls or
// lacks an attribute; else the tuple of the n positional attributes (named by
// cls.__match_args__, or the subject itself for int, str... ) and the named ones.
// TypeErrors as CPython's (not a type, too many positional sub-patterns...).
Value match_class(const Value& subject, const Value& cls, const Value& names, int nargs);

}  // namespace loopscope::lang
