// What every asyncio synchronization primitive shares: the loop it binds to on first
// use (CPython's mixins._LoopBoundMixin), a small id for the trace ("queue#3"), and a
// FIFO of waiter futures (the `collections.deque` of futures in locks.py/queues.py).
#pragma once

#include <algorithm>
#include <cstdint>
#include <deque>

#include "loop/task.h"

namespace loopscope {

class SyncPrimitive {
 public:
  SyncPrimitive() : id_(++next_id()) {}
  explicit SyncPrimitive(EventLoop& loop) : SyncPrimitive() { loop_ = &loop; }
  SyncPrimitive(const SyncPrimitive&) = delete;
  SyncPrimitive& operator=(const SyncPrimitive&) = delete;

  // The id the trace shows with the wait kind (WaitKind::Lock with id 3: "lock#3").
  uint32_t id() const { return id_; }

 protected:
  // _LoopBoundMixin._get_loop: binds to the running loop the first time it is needed.
  EventLoop& get_loop() {
    EventLoop& running = EventLoop::running();
    if (!loop_) loop_ = &running;
    if (loop_ != &running) throw RuntimeError("primitive is bound to a different event loop");
    return running;
  }

 private:
  static uint32_t& next_id() {
    static thread_local uint32_t n = 0;
    return n;
  }
  EventLoop* loop_ = nullptr;
  uint32_t id_;
};

// What a primitive's awaiter does when its waiter wakes the task without an error
// and the waiter re-checks (WaiterFuture): true if it queued a new waiter that the
// task now waits on.
class WaitRecheck {
 public:
  virtual bool wait_again(TaskBase& task) = 0;

 protected:
  ~WaitRecheck() = default;
};

// A primitive's waiter future (the `fut = loop.create_future()` of locks.py and
// queues.py), which can hand its task's wake-up to a WaitRecheck first.
class WaiterFuture : public FutureState<void> {
 public:
  using FutureState<void>::FutureState;
  void set_recheck(WaitRecheck* recheck) {
    recheck_ = recheck;
    rechecks_ = recheck != nullptr;
  }
  bool wait_again(TaskBase& task) override { return recheck_ && recheck_->wait_again(task); }

 private:
  WaitRecheck* recheck_ = nullptr;
};

// A deque of waiter futures. Futures are removed by identity, as deque.remove does.
class WaiterList {
 public:
  using Waiter = Ref<WaiterFuture>;

  // Creates a waiter for what the trace will show as `kind` on object `id`.
  Waiter add(EventLoop& loop, WaitKind kind, uint32_t id) {
    Waiter w = make_ref<WaiterFuture>(loop);
    w->set_wait(kind, id);
    waiters_.push_back(w);
    return w;
  }
  // Removes `w` if present (ValueError-tolerant like `try: remove except ValueError`).
  bool remove(const Waiter& w) {
    // A woken waiter removes itself from the front, nearly always: no search, and
    // pop_front instead of deque::erase's general shuffle.
    if (!waiters_.empty() && waiters_.front() == w) {
      waiters_.pop_front();
      return true;
    }
    auto it = std::find(waiters_.begin(), waiters_.end(), w);
    if (it == waiters_.end()) return false;
    waiters_.erase(it);
    return true;
  }
  // queues.py _wakeup_next: pops waiters until one that is not done, and wakes it.
  void wake_next() {
    while (!waiters_.empty()) {
      Waiter w = std::move(waiters_.front());
      waiters_.pop_front();
      if (!w->done()) {
        w->set_result();
        return;
      }
    }
  }
  bool empty() const { return waiters_.empty(); }
  size_t size() const { return waiters_.size(); }
  auto begin() { return waiters_.begin(); }
  auto end() { return waiters_.end(); }
  auto begin() const { return waiters_.begin(); }
  auto end() const { return waiters_.end(); }

 private:
  std::deque<Waiter> waiters_;
};

// Awaiting a primitive that may make the task wait: the `async def`s of locks.py and
// queues.py (acquire, wait, get, put) as one awaiter, so that a wait costs a waiter
// future and no coroutine frame. When the primitive lets the task proceed at once
// (a free lock, a non-empty queue) nothing is allocated and the task does not
// suspend, as CPython's coroutine returns without yielding; the choice is made when
// awaited. `Wait` (the derived awaiter) provides:
//   bool can_proceed()     no wait needed now
//   T proceed()            the rest, when no wait was needed
//   WaiterList::Waiter add_waiter()   queues a waiter future
//   T woken(const WaiterList::Waiter&)   the rest, after the waiter woke the task
//   void failed(const WaiterList::Waiter&, bool cancelled)   the except/finally
//                          clauses when the task was woken with an error (`cancelled`:
//                          a CancelledError), which then propagates
// With kRecheck the wait is a loop (`while self.full(): ... await putter`): a task
// woken without an error re-checks can_proceed() in its step before its body runs,
// and waits on a new waiter if it still cannot proceed (WaiterFuture).
template <class Wait, class T, bool kRecheck>
class PrimitiveAwaiter : public WaitRecheck {
 public:
  PrimitiveAwaiter() = default;
  PrimitiveAwaiter(const PrimitiveAwaiter&) = delete;
  PrimitiveAwaiter& operator=(const PrimitiveAwaiter&) = delete;
  ~PrimitiveAwaiter() {
    if (kRecheck && waiter_) waiter_->set_recheck(nullptr);
  }

  bool await_ready() { return fast_ = self().can_proceed(); }
  bool await_suspend(coro::coroutine_handle<> h) {
    CoroTaskBase& task = CoroTaskBase::current();
    queue_waiter();
    task.suspend(h, waiter_.get());
    return true;
  }
  T await_resume() {
    if (fast_) return self().proceed();
    try {
      CoroTaskBase::raise_pending();
    } catch (...) {
      self().failed(waiter_, is_cancelled_error(std::current_exception()));
      throw;
    }
    return self().woken(waiter_);
  }

  bool wait_again(TaskBase& task) override {
    if (self().can_proceed()) return false;
    waiter_->set_recheck(nullptr);
    queue_waiter();
    task.set_yielded(waiter_.get());
    return true;
  }

 private:
  Wait& self() { return static_cast<Wait&>(*this); }
  void queue_waiter() {
    waiter_ = self().add_waiter();
    if (kRecheck) waiter_->set_recheck(this);
  }

  bool fast_ = false;
  WaiterList::Waiter waiter_;
};

}  // namespace loopscope
