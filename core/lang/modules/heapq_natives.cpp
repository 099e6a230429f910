// _heapq: the heap operations of heapq on a list, as CPython's _heapq does them
// (the same sift order and the same `<` comparisons, so equal items end up where
// CPython puts them), plus the max-heap helpers pylib/heapq.py's nsmallest and
// merge use.
#include "lang/ast.h"
#include "lang/modules/module_util.h"
#include "lang/runtime_state.h"

namespace loopscope::lang {
namespace {

std::vector<Value>& heap_of(Args& a, const char* name) {
  const Value& v = a[0];
  if (!v.is_object() || !type_of(v)->is_subtype(types().list))
    type_error(std::string(name) + "() argument 1 must be list, not " + type_name(v));
  return as<List>(v)->items;
}

bool less(const Value& a, const Value& b) {
  if (a.is_int() && b.is_int()) return a.as_int() < b.as_int();
  if (a.is_float() && b.is_float()) return a.as_float() < b.as_float();
  return values_less(a, b);
}

// A comparison may run Python code that changes the heap under us.
void check_size(const std::vector<Value>& heap, size_t size) {
  if (heap.size() != size) raise(types().RuntimeError, "list changed size during iteration");
}

// Moves the item at `pos` up towards `start` while it is smaller than its parent
// (larger, for the max-heap).
template <bool kMax>
void sift_down(std::vector<Value>& heap, size_t start, size_t pos) {
  size_t size = heap.size();
  while (pos > start) {
    size_t parent = (pos - 1) >> 1;
    bool smaller = kMax ? less(heap[parent], heap[pos]) : less(heap[pos], heap[parent]);
    check_size(heap, size);
    if (!smaller) break;
    std::swap(heap[parent], heap[pos]);
    pos = parent;
  }
}

// Moves the smaller child up until `pos` reaches a leaf, then sifts the item that
// was at `pos` back down to its place (fewer comparisons than stopping early).
template <bool kMax>
void sift_up(std::vector<Value>& heap, size_t pos) {
  size_t end = heap.size(), start = pos, limit = end >> 1;
  while (pos < limit) {
    size_t child = 2 * pos + 1;
    if (child + 1 < end) {
      bool left_first = kMax ? less(heap[child + 1], heap[child]) : less(heap[child], heap[child + 1]);
      check_size(heap, end);
      if (!left_first) ++child;
    }
    std::swap(heap[child], heap[pos]);
    pos = child;
  }
  sift_down<kMax>(heap, start, pos);
}

template <bool kMax>
void heapify(std::vector<Value>& heap) {
  for (size_t i = heap.size() / 2; i-- > 0;) sift_up<kMax>(heap, i);
}

Value h_heappush(Args& a, void*) {
  check_args("heappush", a, 2, 2);
  auto& heap = heap_of(a, "heappush");
  heap.push_back(a[1]);
  sift_down<false>(heap, 0, heap.size() - 1);
  return Value();
}

template <bool kMax>
Value pop(Args& a, const char* name) {
  check_args(name, a, 1, 1);
  auto& heap = heap_of(a, name);
  if (heap.empty()) raise(types().IndexError, "index out of range");
  Value last = std::move(heap.back());
  heap.pop_back();
  if (heap.empty()) return last;
  Value top = std::move(heap[0]);
  heap[0] = std::move(last);
  sift_up<kMax>(heap, 0);
  return top;
}

Value h_heappop(Args& a, void*) { return pop<false>(a, "heappop"); }
Value h_heappop_max(Args& a, void*) { return pop<true>(a, "_heappop_max"); }

template <bool kMax>
Value replace(Args& a, const char* name) {
  check_args(name, a, 2, 2);
  auto& heap = heap_of(a, name);
  if (heap.empty()) raise(types().IndexError, "index out of range");
  Value top = std::move(heap[0]);
  heap[0] = a[1];
  sift_up<kMax>(heap, 0);
  return top;
}

Value h_heapreplace(Args& a, void*) { return replace<false>(a, "heapreplace"); }
Value h_heapreplace_max(Args& a, void*) { return replace<true>(a, "_heapreplace_max"); }

Value h_heappushpop(Args& a, void*) {
  check_args("heappushpop", a, 2, 2);
  auto& heap = heap_of(a, "heappushpop");
  if (heap.empty() || !less(heap[0], a[1])) return a[1];
  Value top = std::move(heap[0]);
  heap[0] = a[1];
  sift_up<false>(heap, 0);
  return top;
}

Value h_heapify(Args& a, void*) {
  check_args("heapify", a, 1, 1);
  heapify<false>(heap_of(a, "heapify"));
  return Value();
}

Value h_heapify_max(Args& a, void*) {
  check_args("_heapify_max", a, 1, 1);
  heapify<true>(heap_of(a, "_heapify_max"));
  return Value();
}

}  // namespace

void build_heapq_natives(Module* m) {
  add_function(m, "heappush", h_heappush);
  add_function(m, "heappop", h_heappop);
  add_function(m, "heapreplace", h_heapreplace);
  add_function(m, "heappushpop", h_heappushpop);
  add_function(m, "heapify", h_heapify);
  add_function(m, "_heappop_max", h_heappop_max);
  add_function(m, "_heapreplace_max", h_heapreplace_max);
  add_function(m, "_heapify_max", h_heapify_max);
}

}  // namespace loopscope::lang
