// The loop's ready queue: a FIFO ring buffer of scheduled work. An item is a plain
// callback Handle, a task step, or a task wake-up by a finished future; the task
// kinds need no allocation, which keeps a task switch cheap.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace loopscope {

class Handle;
class TaskBase;
class FutureBase;

struct ReadyItem {
  enum class Kind : uint8_t { Callback, Step, Wakeup };
  Kind kind;
  union {
    Handle* handle;  // Callback: owns one reference
    TaskBase* task;  // Step, Wakeup: owns one reference
  };
  FutureBase* fut;  // Wakeup: the finished future, owns one reference; else null

  static ReadyItem callback(Handle* h) { return make(Kind::Callback, h, nullptr, nullptr); }
  static ReadyItem step(TaskBase* t) { return make(Kind::Step, nullptr, t, nullptr); }
  static ReadyItem wakeup(TaskBase* t, FutureBase* f) { return make(Kind::Wakeup, nullptr, t, f); }

 private:
  static ReadyItem make(Kind kind, Handle* h, TaskBase* t, FutureBase* f) {
    ReadyItem item;
    item.kind = kind;
    if (h) item.handle = h;
    else item.task = t;
    item.fut = f;
    return item;
  }
};

class ReadyQueue {
 public:
  ReadyQueue() : buf_(64) {}
  bool empty() const { return count_ == 0; }
  size_t size() const { return count_; }

  void push(const ReadyItem& item) {
    if (count_ == buf_.size()) grow();
    buf_[(head_ + count_) & (buf_.size() - 1)] = item;
    ++count_;
  }
  ReadyItem pop() {
    ReadyItem item = buf_[head_];
    head_ = (head_ + 1) & (buf_.size() - 1);
    --count_;
    return item;
  }
  // Visits every queued item (front to back) without removing it.
  template <class F>
  void for_each(F f) const {
    for (size_t i = 0; i < count_; ++i) f(buf_[(head_ + i) & (buf_.size() - 1)]);
  }

 private:
  void grow() {
    std::vector<ReadyItem> bigger(buf_.size() * 2);
    for (size_t i = 0; i < count_; ++i) bigger[i] = buf_[(head_ + i) & (buf_.size() - 1)];
    buf_.swap(bigger);
    head_ = 0;
  }

  std::vector<ReadyItem> buf_;  // size is a power of two
  size_t head_ = 0;
  size_t count_ = 0;
};

}  // namespace loopscope
