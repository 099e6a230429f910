// asyncio.sleep, as in CPython 3.11 tasks.py.
#include "loop/sleep.h"

namespace loopscope {

namespace {
// The timer of a sleep(d > 0): wakes its task. A CallbackHandle would hold the
// callable in a std::optional; this holds the task's reference directly (48 bytes,
// not 64, per sleeping task).
class SleepTimer final : public TimerHandle {
 public:
  SleepTimer(EventLoop* loop, uint32_t id, double when, TaskBase* task) : TimerHandle(loop, id, when), task_(task) {
    task_->retain();
  }
  ~SleepTimer() override { drop_callback(); }

 protected:
  void invoke() override { task_->wake_from_sleep(); }
  void drop_callback() override {
    if (task_) std::exchange(task_, nullptr)->release();
  }

 private:
  TaskBase* task_;
};
}  // namespace

bool SleepAwaiter::await_suspend(coro::coroutine_handle<> h) {
  task_ = &CoroTaskBase::current();
  if (seconds_ > 0) {
    // The task holds the timer and lets go of it when woken: the timer fired
    // (wake_from_sleep) or the task's cancel cancelled it. So CPython's
    // `finally: h.cancel()` has nothing left to do, and the awaiter (in the
    // coroutine's frame) keeps no reference.
    EventLoop& loop = task_->loop();
    task_->set_sleeping(loop.call_at_with<SleepTimer>(loop.time() + seconds_, task_));
  }
  task_->suspend(h, nullptr);  // sleep(0) is __sleep0: a bare yield
  return true;
}

void SleepAwaiter::await_resume() { task_->raise_pending(); }

}  // namespace loopscope
