// asyncio.Lock (locks.py, 3.11): FIFO waiters; a released lock wakes the first
// waiter, which takes it when it runs; a cancelled waiter passes the wake-up on.
// Usage: `co_await lock.acquire(); ...; lock.release();`
#pragma once

#include "loop/sync_base.h"

namespace loopscope {

class Lock : public SyncPrimitive {
 public:
  using SyncPrimitive::SyncPrimitive;

  class AcquireAwaiter;
  AcquireAwaiter acquire();
  // RuntimeError "Lock is not acquired." when not locked.
  void release();
  bool locked() const { return locked_; }
  size_t waiter_count() const { return waiters_.size(); }

 private:
  // Free, and nobody queued except cancelled waiters.
  bool free_now() const;
  // acquire() after its wait: woken normally, or with an error (then re-raised).
  void acquire_woken(PrimitiveWait* fut);
  void acquire_failed(PrimitiveWait* fut, bool cancelled);
  void wake_up_first();

  bool locked_ = false;
  WaiterList waiters_;
};

class Lock::AcquireAwaiter : public PrimitiveAwaiter<AcquireAwaiter, bool, false> {
 public:
  explicit AcquireAwaiter(Lock* lock) : lock_(lock) {}
  ~AcquireAwaiter() {
    if (queued()) lock_->waiters_.remove(own_wait());
  }
  bool can_proceed() { return lock_->free_now(); }
  bool proceed() { return lock_->locked_ = true; }
  void add_waiter(PrimitiveWait& w) {
    lock_->get_loop();
    lock_->waiters_.add(w, WaitKind::Lock, lock_->id());
  }
  bool woken(PrimitiveWait* fut) {
    lock_->acquire_woken(fut);
    return true;
  }
  void failed(PrimitiveWait* fut, bool cancelled) { lock_->acquire_failed(fut, cancelled); }

 private:
  Lock* lock_;
};

inline Lock::AcquireAwaiter Lock::acquire() { return AcquireAwaiter(this); }

}  // namespace loopscope
