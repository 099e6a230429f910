// What every asyncio synchronization primitive shares: the loop it binds to on first
// use (CPython's mixins._LoopBoundMixin), a small id for the trace ("queue#3"), and
// the awaiter of a wait in a FIFO of waits (primitive_wait.h).
#pragma once

#include <cstdint>
#include <type_traits>

#include "loop/primitive_wait.h"
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
  // The loop bound by get_loop(): every task waiting in the primitive runs on it (for
  // PrimitiveWait::set_result; only call with a wait queued).
  EventLoop& bound_loop() const { return *loop_; }

 private:
  static uint32_t& next_id() {
    static thread_local uint32_t n = 0;
    return n;
  }
  EventLoop* loop_ = nullptr;
  uint32_t id_;
};

// Awaiting a primitive that may make the task wait: the `async def`s of locks.py and
// queues.py (acquire, wait, get, put) as one awaiter, so that a wait costs no
// coroutine frame and no future: the awaiter holds the wait (PrimitiveWait) that the
// primitive queues. When the primitive lets the task proceed at once (a free lock, a
// non-empty queue) the task does not suspend, as CPython's coroutine returns without
// yielding; the choice is made when awaited. `Wait` (the derived awaiter) provides:
//   bool can_proceed()     no wait needed now
//   T proceed()            the rest, when no wait was needed
//   void add_waiter(PrimitiveWait&)   queues the wait in the primitive's WaiterList
//   T woken(PrimitiveWait*)   the rest, after the wait woke the task
//   void failed(PrimitiveWait*, bool cancelled)   the except/finally clauses when the
//                          task was woken with an error (`cancelled`: a
//                          CancelledError), which then propagates
//   ~Wait()                takes the wait out of the primitive's list if queued()
//                          (the task was abandoned while waiting): the wait does
//                          not know its list
// With kRecheck the wait is a loop (`while self.full(): ... await putter`): a task
// woken without an error re-checks can_proceed() in its step before its body runs,
// and waits again (the same PrimitiveWait, queued anew) if it still cannot proceed.
// Only re-checking awaiters need the WaitRecheck hook (and its vtable pointer): the
// others stay 16 bytes smaller in the coroutine frames that hold them.
template <class Awaiter>
class RecheckHook : public WaitRecheck {
 public:
  bool wait_again(TaskBase& task) override { return static_cast<Awaiter&>(*this).recheck_wait(task); }
};
struct NoRecheckHook {};

template <class Wait, class T, bool kRecheck>
class PrimitiveAwaiter : public std::conditional_t<kRecheck, RecheckHook<PrimitiveAwaiter<Wait, T, kRecheck>>, NoRecheckHook> {
 public:
  PrimitiveAwaiter() = default;
  PrimitiveAwaiter(const PrimitiveAwaiter&) = delete;
  PrimitiveAwaiter& operator=(const PrimitiveAwaiter&) = delete;

  bool await_ready() { return self().can_proceed(); }
  bool await_suspend(coro::coroutine_handle<> h) {
    CoroTaskBase& task = CoroTaskBase::current();
    queue_wait(task);
    task.suspend(h, nullptr);
    task.wait_on_primitive(&wait_);
    return true;
  }
  T await_resume() {
    if (wait_.idle()) return self().proceed();  // never waited: await_ready said so
    try {
      CoroTaskBase::raise_pending();
    } catch (...) {
      self().failed(&wait_, is_cancelled_error(std::current_exception()));
      throw;
    }
    return self().woken(&wait_);
  }

  // For the derived awaiter's destructor (see above); the wait does not know its
  // list, which keeps it 8 bytes smaller.
  bool queued() const { return wait_.queued(); }
  PrimitiveWait* own_wait() { return &wait_; }

  // The re-check (RecheckHook::wait_again).
  bool recheck_wait(TaskBase& task) {
    if (self().can_proceed()) return false;
    queue_wait(task);
    task.wait_on_primitive(&wait_);
    return true;
  }

 private:
  Wait& self() { return static_cast<Wait&>(*this); }
  void queue_wait(TaskBase& task) {
    self().add_waiter(wait_);  // may throw (a primitive bound to another loop): nothing queued
    if constexpr (kRecheck) wait_.begin(task, this);
    else wait_.begin(task);
  }

  std::conditional_t<kRecheck, RecheckingWait, PrimitiveWait> wait_;
};

}  // namespace loopscope
