// asyncio.sleep, as in CPython 3.11 tasks.py.
#include "loop/sleep.h"

namespace loopscope {

bool SleepAwaiter::await_suspend(coro::coroutine_handle<> h) {
  task_ = &CoroTaskBase::current();
  if (seconds_ <= 0) {
    task_->suspend(h, nullptr);  // __sleep0: a bare yield
    return true;
  }
  EventLoop& loop = task_->loop();
  timer_ = loop.call_later(seconds_, [t = Ref<TaskBase>(task_)] { t->wake_from_sleep(); });
  task_->set_sleeping(timer_);
  task_->suspend(h, nullptr);
  return true;
}

void SleepAwaiter::await_resume() {
  if (timer_) timer_->cancel();  // the finally: h.cancel()
  task_->raise_pending();
}

}  // namespace loopscope
