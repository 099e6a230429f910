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
  static constexpr TimerRef none() { return TimerRef(0); }
  bool is_own_timer() const { return bits_ & kOwnTimerTag; }
  Handle* handle() const { return reinterpret_cast<Handle*>(bits_); }
  TaskBase* task() const { return reinterpret_cast<TaskBase*>(bits_ & ~kOwnTimerTag); }
  const void* object() const { return reinterpret_cast<const void*>(bits_ & ~kOwnTimerTag); }

 private:
  static constexpr uintptr_t kOwnTimerTag = 1;  // handles and tasks are 8-aligned
  explicit constexpr TimerRef(uintptr_t bits) : bits_(bits) {}
  uintptr_t bits_;
};

// Entries are 16 bytes; the heap does not look inside them, the loop does (and
// releases them: clear).
class TimerHeap {
 public:
  bool empty() const { return size() == 0; }
  size_t size() const { return buf_.empty() ? 0 : buf_.size() - 1; }
  TimerRef top() const { return buf_[1].timer; }
  // The earliest deadline (without loading the handle).
  double top_when() const { return buf_[1].when; }

  // Asks the cache for the earliest timers' handles or tasks: the top and the two
  // entries one of which becomes the top after it.
  void prefetch_earliest() const {
    for (size_t i = 1; i < 4 && i < buf_.size(); ++i) __builtin_prefetch(buf_[i].timer.object());
  }
  // Takes over one reference to `t`, due at `when`.
  void push(TimerRef t, double when) {
    if (buf_.empty()) buf_.push_back(kUnused);
    buf_.push_back({when, t});
    Slots heap = slots();
    heapq::siftdown(heap, 0, heap.size() - 1, less);
  }
  // Returns the earliest timer; the caller owns the heap's reference.
  TimerRef pop() {
    Entry last = buf_.back();
    buf_.pop_back();
    if (empty()) return last.timer;
    TimerRef result = buf_[1].timer;
    buf_[1] = last;
    Slots heap = slots();
    heapq::siftup(heap, 0, less);
    return result;
  }
  // Keeps only the timers for which `keep` is true (handing the others to `drop`),
  // then restores the heap like heapq.heapify.
  template <class Keep, class Drop>
  void filter(Keep keep, Drop drop) {
    if (empty()) return;
    Entries kept;
    kept.reserve(buf_.size());
    kept.push_back(kUnused);
    for (size_t i = 1; i < buf_.size(); ++i) {
      if (keep(buf_[i].timer)) kept.push_back(buf_[i]);
      else drop(buf_[i].timer);
    }
    buf_.swap(kept);
    Slots heap = slots();
    for (size_t i = heap.size() / 2; i-- > 0;) heapq::siftup(heap, i, less);
  }
  // Hands every timer to `drop` and empties the heap.
  template <class Drop>
  void clear(Drop drop) {
    Entries all;
    all.swap(buf_);
    for (size_t i = 1; i < all.size(); ++i) drop(all[i].timer);
  }

 private:
  struct Entry {
    double when;  // the timer's deadline, which never changes
    TimerRef timer;
  };
  static bool less(const Entry& a, const Entry& b) { return a.when < b.when; }

  // The heap as heapq sees it: entry i is buf_[i + 1]. The buffer is 64-aligned, so
  // entry i starts at byte 16 * (i + 1): a node's two children share half a cache
  // line, its four grandchildren one line, the eight entries three levels down two
  // lines. 100k timers miss the cache in the lower levels; popping one descends 17
  // levels, each waiting for the comparison of the one before, so prefetch_below
  // asks for the lines three levels down while this level is compared (timers
  // benchmark 32.6 -> 26.7 ms with the branchless choice of child; four levels
  // down measured the same, five slower).
  struct Slots {
    Entry* at;
    size_t n;
    Entry& operator[](size_t i) const { return at[i]; }
    size_t size() const { return n; }
    void prefetch_below(size_t pos) const {
      constexpr size_t kDepth = 3, kSpan = size_t(1) << kDepth;  // 8 entries, 2 lines
      size_t first = kSpan * pos + kSpan - 1;
      if (first >= n) return;
      const char* line = reinterpret_cast<const char*>(at + first);
      for (size_t b = 0; b < kSpan * sizeof(Entry); b += 64) __builtin_prefetch(line + b);
    }
  };
  Slots slots() { return {buf_.data() + 1, buf_.size() - 1}; }
  static constexpr Entry kUnused{0.0, TimerRef::none()};

  // 100k timers are 1.6 MiB: huge pages when that big (slab_memory.h).
  using Entries = std::vector<Entry, small_pool::ArrayAllocator<Entry>>;
  Entries buf_;  // slot 0 unused (see Slots); empty until the first push
};

}  // namespace loopscope
