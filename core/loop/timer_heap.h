// The loop's timers: a binary min-heap on the deadline alone, sifted exactly like
// Python's heapq (heapq.h), so timers with equal deadlines come out in
// the same order as in CPython's asyncio.
#pragma once

#include <cstddef>
#include <vector>

#include "loop/handle.h"
#include "loop/heapq.h"

namespace loopscope {

class TimerHeap {
 public:
  ~TimerHeap() { clear(); }

  bool empty() const { return heap_.empty(); }
  size_t size() const { return heap_.size(); }
  TimerHandle* top() const { return heap_.front(); }
  const std::vector<TimerHandle*>& items() const { return heap_; }

  // Takes one reference to `t`.
  void push(TimerHandle* t) {
    heap_.push_back(t);
    sift_down(0, heap_.size() - 1);
  }
  // Returns the earliest timer; the caller owns the heap's reference.
  TimerHandle* pop() {
    TimerHandle* last = heap_.back();
    heap_.pop_back();
    if (heap_.empty()) return last;
    TimerHandle* result = heap_[0];
    heap_[0] = last;
    sift_up(0);
    return result;
  }
  // Keeps only the timers for which `keep` is true (releasing the others), then
  // restores the heap like heapq.heapify.
  template <class Keep, class Drop>
  void filter(Keep keep, Drop drop) {
    std::vector<TimerHandle*> kept;
    kept.reserve(heap_.size());
    for (TimerHandle* t : heap_) {
      if (keep(t)) kept.push_back(t);
      else drop(t);
    }
    heap_.swap(kept);
    for (size_t i = heap_.size() / 2; i-- > 0;) sift_up(i);
  }
  void clear() {
    for (TimerHandle* t : heap_) t->release();
    heap_.clear();
  }

 private:
  static bool less(const TimerHandle* a, const TimerHandle* b) { return a->when() < b->when(); }

  void sift_down(size_t start, size_t pos) { heapq::siftdown(heap_, start, pos, less); }
  void sift_up(size_t pos) { heapq::siftup(heap_, pos, less); }

  std::vector<TimerHandle*> heap_;
};

}  // namespace loopscope
