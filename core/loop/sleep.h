// asyncio.sleep. sleep(0) is a bare yield: the task gives up the CPU for one loop
// iteration. sleep(d > 0) in CPython awaits a future that a call_later timer
// completes; here the task waits on the timer itself (TaskBase::set_sleeping), with
// the same wake-up order and cancellation, and one allocation instead of two.
// sleep() is an awaiter, not a coroutine, so a sleep allocates no coroutine frame.
#pragma once

#include <type_traits>

#include "loop/task.h"

namespace loopscope {

class SleepAwaiter {
 public:
  explicit SleepAwaiter(double seconds) : seconds_(seconds) {}
  bool await_ready() const { return false; }
  bool await_suspend(coro::coroutine_handle<> h) {
    CoroTaskBase& task = CoroTaskBase::current();
    task.suspend(h, nullptr);  // sleep(0) is __sleep0: a bare yield
    if (seconds_ > 0) start_timer(task);
    return true;
  }
  // Resumed only by its own task's step, so the task need not be kept here (the
  // awaiter lives in the coroutine frame: 8 bytes less puts a sleeping coroutine's
  // frame in the 80-byte size class, not 96).
  void await_resume() { CoroTaskBase::raise_pending(); }

 private:
  void start_timer(CoroTaskBase& task) const;
  double seconds_;
};

// co_await sleep(0.5); a template so that sleep(1) picks this, not POSIX ::sleep.
template <class Seconds>
  requires std::is_arithmetic_v<Seconds>
SleepAwaiter sleep(Seconds seconds) {
  return SleepAwaiter(static_cast<double>(seconds));
}

// co_await sleep_for(1.0, value) returns value (asyncio.sleep(delay, result)).
template <class T>
Co<T> sleep_for(double seconds, T result) {
  co_await sleep(seconds);
  co_return result;
}
// A sleep as a coroutine object, e.g. to make a task of it.
inline Co<void> sleep_co(double seconds) { co_await sleep(seconds); }

// asyncio.sleep(0) spelled as what it is.
inline YieldAwaiter yield_now() { return {}; }

}  // namespace loopscope
