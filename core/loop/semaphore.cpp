// asyncio.Semaphore and BoundedSemaphore, following locks.py of CPython 3.11.7.
#include "loop/semaphore.h"

namespace loopscope {

static long checked_initial_value(long value) {
  if (value < 0) throw ValueError("Semaphore initial value must be >= 0");
  return value;
}

Semaphore::Semaphore(long value) : value_(checked_initial_value(value)) {}
Semaphore::Semaphore(EventLoop& loop, long value) : SyncPrimitive(loop), value_(checked_initial_value(value)) {}

bool Semaphore::locked() const {
  if (value_ == 0) return true;
  for (const auto& w : waiters_)
    if (!w->cancelled()) return true;
  return false;
}

Co<bool> Semaphore::acquire_slow() {
  WaiterList::Waiter fut = waiters_.add(get_loop(), WaitKind::Semaphore, id());
  try {
    try {
      co_await Future<void>(fut);
    } catch (...) {
      waiters_.remove(fut);  // finally
      throw;
    }
    waiters_.remove(fut);
  } catch (const CancelledError&) {
    // Woken (given a unit) and cancelled before running: give the unit on.
    if (!fut->cancelled()) {
      ++value_;
      wake_up_next();
    }
    throw;
  }
  if (value_ > 0) wake_up_next();
  co_return true;
}

void Semaphore::release() {
  ++value_;
  wake_up_next();
}

void Semaphore::wake_up_next() {
  for (const auto& fut : waiters_) {
    if (!fut->done()) {
      --value_;
      fut->set_result();
      return;
    }
  }
}

void BoundedSemaphore::release() {
  if (value() >= bound_) throw ValueError("BoundedSemaphore released too many times");
  Semaphore::release();
}

}  // namespace loopscope
