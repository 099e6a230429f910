// asyncio.Event, following locks.py of CPython 3.11.
#include "loop/sync_event.h"

namespace loopscope {

Co<bool> Event::wait_slow() {
  WaiterList::Waiter fut = waiters_.add(get_loop(), kind_, object_);
  try {
    co_await Future<void>(fut);
  } catch (...) {
    waiters_.remove(fut);  // finally
    throw;
  }
  waiters_.remove(fut);
  co_return true;
}

void Event::set() {
  if (value_) return;
  value_ = true;
  for (const auto& fut : waiters_)
    if (!fut->done()) fut->set_result();
}

}  // namespace loopscope
