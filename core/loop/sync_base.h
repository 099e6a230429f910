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

// A deque of waiter futures. Futures are removed by identity, as deque.remove does.
class WaiterList {
 public:
  using Waiter = Ref<FutureState<void>>;

  // Creates a waiter for what the trace will show as `kind` on object `id`.
  Waiter add(EventLoop& loop, WaitKind kind, uint32_t id) {
    Waiter w = make_ref<FutureState<void>>(loop);
    w->set_wait(kind, id);
    waiters_.push_back(w);
    return w;
  }
  // Removes `w` if present (ValueError-tolerant like `try: remove except ValueError`).
  bool remove(const Waiter& w) {
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

// An awaitable that completes at once when the owner's fast path applies and
// otherwise runs its slow path, a coroutine mirroring CPython's `async def`. The
// uncontended case (a get from a non-empty queue, acquiring a free lock) so allocates
// nothing and does not suspend, exactly as CPython's coroutine returns without
// yielding. The choice is made when awaited, not when created.
template <class Owner, class T, bool (Owner::*CanFast)() const, T (Owner::*Fast)(), Co<T> (Owner::*Slow)()>
class FastPathAwaiter {
 public:
  explicit FastPathAwaiter(Owner* self) : self_(self) {}

  bool await_ready() {
    fast_ = (self_->*CanFast)();
    return fast_;
  }
  bool await_suspend(coro::coroutine_handle<> h) {
    slow_ = (self_->*Slow)();
    return typename Co<T>::Awaiter{slow_.handle()}.await_suspend(h);
  }
  T await_resume() {
    if (fast_) return (self_->*Fast)();
    return typename Co<T>::Awaiter{slow_.handle()}.await_resume();
  }

 private:
  Owner* self_;
  bool fast_ = false;
  Co<T> slow_;
};

}  // namespace loopscope
