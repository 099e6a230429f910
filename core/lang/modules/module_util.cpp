// Argument binding for native module functions (module_util.h): the parameter
// rules and error messages of a Python def, for functions written in C++.
#include <cstring>

#include "lang/modules/module_util.h"

namespace loopscope::lang {

const Value* arg_or_keyword(Args& a, size_t index, std::string_view name) {
  if (index < a.n) return &a.pos[index];
  return a.keyword(name);
}

namespace {

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'" as CPython lists missing arguments.
std::string quoted_list(const std::vector<std::string>& names) {
  std::string s;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) s += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    s += "'" + names[i] + "'";
  }
  return s;
}

}  // namespace

std::vector<const Value*> bind_args(Args& a, const char* fname, std::initializer_list<const char*> names,
                                    size_t required, size_t first) {
  std::vector<const char*> params;
  size_t positional = 0;  // how many can be passed by position
  bool kwonly = false;
  for (const char* n : names) {
    if (std::strcmp(n, "*") == 0) {
      kwonly = true;
      continue;
    }
    params.push_back(n);
    if (!kwonly) ++positional;
  }
  std::vector<const Value*> out(params.size(), nullptr);
  size_t given = a.n > first ? a.n - first : 0;
  if (given > positional) {
    size_t min_pos = std::min(required, positional);
    std::string takes = min_pos == positional ? std::to_string(positional + first)
                                              : "from " + std::to_string(min_pos + first) + " to " +
                                                    std::to_string(positional + first);
    size_t shown = positional + first;
    type_error(std::string(fname) + "() takes " + takes + " positional argument" + (shown == 1 ? "" : "s") +
               " but " + std::to_string(a.n) + (a.n == 1 ? " was" : " were") + " given");
  }
  for (size_t i = 0; i < given; ++i) out[i] = &a.pos[first + i];
  for (size_t k = 0; k < a.nkw; ++k) {
    const std::string& key = a.kw[k].name->s;
    size_t i = 0;
    while (i < params.size() && key != params[i]) ++i;
    if (i == params.size()) type_error(std::string(fname) + "() got an unexpected keyword argument '" + key + "'");
    if (out[i]) type_error(std::string(fname) + "() got multiple values for argument '" + key + "'");
    out[i] = &a.kw[k].value;
  }
  std::vector<std::string> missing_pos, missing_kw;
  for (size_t i = 0; i < required && i < params.size(); ++i)
    if (!out[i]) (i < positional ? missing_pos : missing_kw).push_back(params[i]);
  if (!missing_pos.empty())
    type_error(std::string(fname) + "() missing " + std::to_string(missing_pos.size()) + " required positional argument" +
               (missing_pos.size() == 1 ? "" : "s") + ": " + quoted_list(missing_pos));
  if (!missing_kw.empty())
    type_error(std::string(fname) + "() missing " + std::to_string(missing_kw.size()) + " required keyword-only argument" +
               (missing_kw.size() == 1 ? "" : "s") + ": " + quoted_list(missing_kw));
  return out;
}

}  // namespace loopscope::lang
