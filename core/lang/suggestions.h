// "Did you mean: 'print'?" for NameError and AttributeError, as CPython 3.11 adds to
// the last line of a traceback (Python/suggestions.c: a Levenshtein distance where
// a change of case costs half a substitution, and at most a third of the characters
// may change). The candidates are recorded when the error is raised (the object, or
// the code and globals of the frame) and the suggestion is computed when printed.
#pragma once

#include <string>

#include "lang/runtime.h"

namespace loopscope::lang {

// Raise helpers that record what a suggestion needs.
[[noreturn]] void raise_attribute_error(const Value& obj, Str* name, std::string message);
Value attribute_error(const Value& obj, Str* name, std::string message);
[[noreturn]] void raise_name_error(const std::string& name);

// The name to suggest for `exc`, or "" (not such an error, or nothing close enough).
std::string suggestion_for(const Value& exc);

}  // namespace loopscope::lang
