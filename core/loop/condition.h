// asyncio.Condition (locks.py, 3.11): waiters release the lock while they wait and
// take it back before wait() returns, even when cancelled. The lock is its own or
// one passed in (shared with other conditions).
#pragma once

#include <functional>
#include <memory>

#include "loop/lock.h"

namespace loopscope {

class Condition : public SyncPrimitive {
 public:
  Condition() : own_(std::make_unique<Lock>()), lock_(own_.get()) {}
  explicit Condition(Lock& lock) : lock_(&lock) {}

  auto acquire() { return lock_->acquire(); }
  void release() { lock_->release(); }
  bool locked() const { return lock_->locked(); }
  Lock& lock() { return *lock_; }

  // RuntimeError "cannot wait on un-acquired lock" without the lock.
  Co<bool> wait();
  // Waits until predicate() is true; returns its last value.
  Co<bool> wait_for(std::function<bool()> predicate);
  // RuntimeError "cannot notify on un-acquired lock" without the lock.
  void notify(size_t n = 1);
  void notify_all() { notify(waiters_.size()); }

 private:
  // locks.py's `fut = self._get_loop().create_future(); self._waiters.append(fut);
  // try: await fut; finally: self._waiters.remove(fut)`: waits for a notify.
  class NotifyAwaiter : public PrimitiveAwaiter<NotifyAwaiter, void, false> {
   public:
    explicit NotifyAwaiter(Condition* cond) : cond_(cond) {}
    ~NotifyAwaiter() {
      if (queued()) cond_->waiters_.remove(own_wait());
    }
    bool can_proceed() { return false; }
    void proceed() {}
    void add_waiter(PrimitiveWait& w) {
      cond_->get_loop();
      cond_->waiters_.add(w, WaitKind::Condition, cond_->id());
    }
    void woken(PrimitiveWait* fut) { cond_->waiters_.remove(fut); }
    void failed(PrimitiveWait* fut, bool) { cond_->waiters_.remove(fut); }

   private:
    Condition* cond_;
  };

  std::unique_ptr<Lock> own_;
  Lock* lock_;
  WaiterList waiters_;
};

}  // namespace loopscope
