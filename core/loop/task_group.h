// asyncio.TaskGroup (taskgroups.py, CPython 3.11.7): tasks created in the group are
// awaited on exit; the first failure cancels the siblings and the parent task, and
// exit raises ExceptionGroup("unhandled errors in a TaskGroup", [...]). The protocol is
// explicit (enter / create_task / exit) so a VM can drive `async with`; run_group()
// is the C++ convenience.
#pragma once

#include <functional>
#include <vector>

#include "loop/task.h"

namespace loopscope {

class TaskGroup {
 public:
  TaskGroup() = default;
  TaskGroup(const TaskGroup&) = delete;
  TaskGroup& operator=(const TaskGroup&) = delete;

  // __aenter__: RuntimeError if entered twice or outside a task.
  void enter();
  // Adds a running task to the group (RuntimeError when not entered, finished or
  // shutting down). The C++ create_task below builds the task first.
  void add(Ref<TaskBase> task);
  template <class T>
  Task<T> create_task(Co<T> co, std::string name = {}) {
    check_can_add();
    Task<T> task = loopscope::create_task(*loop_, std::move(co), std::move(name));
    add(Ref<TaskBase>(task.state().get()));
    return task;
  }
  // __aexit__ with the exception that left the block (null if none): waits for the
  // tasks, then raises what CPython raises (the group, a CancelledError, or nothing).
  Co<void> exit(std::exception_ptr error);

 private:
  void check_can_add() const;
  void abort();
  void on_task_done(TaskBase& task);
  static bool is_base_error(const std::exception_ptr& e);

  bool entered_ = false;
  bool exiting_ = false;
  bool aborting_ = false;
  EventLoop* loop_ = nullptr;
  Ref<TaskBase> parent_task_;
  bool parent_cancel_requested_ = false;
  std::vector<Ref<TaskBase>> tasks_;  // in creation order (CPython: a set)
  std::vector<std::exception_ptr> errors_;
  std::exception_ptr base_error_;
  Ref<FutureState<void>> on_completed_fut_;
};

// `async with asyncio.TaskGroup() as tg: await body(tg)`.
Co<void> run_group(std::function<Co<void>(TaskGroup&)> body);

}  // namespace loopscope
