// asyncio.Lock, following locks.py of CPython 3.11 line by line.
#include "loop/lock.h"

namespace loopscope {

bool Lock::free_now() const {
  if (locked_) return false;
  for (PrimitiveWait* w : waiters_)
    if (!w->cancelled()) return false;
  return true;
}

// The rest of locks.py's acquire() after `await fut`:
//     try:
//         try: await fut
//         finally: self._waiters.remove(fut)
//     except exceptions.CancelledError:
//         if not self._locked: self._wake_up_first()
//         raise
//     self._locked = True
void Lock::acquire_woken(PrimitiveWait* fut) {
  waiters_.remove(fut);
  locked_ = true;
}

void Lock::acquire_failed(PrimitiveWait* fut, bool cancelled) {
  waiters_.remove(fut);
  if (cancelled && !locked_) wake_up_first();
}

void Lock::release() {
  if (!locked_) throw RuntimeError("Lock is not acquired.");
  locked_ = false;
  wake_up_first();
}

void Lock::wake_up_first() {
  if (waiters_.empty()) return;
  PrimitiveWait* fut = *waiters_.begin();
  if (!fut->done()) fut->set_result(bound_loop());
}

}  // namespace loopscope
