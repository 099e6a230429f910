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
  fut_ = make_ref<FutureState<void>>(loop);
  fut_->set_wait(WaitKind::Sleep);
  // futures._set_result_unless_cancelled
  timer_ = loop.call_later(seconds_, [f = fut_] {
    if (!f->cancelled()) f->set_result();
  });
  task_->suspend(h, fut_.get());
  return true;
}

void SleepAwaiter::await_resume() {
  if (timer_) timer_->cancel();
  task_->raise_pending();
  if (fut_) fut_->result();
}

}  // namespace loopscope
