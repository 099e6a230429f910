// asyncio.Lock (locks.py, 3.11): FIFO waiters; a released lock wakes the first
// waiter, which takes it when it runs; a cancelled waiter passes the wake-up on.
// Usage: `co_await lock.acquire(); ...; lock.release();`
#pragma once

#include "loop/sync_base.h"

namespace loopscope {

class Lock : public SyncPrimitive {
 public:
  using SyncPrimitive::SyncPrimitive;

  auto acquire() { return FastPathAwaiter<Lock, bool, &Lock::free_now, &Lock::take, &Lock::acquire_slow>(this); }
  // RuntimeError "Lock is not acquired." when not locked.
  void release();
  bool locked() const { return locked_; }
  size_t waiter_count() const { return waiters_.size(); }

 private:
  // Free, and nobody queued except cancelled waiters.
  bool free_now() const;
  bool take() { return locked_ = true; }
  Co<bool> acquire_slow();
  void wake_up_first();

  bool locked_ = false;
  WaiterList waiters_;
};

}  // namespace loopscope
