// asyncio.Condition, following locks.py of CPython 3.11.
#include "loop/condition.h"

namespace loopscope {

Co<bool> Condition::wait() {
  if (!locked()) throw RuntimeError("cannot wait on un-acquired lock");
  release();
  std::exception_ptr error;
  try {
    co_await NotifyAwaiter(this);  // removes its waiter from the list, woken or not
  } catch (...) {
    error = std::current_exception();
  }
  // The outer finally: the lock must be taken back even if the wait was cancelled.
  bool cancelled = false;
  for (;;) {
    try {
      co_await lock_->acquire();
      break;
    } catch (const CancelledError&) {
      cancelled = true;
    }
  }
  if (cancelled) throw CancelledError();  // replaces any error, as a finally's raise does
  if (error) std::rethrow_exception(error);
  co_return true;
}

Co<bool> Condition::wait_for(std::function<bool()> predicate) {
  bool result = predicate();
  while (!result) {
    co_await wait();
    result = predicate();
  }
  co_return result;
}

void Condition::notify(size_t n) {
  if (!locked()) throw RuntimeError("cannot notify on un-acquired lock");
  size_t woken = 0;
  for (PrimitiveWait* fut : waiters_) {
    if (woken >= n) break;
    if (!fut->done()) {
      ++woken;
      fut->set_result(bound_loop());
    }
  }
}

}  // namespace loopscope
