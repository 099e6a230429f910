// Python's heapq._siftdown and _siftup over a std::vector (any allocator) with a
// `less` predicate.
// Mirroring the exact steps (not std::push_heap) makes items with equal keys come
// out in CPython's order: the timer heap and PriorityQueue depend on it.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace loopscope::heapq {

// _siftdown: move the item at `pos` up towards `start` while it is smaller.
template <class Vector, class Less>
void siftdown(Vector& heap, size_t start, size_t pos, const Less& less) {
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
template <class Vector, class Less>
void siftup(Vector& heap, size_t pos, const Less& less) {
  size_t end = heap.size(), start = pos;
  auto item = std::move(heap[pos]);
  size_t child = 2 * pos + 1;
  while (child < end) {
    // A big heap (the loop's 100k timers) misses the cache at every level: ask for
    // the next level (the children of both children, four entries) while this one
    // is compared.
    size_t grandchildren = 2 * child + 1;
    if (grandchildren < end) __builtin_prefetch(&heap[grandchildren]);
    if (grandchildren + 3 < end) __builtin_prefetch(&heap[grandchildren + 3]);
    size_t right = child + 1;
    if (right < end && !less(heap[child], heap[right])) child = right;
    heap[pos] = std::move(heap[child]);
    pos = child;
    child = 2 * pos + 1;
  }
  heap[pos] = std::move(item);
  siftdown(heap, start, pos, less);
}

}  // namespace loopscope::heapq
