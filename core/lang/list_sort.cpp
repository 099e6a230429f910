// list.sort and sorted(): stable, by __lt__ only, and for lists shorter than 64
// (one timsort run: count_run, then binary insertion) comparing exactly the pairs
// CPython compares, in its order, so that __lt__ with side effects prints the same.
// Longer lists are sorted stably with the same results but other comparisons.
#include <algorithm>

#include "lang/modules.h"
#include "lang/runtime.h"

namespace loopscope::lang {

namespace {

constexpr size_t kMinMerge = 64;  // timsort's threshold for merging runs

struct Entry {
  Value key;
  Value item;
};

bool entry_less(const Entry& a, const Entry& b) { return values_less(a.key, b.key); }

// timsort's count_run: the length of the run at the start (reversed in place when
// strictly descending).
size_t count_run(std::vector<Entry>& v) {
  size_t n = v.size();
  if (n < 2) return n;
  size_t run = 2;
  if (entry_less(v[1], v[0])) {
    while (run < n && entry_less(v[run], v[run - 1])) ++run;
    std::reverse(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(run));
  } else {
    while (run < n && !entry_less(v[run], v[run - 1])) ++run;
  }
  return run;
}

// timsort's binarysort: v[0, start) is sorted; insert the rest one by one after
// the last equal element.
void binary_insertion_sort(std::vector<Entry>& v, size_t start) {
  for (; start < v.size(); ++start) {
    size_t lo = 0, hi = start;
    Entry pivot = v[start];
    while (lo < hi) {
      size_t mid = lo + ((hi - lo) >> 1);
      if (entry_less(pivot, v[mid]))
        hi = mid;
      else
        lo = mid + 1;
    }
    for (size_t p = start; p > lo; --p) v[p] = std::move(v[p - 1]);
    v[lo] = std::move(pivot);
  }
}

}  // namespace

void sort_list(std::vector<Value>& items, const Value* key, bool reverse) {
  std::vector<Entry> v;
  v.reserve(items.size());
  for (auto& x : items) v.push_back({key && !key->is_none() ? call(*key, {x}) : x, x});
  // CPython sorts a reversed list forwards and reverses it back, keeping stability.
  if (reverse) std::reverse(v.begin(), v.end());
  if (v.size() < kMinMerge) {
    size_t run = count_run(v);
    binary_insertion_sort(v, run);
  } else {
    std::stable_sort(v.begin(), v.end(), entry_less);
  }
  if (reverse) std::reverse(v.begin(), v.end());
  for (size_t i = 0; i < v.size(); ++i) items[i] = std::move(v[i].item);
}

}  // namespace loopscope::lang
