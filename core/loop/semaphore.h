// asyncio.Semaphore and BoundedSemaphore (locks.py, 3.11.7, with the fairness fix:
// a release hands the unit to the first waiter, so a newcomer cannot overtake it).
// Usage: `co_await sem.acquire(); ...; sem.release();`
#pragma once

#include "loop/sync_base.h"

namespace loopscope {

class Semaphore : public SyncPrimitive {
 public:
  // ValueError "Semaphore initial value must be >= 0" for a negative value.
  explicit Semaphore(long value = 1);
  Semaphore(EventLoop& loop, long value);
  virtual ~Semaphore() = default;

  auto acquire() {
    return FastPathAwaiter<Semaphore, bool, &Semaphore::free_now, &Semaphore::take, &Semaphore::acquire_slow>(this);
  }
  virtual void release();
  // No unit free, or somebody (not cancelled) queued for one.
  bool locked() const;
  long value() const { return value_; }

 private:
  bool free_now() const { return !locked(); }
  bool take() {
    --value_;
    return true;
  }
  Co<bool> acquire_slow();
  void wake_up_next();

  long value_;
  WaiterList waiters_;
};

class BoundedSemaphore : public Semaphore {
 public:
  explicit BoundedSemaphore(long value = 1) : Semaphore(value), bound_(value) {}
  BoundedSemaphore(EventLoop& loop, long value) : Semaphore(loop, value), bound_(value) {}
  // ValueError "BoundedSemaphore released too many times" above the initial value.
  void release() override;

 private:
  long bound_;
};

}  // namespace loopscope
