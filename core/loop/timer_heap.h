// The loop's timers: a binary min-heap on the deadline alone, sifted exactly like
// Python's heapq (heapq.h), so timers with equal deadlines come out in
// the same order as in CPython's asyncio. Each entry carries its deadline next to
// the handle, so sifting compares within the heap's own array instead of loading
// every handle it passes (a cache miss each with 100k timers).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "loop/handle.h"
#include "loop/heapq.h"
#include "loop/slab_memory.h"

namespace loopscope {

class TaskBase;

// What a heap entry holds (one reference): a Handle, or a task whose own sleep
// timer this is (TaskBase::start_own_timer), tagged in the low bit.
class TimerRef {
 public:
  static TimerRef of(Handle* h) { return TimerRef(reinterpret_cast<uintptr_t>(h)); }
  static TimerRef own_timer_of(TaskBase* t) { return TimerRef(reinterpret_cast<uintptr_t>(t) | kOwnTimerTag); }
  bool is_own_timer() const { return bits_ & kOwnTimerTag; }
  Handle* handle() const { return reinterpret_cast<Handle*>(bits_); }
  TaskBase* task() const { return reinterpret_cast<TaskBase*>(bits_ & ~kOwnTimerTag); }
  const void* object() const { return reinterpret_cast<const void*>(bits_ & ~kOwnTimerTag); }

 private:
  static constexpr uintptr_t kOwnTimerTag = 1;  // handles and tasks are 8-aligned
  explicit TimerRef(uintptr_t bits) : bits_(bits) {}
  uintptr_t bits_;
};

// Entries are 16 bytes; the heap does not look inside them, the loop does (and
// releases them: clear).
class TimerHeap {
 public:
  bool empty() const { return heap_.empty(); }
  size_t size() const { return heap_.size(); }
  TimerRef top() const { return heap_.front().timer; }
  // The earliest deadline (without loading the handle).
  double top_when() const { return heap_.front().when; }

  // Asks the cache for the earliest timers' handles or tasks: the top and the two
  // entries one of which becomes the top after it.
  void prefetch_earliest() const {
    for (size_t i = 0; i < 3 && i < heap_.size(); ++i) __builtin_prefetch(heap_[i].timer.object());
  }
  // Takes over one reference to `t`, due at `when`.
  void push(TimerRef t, double when) {
    heap_.push_back({when, t});
    sift_down(0, heap_.size() - 1);
  }
  // Returns the earliest timer; the caller owns the heap's reference.
  TimerRef pop() {
    Entry last = heap_.back();
    heap_.pop_back();
    if (heap_.empty()) return last.timer;
    TimerRef result = heap_[0].timer;
    heap_[0] = last;
    sift_up(0);
    return result;
  }
  // Keeps only the timers for which `keep` is true (handing the others to `drop`),
  // then restores the heap like heapq.heapify.
  template <class Keep, class Drop>
  void filter(Keep keep, Drop drop) {
    Entries kept;
    kept.reserve(heap_.size());
    for (const Entry& e : heap_) {
      if (keep(e.timer)) kept.push_back(e);
      else drop(e.timer);
    }
    heap_.swap(kept);
    for (size_t i = heap_.size() / 2; i-- > 0;) sift_up(i);
  }
  // Hands every timer to `drop` and empties the heap.
  template <class Drop>
  void clear(Drop drop) {
    Entries all;
    all.swap(heap_);
    for (const Entry& e : all) drop(e.timer);
  }

 private:
  struct Entry {
    double when;  // the timer's deadline, which never changes
    TimerRef timer;
  };
  static bool less(const Entry& a, const Entry& b) { return a.when < b.when; }

  void sift_down(size_t start, size_t pos) { heapq::siftdown(heap_, start, pos, less); }
  void sift_up(size_t pos) { heapq::siftup(heap_, pos, less); }

  // 100k timers are 1.6 MiB: huge pages when that big (slab_memory.h).
  using Entries = std::vector<Entry, small_pool::ArrayAllocator<Entry>>;
  Entries heap_;
};

}  // namespace loopscope
