// The loop's timers: a binary min-heap on the deadline alone, sifted exactly like
// Python's heapq (heapq.h), so timers with equal deadlines come out in
// the same order as in CPython's asyncio. Each entry carries its deadline next to
// the handle, so sifting compares within the heap's own array instead of loading
// every handle it passes (a cache miss each with 100k timers).
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
  Handle* top() const { return heap_.front().timer; }
  // The earliest deadline (without loading the handle).
  double top_when() const { return heap_.front().when; }

  // Takes one reference to `t`, due at `when`.
  void push(Handle* t, double when) {
    heap_.push_back({when, t});
    sift_down(0, heap_.size() - 1);
  }
  // Returns the earliest timer; the caller owns the heap's reference.
  Handle* pop() {
    Entry last = heap_.back();
    heap_.pop_back();
    if (heap_.empty()) return last.timer;
    Handle* result = heap_[0].timer;
    heap_[0] = last;
    sift_up(0);
    return result;
  }
  // Keeps only the timers for which `keep` is true (releasing the others), then
  // restores the heap like heapq.heapify.
  template <class Keep, class Drop>
  void filter(Keep keep, Drop drop) {
    std::vector<Entry> kept;
    kept.reserve(heap_.size());
    for (const Entry& e : heap_) {
      if (keep(e.timer)) kept.push_back(e);
      else drop(e.timer);
    }
    heap_.swap(kept);
    for (size_t i = heap_.size() / 2; i-- > 0;) sift_up(i);
  }
  void clear() {
    for (const Entry& e : heap_) e.timer->release();
    heap_.clear();
  }

 private:
  struct Entry {
    double when;  // the timer's deadline, which never changes
    Handle* timer;
  };
  static bool less(const Entry& a, const Entry& b) { return a.when < b.when; }

  void sift_down(size_t start, size_t pos) { heapq::siftdown(heap_, start, pos, less); }
  void sift_up(size_t pos) { heapq::siftup(heap_, pos, less); }

  std::vector<Entry> heap_;
};

}  // namespace loopscope
