// PrimitiveWait and WaiterList: the rare paths (cancellation, teardown).
#include "loop/primitive_wait.h"

namespace loopscope {

bool PrimitiveWait::cancel(std::string msg) {
  if (state_ != State::Pending) return false;
  state_ = State::Cancelled;
  // As Future.cancel's done callback would: Task.__wakeup raises the future's
  // CancelledError(msg) into the task, scheduled with call_soon now.
  Ref<TaskBase> task = Ref<TaskBase>::adopt(std::exchange(task_, nullptr));
  task->loop().schedule_step(task.get(), std::make_exception_ptr(CancelledError(std::move(msg))));
  return true;
}

void PrimitiveWait::cancel_quietly() {
  if (state_ != State::Pending) return;
  state_ = State::Cancelled;
  drop_task();
}

void PrimitiveWait::drop_task() {
  if (TaskBase* t = std::exchange(task_, nullptr)) t->release();
}

void PrimitiveWait::abandon() {
  state_ = State::Cancelled;
  drop_task();
}

WaiterList::~WaiterList() {
  while (head_) unlink(*head_, nullptr);
}

}  // namespace loopscope
