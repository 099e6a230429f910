// asyncio.sleep, as in CPython 3.11 tasks.py.
#include "loop/sleep.h"

namespace loopscope {

namespace {
// The timer of a sleep(d > 0) when the task's own timer is busy (still queued,
// cancelled, by an earlier sleep): wakes its task. A plain Handle (the heap keeps the
// deadline) that holds the task's reference and reaches the loop through the task:
// 32 bytes per sleeping task, where a CallbackHandle would take 64.
class SleepTimer final : public Handle {
 public:
  SleepTimer(uint32_t id, TaskBase* task) : Handle(id), task_(task) { task_->retain(); }
  ~SleepTimer() override { drop_callback(); }
  EventLoop& loop() const override { return task_->loop(); }

 protected:
  void invoke() override { task_->wake_from_sleep(); }
  void drop_callback() override {
    if (task_) std::exchange(task_, nullptr)->release();
  }

 private:
  TaskBase* task_;
};
}  // namespace

void SleepAwaiter::start_timer(CoroTaskBase& task) const {
  // The task holds the timer and lets go of it when woken: the timer fired
  // (wake_from_sleep) or the task's cancel cancelled it. So CPython's
  // `finally: h.cancel()` has nothing left to do, and the awaiter (in the
  // coroutine's frame) keeps no reference.
  EventLoop& loop = task.loop();
  double when = loop.time() + seconds_;
  if (task.own_timer_free()) task.start_own_timer(when);
  else task.set_sleeping(loop.call_at_with<SleepTimer>(when, &task));
}

}  // namespace loopscope
