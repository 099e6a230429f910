// asyncio.TaskGroup, following taskgroups.py of CPython 3.11.7.
#include "loop/task_group.h"

#include <algorithm>

namespace loopscope {

bool TaskGroup::is_base_error(const std::exception_ptr& e) {
  // SystemExit and KeyboardInterrupt; of the loop's errors only Interrupted.
  try {
    std::rethrow_exception(e);
  } catch (const Interrupted&) {
    return true;
  } catch (...) {
    return false;
  }
}

void TaskGroup::enter() {
  if (entered_) throw RuntimeError("TaskGroup has already been entered");
  if (!loop_) loop_ = &EventLoop::running();
  TaskBase* parent = loop_->current_task();
  if (!parent) throw RuntimeError("TaskGroup cannot determine the parent task");
  parent_task_ = Ref<TaskBase>(parent);
  entered_ = true;
}

void TaskGroup::check_can_add() const {
  if (!entered_) throw RuntimeError("TaskGroup has not been entered");
  if (exiting_ && tasks_.empty()) throw RuntimeError("TaskGroup is finished");
  if (aborting_) throw RuntimeError("TaskGroup is shutting down");
}

void TaskGroup::add(Ref<TaskBase> task) {
  check_can_add();
  task->add_done_callback([this](FutureBase& f) { on_task_done(static_cast<TaskBase&>(f)); });
  tasks_.push_back(std::move(task));
}

void TaskGroup::abort() {
  aborting_ = true;
  for (auto& t : tasks_)
    if (!t->done()) t->cancel();
}

void TaskGroup::on_task_done(TaskBase& task) {
  auto it = std::find_if(tasks_.begin(), tasks_.end(), [&](const auto& t) { return t.get() == &task; });
  Ref<TaskBase> keep = it != tasks_.end() ? *it : Ref<TaskBase>();
  if (it != tasks_.end()) tasks_.erase(it);
  if (on_completed_fut_ && tasks_.empty() && !on_completed_fut_->done()) on_completed_fut_->set_result();
  if (task.cancelled()) return;
  std::exception_ptr exc = task.exception();
  if (!exc) return;
  errors_.push_back(exc);
  if (is_base_error(exc) && !base_error_) base_error_ = exc;
  if (parent_task_->done()) {
    loop_->call_exception_handler({"Task " + task.name() + " has errored out but its parent task " +
                                       parent_task_->name() + " is already completed",
                                   exc, task.name()});
    return;
  }
  if (!aborting_ && !parent_cancel_requested_) {
    abort();
    parent_cancel_requested_ = true;
    parent_task_->cancel();
  }
}

Co<void> TaskGroup::exit(std::exception_ptr error) {
  exiting_ = true;
  if (error && is_base_error(error) && !base_error_) base_error_ = error;
  std::exception_ptr propagate_cancellation = is_cancelled_error(error) ? error : nullptr;
  if (parent_cancel_requested_ && parent_task_->uncancel() == 0) propagate_cancellation = nullptr;
  if (error && !aborting_) abort();

  while (!tasks_.empty()) {
    if (!on_completed_fut_) {
      on_completed_fut_ = make_ref<FutureState<void>>(*loop_);
      on_completed_fut_->set_wait(WaitKind::Wait);
    }
    try {
      co_await Future<void>(on_completed_fut_);
    } catch (const CancelledError&) {
      if (!aborting_) {
        propagate_cancellation = std::current_exception();
        abort();
      }
    }
    on_completed_fut_ = nullptr;
  }

  if (base_error_) std::rethrow_exception(base_error_);
  if (propagate_cancellation && errors_.empty()) std::rethrow_exception(propagate_cancellation);
  if (error && !is_cancelled_error(error)) errors_.push_back(error);
  if (!errors_.empty()) {
    bool base = std::any_of(errors_.begin(), errors_.end(), [](const auto& e) { return is_cancelled_error(e); });
    throw ExceptionGroup("unhandled errors in a TaskGroup", std::exchange(errors_, {}), base);
  }
}

Co<void> run_group(std::function<Co<void>(TaskGroup&)> body) {
  TaskGroup group;
  group.enter();
  std::exception_ptr error;
  try {
    co_await body(group);
  } catch (...) {
    error = std::current_exception();
  }
  co_await group.exit(error);
  // __aexit__ returned None: `async with` re-raises what left the block.
  if (error) std::rethrow_exception(error);
}

}  // namespace loopscope
