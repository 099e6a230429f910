// The loop's ready queue: a FIFO ring buffer of scheduled work. An item is a plain
// callback Handle, a task step, a task wake-up by a finished future, a task's own
// sleep timer that came due, or a follower (gather) notified of a finished future;
// all but the first need no allocation, which keeps a task switch cheap. An item is two words (the
// kind rides in the low bits of the pointer), and the buffer shrinks again after a
// burst, so tasks that wait elsewhere do not pay for ready slots they no longer use.
#pragma once

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <cstring>
#include <cstdint>
#include <type_traits>

#include "loop/slab_memory.h"

namespace loopscope {

class Handle;
class TaskBase;
class FutureBase;

struct ReadyItem {
  // OwnTimer: a task's own sleep timer fired (TaskBase::start_own_timer).
  // Notify: `fut` finished, tell its follower (FutureBase::add_follower).
  enum class Kind : uintptr_t { Callback = 0, Step = 1, Wakeup = 2, OwnTimer = 3, Notify = 4 };

  static ReadyItem callback(Handle* h) { return {tagged(h, Kind::Callback), nullptr}; }
  static ReadyItem step(TaskBase* t) { return {tagged(t, Kind::Step), nullptr}; }
  static ReadyItem own_timer(TaskBase* t) { return {tagged(t, Kind::OwnTimer), nullptr}; }
  static ReadyItem wakeup(TaskBase* t, FutureBase* f) { return {tagged(t, Kind::Wakeup), f}; }
  static ReadyItem notify(FutureBase* follower, FutureBase* f) { return {tagged(follower, Kind::Notify), f}; }

  Kind kind() const { return Kind(bits & kKindMask); }
  Handle* handle() const { return reinterpret_cast<Handle*>(bits & ~kKindMask); }  // Callback: owns one reference
  TaskBase* task() const { return reinterpret_cast<TaskBase*>(bits & ~kKindMask); }  // Step, Wakeup, OwnTimer: owns one reference
  FutureBase* follower() const { return reinterpret_cast<FutureBase*>(bits & ~kKindMask); }  // Notify: owns one reference

  // Handles, tasks and futures are at least 8-aligned: the small-object pool hands
  // out 16-aligned blocks, operator new 8- or 16-aligned ones.
  static constexpr uintptr_t kKindMask = 7;
  static uintptr_t tagged(const void* p, Kind kind) {
    assert((reinterpret_cast<uintptr_t>(p) & kKindMask) == 0 && "ready item pointers must be 8-aligned");
    return reinterpret_cast<uintptr_t>(p) | uintptr_t(kind);
  }
  uintptr_t bits;
  FutureBase* fut;  // Wakeup: the finished future, owns one reference; else null
};

// The queue keeps items in raw memory (see ReadyQueue::take).
static_assert(std::is_trivially_copyable_v<ReadyItem> && std::is_trivially_default_constructible_v<ReadyItem>);

class ReadyQueue {
 public:
  ReadyQueue() : buf_(take(kMinSlots)), mask_(kMinSlots - 1) {}
  ~ReadyQueue() { small_pool::give_back_array(buf_, capacity() * sizeof(ReadyItem)); }
  ReadyQueue(const ReadyQueue&) = delete;
  ReadyQueue& operator=(const ReadyQueue&) = delete;
  bool empty() const { return count_ == 0; }
  size_t size() const { return count_; }
  size_t capacity() const { return mask_ + 1; }

  void push(const ReadyItem& item) {
    if (count_ > mask_) resize(capacity() * 2);
    buf_[(head_ + count_) & mask_] = item;
    ++count_;
  }
  ReadyItem pop() {
    ReadyItem item = buf_[head_];
    head_ = (head_ + 1) & mask_;
    --count_;
    return item;
  }
  // After a burst: once at most an eighth of the slots is used, halve the buffer
  // until a quarter is (never below kMinSlots). The gap between growing (full) and
  // shrinking (1/8) keeps a steady workload from resizing back and forth.
  void shrink_if_sparse() {
    if (capacity() <= kMinSlots || count_ * 8 > capacity()) return;
    size_t slots = capacity();
    while (slots > kMinSlots && count_ * 4 <= slots / 2) slots /= 2;
    resize(slots);
  }
  // Visits every queued item (front to back) without removing it.
  template <class F>
  void for_each(F f) const {
    for (size_t i = 0; i < count_; ++i) f(buf_[(head_ + i) & mask_]);
  }

 private:
  static constexpr size_t kMinSlots = 64;

  // Slots are written before they are read, so a new buffer is not zeroed first (a
  // std::vector's would be: the doublings up to 100k tasks wrote 4 MiB of zeros).
  // A queue of 100k tasks is 2 MiB: huge pages when that big (slab_memory.h).
  static ReadyItem* take(size_t slots) {
    return static_cast<ReadyItem*>(small_pool::take_array(slots * sizeof(ReadyItem)));
  }
  void resize(size_t slots) {
    ReadyItem* other = take(slots);
    // The items in order: from head_ to the end of the buffer, then what wrapped
    // around to its start (two block copies: a burst of 10k tasks grows the queue
    // eight times, copied item by item that was 1% of a semaphore workload).
    size_t first = std::min(count_, capacity() - head_);
    std::memcpy(other, buf_ + head_, first * sizeof(ReadyItem));
    std::memcpy(other + first, buf_, (count_ - first) * sizeof(ReadyItem));
    small_pool::give_back_array(buf_, capacity() * sizeof(ReadyItem));
    buf_ = other;
    mask_ = slots - 1;
    head_ = 0;
  }

  ReadyItem* buf_;  // capacity() slots, a power of two
  size_t mask_;     // capacity() - 1
  size_t head_ = 0;
  size_t count_ = 0;
};

}  // namespace loopscope
