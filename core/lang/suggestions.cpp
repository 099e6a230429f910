// Suggestions for misspelt names, with CPython 3.11's distance and thresholds.
#include "lang/suggestions.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <vector>

#include "lang/code.h"
#include "lang/interp_state.h"
#include "lang/runtime_state.h"
#include "lang/vm.h"

namespace loopscope::lang {

namespace {

constexpr size_t kMoveCost = 2;
constexpr size_t kCaseCost = 1;
constexpr size_t kMaxStringSize = 40;
constexpr size_t kMaxCandidates = 750;

size_t substitution_cost(char a, char b) {
  if (a == b) return 0;
  if (std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b))) return kCaseCost;
  return kMoveCost;
}

// One row of the Levenshtein matrix at a time; gives up once every entry of a row
// exceeds max_cost (then returns max_cost + 1).
size_t distance(std::string_view a, std::string_view b, size_t max_cost) {
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
  std::vector<size_t> row(a.size());
  for (size_t i = 0; i < a.size(); ++i) row[i] = (i + 1) * kMoveCost;
  size_t result = 0;
  for (size_t bi = 0; bi < b.size(); ++bi) {
    size_t dist = result = bi * kMoveCost;
    size_t minimum = std::numeric_limits<size_t>::max();
    for (size_t ai = 0; ai < a.size(); ++ai) {
      size_t substitute = dist + substitution_cost(b[bi], a[ai]);
      dist = row[ai];
      size_t insert_delete = std::min(result, dist) + kMoveCost;
      result = std::min(insert_delete, substitute);
      row[ai] = result;
      minimum = std::min(minimum, result);
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

// The closest candidate, the first one on ties; "" when none is close enough.
std::string closest(const std::vector<std::string>& candidates, const std::string& name) {
  if (candidates.size() >= kMaxCandidates) return {};
  size_t best_distance = std::numeric_limits<size_t>::max();
  const std::string* best = nullptr;
  for (const std::string& c : candidates) {
    if (c == name) continue;
    size_t max_distance = (name.size() + c.size() + 3) * kMoveCost / 6;
    if (best_distance > 0) max_distance = std::min(max_distance, best_distance - 1);
    size_t d = distance(name, c, max_distance);
    if (d > max_distance) continue;
    if (!best || d < best_distance) {
      best = &c;
      best_distance = d;
    }
  }
  return best ? *best : std::string();
}

std::vector<std::string> dict_keys(const Dict* d) {
  std::vector<std::string> out;
  for (auto& e : d->entries)
    if (e.used && is_str(e.key)) out.push_back(str_of(e.key));
  return out;
}

}  // namespace

Value attribute_error(const Value& obj, Str* name, std::string message) {
  Value exc = make_exception(types().AttributeError, std::move(message));
  as<ExceptionObj>(exc)->dict->set_str("name", Value::object(name));
  as<ExceptionObj>(exc)->dict->set_str("obj", obj);
  return exc;
}

void raise_attribute_error(const Value& obj, Str* name, std::string message) {
  throw PyThrow{attribute_error(obj, name, std::move(message))};
}

void raise_name_error(const std::string& name) {
  Value exc = make_exception(types().NameError, "name '" + name + "' is not defined");
  auto* e = as<ExceptionObj>(exc);
  e->dict->set_str("name", new_str(name));
  if (Frame* f = Vm::current_frame())
    e->name_scope = new_tuple({Value::object(f->code), Value::object(f->globals)});
  throw PyThrow{exc};
}

std::string suggestion_for(const Value& exc) {
  if (!exc.is_object() || !type_of(exc)->is_base_exception) return {};
  auto* e = as<ExceptionObj>(exc);
  const Value* name = e->dict->get_str("name");
  if (!name || !is_str(*name)) return {};
  const std::string& wanted = str_of(*name);
  try {
    if (isinstance(exc, types().AttributeError)) {
      const Value* obj = e->dict->get_str("obj");
      if (!obj) return {};
      Value listing = call(rt().builtins->get_str("dir") ? *rt().builtins->get_str("dir") : Value(), {*obj});
      std::vector<std::string> names;
      for (auto& v : to_vector(listing))
        if (is_str(v)) names.push_back(str_of(v));
      return closest(names, wanted);
    }
    if (isinstance(exc, types().NameError) && !e->name_scope.is_none()) {
      auto& scope = as<Tuple>(e->name_scope)->items;
      auto* code = as<Code>(scope[0]);
      std::vector<std::string> locals(code->varnames.begin(), code->varnames.end());
      std::string s = closest(locals, wanted);
      if (s.empty()) s = closest(dict_keys(as<Dict>(scope[1])), wanted);
      if (s.empty()) s = closest(dict_keys(rt().builtins), wanted);
      return s;
    }
  } catch (PyThrow&) {
    // A failing __dir__ means no suggestion, as in CPython.
  }
  return {};
}

}  // namespace loopscope::lang
