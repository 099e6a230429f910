// asyncio.Lock, following locks.py of CPython 3.11 line by line.
#include "loop/lock.h"

namespace loopscope {

bool Lock::free_now() const {
  if (locked_) return false;
  for (const auto& w : waiters_)
    if (!w->cancelled()) return false;
  return true;
}

Co<bool> Lock::acquire_slow() {
  WaiterList::Waiter fut = waiters_.add(get_loop(), WaitKind::Lock, id());
  try {
    try {
      co_await Future<void>(fut);
    } catch (...) {
      waiters_.remove(fut);  // finally
      throw;
    }
    waiters_.remove(fut);
  } catch (const CancelledError&) {
    if (!locked_) wake_up_first();
    throw;
  }
  locked_ = true;
  co_return true;
}

void Lock::release() {
  if (!locked_) throw RuntimeError("Lock is not acquired.");
  locked_ = false;
  wake_up_first();
}

void Lock::wake_up_first() {
  if (waiters_.empty()) return;
  const WaiterList::Waiter& fut = *waiters_.begin();
  if (!fut->done()) fut->set_result();
}

}  // namespace loopscope
