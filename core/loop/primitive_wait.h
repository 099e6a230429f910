// One task's wait in a synchronization primitive's FIFO: the waiter future of
// locks.py and queues.py (`fut = loop.create_future(); self._waiters.append(fut);
// await fut`) without a future. The wait lives in the awaiter, that is in the waiting
// coroutine's frame, so a contended acquire/get/put/wait allocates nothing; the task
// is its own waiter (TaskBase's waiting slot points here) and is woken by a plain
// task step. It behaves as the future would: done(), cancelled(), set_result() wakes
// the task in the next iteration (call_soon of Task.__wakeup), cancelling the task
// cancels the wait and wakes it with CancelledError, and the primitive removes the
// wait from its list itself (the `finally: self._waiters.remove(fut)`).
#pragma once

#include <cassert>
#include <cstdint>
#include <string>

#include "loop/task.h"

namespace loopscope {

class WaiterList;

// What a primitive's awaiter does when its wait wakes the task without an error and
// the wait re-checks (queues.py's `while self.full(): ... await putter`): true if it
// queued its wait again, so that the task goes on waiting instead of resuming.
class WaitRecheck {
 public:
  virtual bool wait_again(TaskBase& task) = 0;

 protected:
  ~WaitRecheck() = default;
};

// 8-aligned: TaskBase tags the pointer to it in its low bits (also on wasm32).
// 24 bytes (16 on wasm32).
class alignas(8) PrimitiveWait {
 public:
  enum class State : uint8_t { Idle, Pending, Woken, Cancelled };

  PrimitiveWait() = default;
  PrimitiveWait(const PrimitiveWait&) = delete;
  PrimitiveWait& operator=(const PrimitiveWait&) = delete;
  // Lets go of the task if still pending (a task abandoned while it waits: its
  // frame, holding this, is being destroyed). The awaiter holding it has taken it
  // out of its list already (the wait does not know the list).
  ~PrimitiveWait() {
    assert(!queued_ && "a wait is destroyed while still in its primitive's list");
    if (state_ == State::Pending) abandon();  // rare: nearly every wait ends woken
  }

  // Never begun: the awaiter holding it did not have to wait.
  bool idle() const { return state_ == State::Idle; }
  bool done() const { return state_ == State::Woken || state_ == State::Cancelled; }
  bool cancelled() const { return state_ == State::Cancelled; }
  // In its primitive's list (a wait is only ever queued in its own primitive's).
  bool queued() const { return queued_; }
  WaitKind kind() const { return kind_; }
  uint32_t object() const { return object_; }
  // The awaiter's re-check hook, if it re-checks (a RecheckingWait); else null.
  inline WaitRecheck* recheck() const;

  // `task` waits on this from now on (holding a reference to it, as the future's
  // done callback Task.__wakeup holds the task): the awaiter calls this once the
  // wait is queued in its list, then TaskBase::wait_on_primitive.
  void begin(TaskBase& task) {
    task.retain();
    task_ = &task;
    state_ = State::Pending;
  }
  // fut.set_result(): the task is woken in the next iteration (no-op when done; the
  // primitives only wake waits that are not done, as locks.py does). `loop` is the
  // task's, which the primitive is bound to: the primitive passes it so that a wake-up
  // does not load the task's object (last touched when it began to wait, a cache
  // miss with many waiters) only to find its loop.
  void set_result(EventLoop& loop) {
    if (state_ != State::Pending) return;
    state_ = State::Woken;
    loop.schedule_woken_step(std::exchange(task_, nullptr), kind_);
  }
  // fut.cancel(msg) on behalf of Task.cancel: false if done; otherwise the task is
  // woken with CancelledError(msg) in the next iteration.
  bool cancel(std::string msg);
  // fut.cancel() by the primitive in its except clause (queues.py's `putter.cancel()
  // # Just in case putter is not done yet`), where the task is running: marks it
  // cancelled if still pending, with nothing to wake.
  void cancel_quietly();

 private:
  friend class WaiterList;
  void abandon();
  void drop_task();

  PrimitiveWait* next_ = nullptr;
  TaskBase* task_ = nullptr;     // while Pending: the waiting task (one reference)
  uint32_t object_ = 0;
  WaitKind kind_ = WaitKind::Future;
  State state_ = State::Idle;
  bool queued_ = false;

 protected:
  bool has_recheck_ = false;  // this is a RecheckingWait
};
// (the next wait and the task, then 8 bytes of small fields)
static_assert(sizeof(PrimitiveWait) <= 2 * sizeof(void*) + 8, "a wait sits in every frame that awaits a primitive");

// The wait of an awaiter that re-checks (WaitRecheck): the hook comes with it, so
// that the waits of the others are 8 bytes smaller.
class RecheckingWait : public PrimitiveWait {
 public:
  void begin(TaskBase& task, WaitRecheck* recheck) {
    has_recheck_ = true;
    recheck_ = recheck;
    PrimitiveWait::begin(task);
  }

 private:
  friend class PrimitiveWait;
  WaitRecheck* recheck_ = nullptr;
};

inline WaitRecheck* PrimitiveWait::recheck() const {
  return has_recheck_ ? static_cast<const RecheckingWait*>(this)->recheck_ : nullptr;
}

// A primitive's FIFO of waits (the `collections.deque` of futures): an intrusive
// singly linked list, so queuing and removing a wait allocate nothing. Removing a wait
// (by identity, as deque.remove) searches from the front, as deque.remove does: the
// waits a primitive wakes are removed in the order they were queued, each from the
// front, and only a cancelled or abandoned wait may be further back. Without a link
// back, a wait is 8 bytes smaller in every coroutine frame that awaits a primitive.
class WaiterList {
 public:
  using Waiter = PrimitiveWait*;

  WaiterList() = default;
  WaiterList(const WaiterList&) = delete;
  WaiterList& operator=(const WaiterList&) = delete;
  // Waits still queued are left unqueued (their tasks stay suspended).
  ~WaiterList();

  // Queues `w` at the back, shown in the trace as `kind` on object `id`.
  void add(PrimitiveWait& w, WaitKind kind, uint32_t id) {
    w.kind_ = kind;
    w.object_ = id;
    w.queued_ = true;
    w.next_ = nullptr;
    if (tail_) tail_->next_ = &w;
    else head_ = &w;
    tail_ = &w;
    if (!not_done_from_) not_done_from_ = &w;
    ++size_;
  }
  // Removes `w` if queued (here: a wait is only queued in its own primitive's list),
  // ValueError-tolerant like `try: remove except ValueError`.
  bool remove(PrimitiveWait* w) {
    if (!w->queued_) return false;
    PrimitiveWait* before = nullptr;
    if (w != head_) {
      before = head_;
      while (before->next_ != w) before = before->next_;
    }
    unlink(*w, before);
    return true;
  }
  // queues.py _wakeup_next: pops waits until one that is not done, and wakes it
  // (`loop`: the primitive's, see PrimitiveWait::set_result).
  void wake_next(EventLoop& loop) {
    while (head_) {
      PrimitiveWait* w = head_;
      unlink(*w, nullptr);
      if (!w->done()) {
        w->set_result(loop);
        return;
      }
    }
  }
  bool empty() const { return size_ == 0; }
  size_t size() const { return size_; }
  // The first wait (front to back) that is not done, or null: the one a semaphore's
  // release wakes (locks.py's `for fut in self._waiters: if not fut.done()`).
  // Woken waits stay queued until their tasks run, so without a starting point each
  // release would walk past those its predecessors woke in the same iteration.
  PrimitiveWait* first_not_done() {
    PrimitiveWait* w = not_done_from_;
    while (w && w->done()) w = w->next_;
    not_done_from_ = w;
    return w;
  }

  // Front-to-back iteration over the waits (PrimitiveWait*); the loop body may wake
  // waits but not remove them.
  class iterator {
   public:
    explicit iterator(PrimitiveWait* w) : w_(w) {}
    PrimitiveWait* operator*() const { return w_; }
    iterator& operator++() {
      w_ = w_->next_;
      return *this;
    }
    bool operator!=(const iterator& o) const { return w_ != o.w_; }

   private:
    PrimitiveWait* w_;
  };
  iterator begin() const { return iterator(head_); }
  iterator end() const { return iterator(nullptr); }

 private:
  friend class PrimitiveWait;
  // Takes `w` out; `before` is the wait in front of it (null: `w` is the first).
  void unlink(PrimitiveWait& w, PrimitiveWait* before) {
    if (before) before->next_ = w.next_;
    else head_ = w.next_;
    if (tail_ == &w) tail_ = before;
    if (not_done_from_ == &w) not_done_from_ = w.next_;
    w.next_ = nullptr;
    w.queued_ = false;
    --size_;
  }

  PrimitiveWait* head_ = nullptr;
  PrimitiveWait* tail_ = nullptr;
  // Every wait queued before this one is done (a wait never becomes pending again
  // while queued); null: every queued wait is done.
  PrimitiveWait* not_done_from_ = nullptr;
  size_t size_ = 0;
};

}  // namespace loopscope
