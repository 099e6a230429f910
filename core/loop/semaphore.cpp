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
  for (PrimitiveWait* w : waiters_)
    if (!w->cancelled()) return true;
  return false;
}

// The rest of locks.py's acquire() after `await fut`:
//     try:
//         try: await fut
//         finally: self._waiters.remove(fut)
//     except exceptions.CancelledError:
//         if not fut.cancelled(): self._value += 1; self._wake_up_next()
//         raise
//     if self._value > 0: self._wake_up_next()
void Semaphore::acquire_woken(PrimitiveWait* fut) {
  waiters_.remove(fut);
  if (value_ > 0) wake_up_next();
}

void Semaphore::acquire_failed(PrimitiveWait* fut, bool cancelled) {
  waiters_.remove(fut);
  // Woken (given a unit) and cancelled before running: give the unit on.
  if (cancelled && !fut->cancelled()) {
    ++value_;
    wake_up_next();
  }
}

void Semaphore::release() {
  ++value_;
  wake_up_next();
}

void Semaphore::wake_up_next() {
  if (PrimitiveWait* fut = waiters_.first_not_done()) {
    --value_;
    fut->set_result(bound_loop());
  }
}

void BoundedSemaphore::release() {
  if (value() >= bound_) throw ValueError("BoundedSemaphore released too many times");
  Semaphore::release();
}

}  // namespace loopscope
