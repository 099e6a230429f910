// reprlib.repr: a repr cut to a bounded size (asyncio shows a future's result this
// way). The limits and the cutting rules are reprlib.Repr's defaults; containers
// are handled by their exact builtin type, anything else is cut as a whole.
#include "lang/short_repr.h"

#include <algorithm>

#include "lang/repr.h"
#include "lang/sequences.h"

namespace loopscope::lang {

namespace {

constexpr size_t kMaxLevel = 6, kMaxSequence = 6, kMaxDict = 4, kMaxString = 30, kMaxLong = 40,
                 kMaxOther = 30;
const std::string kFill = "...";

// Keeps the first i and last j code points of `s` around "...", so that the result
// is at most `limit` long.
std::string cut_middle(const std::string& s, size_t limit) {
  std::vector<std::string> chars = utf8_chars(s);
  if (chars.size() <= limit) return s;
  size_t i = (limit - 3) / 2, j = limit - 3 - i;
  std::string out;
  for (size_t k = 0; k < i; ++k) out += chars[k];
  out += kFill;
  for (size_t k = chars.size() - j; k < chars.size(); ++k) out += chars[k];
  return out;
}

std::string short_repr_at(const Value& v, int level);

// reprlib's _possibly_sorted: sorted when the items are orderable, else as iterated.
std::vector<Value> possibly_sorted(const Value& v) {
  std::vector<Value> items = to_vector(v);
  try {
    std::vector<Value> sorted = items;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Value& a, const Value& b) { return values_less(a, b); });
    return sorted;
  } catch (PyThrow&) {
    return items;
  }
}

std::string iterable_repr(const std::vector<Value>& items, int level, const std::string& left,
                          std::string right, const char* trail = "") {
  std::string s;
  if (level <= 0 && !items.empty()) {
    s = kFill;
  } else {
    for (size_t k = 0; k < items.size() && k < kMaxSequence; ++k)
      s += (k ? ", " : "") + short_repr_at(items[k], level - 1);
    if (items.size() > kMaxSequence) s += ", " + kFill;
    if (items.size() == 1) right = trail + right;
  }
  return left + s + right;
}

std::string short_repr_at(const Value& v, int level) {
  Type* t = type_of(v);
  const Types& T = types();
  if (t == T.str) {
    std::vector<std::string> chars = utf8_chars(str_of(v));
    std::string head;
    for (size_t k = 0; k < chars.size() && k < kMaxString; ++k) head += chars[k];
    std::string s = repr(new_str(head));
    if (utf8_chars(s).size() <= kMaxString) return s;
    size_t i = (kMaxString - 3) / 2, j = kMaxString - 3 - i;
    std::string ends;
    for (size_t k = 0; k < i && k < chars.size(); ++k) ends += chars[k];
    for (size_t k = chars.size() > j ? chars.size() - j : 0; k < chars.size(); ++k) ends += chars[k];
    std::vector<std::string> r = utf8_chars(repr(new_str(ends)));
    std::string out;
    for (size_t k = 0; k < i && k < r.size(); ++k) out += r[k];
    out += kFill;
    for (size_t k = r.size() > j ? r.size() - j : 0; k < r.size(); ++k) out += r[k];
    return out;
  }
  if (t == T.int_) return cut_middle(repr(v), kMaxLong);
  if (t == T.list) return iterable_repr(as<List>(v)->items, level, "[", "]");
  if (t == T.tuple) return iterable_repr(as<Tuple>(v)->items, level, "(", ")", ",");
  if (t == T.set || t == T.frozenset) {
    bool frozen = t == T.frozenset;
    if (length(v) == 0) return frozen ? "frozenset()" : "set()";
    return iterable_repr(possibly_sorted(v), level, frozen ? "frozenset({" : "{", frozen ? "})" : "}");
  }
  if (t == T.dict) {
    int64_t n = length(v);
    if (n == 0) return "{}";
    if (level <= 0) return "{" + kFill + "}";
    std::vector<Value> keys = possibly_sorted(v);
    std::string s;
    for (size_t k = 0; k < keys.size() && k < kMaxDict; ++k)
      s += (k ? ", " : "") + short_repr_at(keys[k], level - 1) + ": " +
           short_repr_at(get_item(v, keys[k]), level - 1);
    if (keys.size() > kMaxDict) s += ", " + kFill;
    return "{" + s + "}";
  }
  return cut_middle(repr(v), kMaxOther);
}

}  // namespace

std::string short_repr(const Value& v) { return short_repr_at(v, static_cast<int>(kMaxLevel)); }

}  // namespace loopscope::lang
