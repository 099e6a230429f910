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

  class AcquireAwaiter;
  AcquireAwaiter acquire();
  virtual void release();
  // No unit free, or somebody (not cancelled) queued for one.
  bool locked() const;
  long value() const { return value_; }

 private:
  // acquire() after its wait: woken normally, or with an error (then re-raised).
  void acquire_woken(PrimitiveWait* fut);
  void acquire_failed(PrimitiveWait* fut, bool cancelled);
  void wake_up_next();

  long value_;
  WaiterList waiters_;
};

class Semaphore::AcquireAwaiter : public PrimitiveAwaiter<AcquireAwaiter, bool, false> {
 public:
  explicit AcquireAwaiter(Semaphore* sem) : sem_(sem) {}
  ~AcquireAwaiter() {
    if (queued()) sem_->waiters_.remove(own_wait());
  }
  bool can_proceed() { return !sem_->locked(); }
  bool proceed() {
    --sem_->value_;
    return true;
  }
  void add_waiter(PrimitiveWait& w) {
    sem_->get_loop();
    sem_->waiters_.add(w, WaitKind::Semaphore, sem_->id());
  }
  bool woken(PrimitiveWait* fut) {
    sem_->acquire_woken(fut);
    return true;
  }
  void failed(PrimitiveWait* fut, bool cancelled) { sem_->acquire_failed(fut, cancelled); }

 private:
  Semaphore* sem_;
};

inline Semaphore::AcquireAwaiter Semaphore::acquire() { return AcquireAwaiter(this); }

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
