// Python's heapq._siftdown and _siftup over any random-access heap (a std::vector, or a
// view with operator[] and size()) with a `less` predicate.
// Mirroring the exact steps (not std::push_heap) makes items with equal keys come
// out in CPython's order: the timer heap and PriorityQueue depend on it.
#pragma once

#include <cstddef>
#include <utility>

namespace loopscope::heapq {

// _siftdown: move the item at `pos` up towards `start` while it is smaller.
template <class Heap, class Less>
void siftdown(Heap& heap, size_t start, size_t pos, const Less& less) {
  auto item = std::move(heap[pos]);
  while (pos > start) {
    size_t parent = (pos - 1) >> 1;
    if (!less(item, heap[parent])) break;
    heap[pos] = std::move(heap[parent]);
    pos = parent;
  }
  heap[pos] = std::move(item);
}

// _siftup: move the smaller child up until a leaf, then siftdown the item.
// A heap that can warm its memory ahead of the descent (the loop's timers) provides
// prefetch_below(pos), called at each level before pos's children are compared.
template <class Heap, class Less>
void siftup(Heap& heap, size_t pos, const Less& less) {
  size_t end = heap.size(), start = pos;
  auto item = std::move(heap[pos]);
  size_t child = 2 * pos + 1;
  while (child + 1 < end) {  // both children exist
    if constexpr (requires { heap.prefetch_below(pos); }) heap.prefetch_below(pos);
    // heapq's `if not heap[child] < heap[right]: child = right`, as arithmetic: with
    // random keys a branch here is mispredicted half the time.
    child += size_t(!less(heap[child], heap[child + 1]));
    heap[pos] = std::move(heap[child]);
    pos = child;
    child = 2 * pos + 1;
  }
  if (child < end) {  // a left child alone (the last one): heapq takes it
    heap[pos] = std::move(heap[child]);
    pos = child;
  }
  heap[pos] = std::move(item);
  siftdown(heap, start, pos, less);
}

}  // namespace loopscope::heapq
