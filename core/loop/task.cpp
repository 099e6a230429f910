// TaskBase: CPython 3.11's Task.__step / __wakeup / cancel, and CoroTaskBase, which
// resumes a chain of C++ coroutines at its innermost suspended one (the leaf).
#include "loop/task.h"

#include "loop/platform_sleep.h"

namespace loopscope {

TaskBase::TaskBase(EventLoop& loop, std::string name, int line, const char* file, std::string_view coro)
    : FutureBase(loop), id_(loop.next_task_number()) {
  loop.check_closed();
  if (!name.empty()) set_custom_name(std::move(name));
  set_wait(WaitKind::Task, id_);
  loop.register_task(this);
  registered_ = true;
  if (loop.tracing()) {
    TaskBase* parent = loop.current_task();
    std::string shown = this->name();
    loop.emit({.kind = EventKind::TaskCreated, .task = id_, .other = parent ? parent->id() : 0u,
               .line = line, .text = shown, .file = file ? std::string_view(file) : std::string_view(),
               .coro = coro});
  }
  loop.schedule_step(this);
}

std::string TaskBase::name() const {
  const std::string* given = custom_name();
  return given ? *given : "Task-" + std::to_string(id_);
}

void TaskBase::set_name(std::string name) {
  set_custom_name(std::move(name));
}

TaskBase::~TaskBase() {
  if (registered_) loop().unregister_task(this);
  report_unretrieved("Task exception was never retrieved");
}

namespace {
constexpr int kMaxCancelNesting = 500;
}

bool TaskBase::cancel(std::string msg) {
  log_traceback_ = false;
  if (done()) return false;
  ++num_cancels_requested_;
  if (sleep_timer_) {
    // Cancelling the sleep's future, without the future (see set_sleeping).
    std::exchange(sleep_timer_, nullptr)->cancel();
    sleep_cancelled_ = true;
    loop().schedule_step(this, std::make_exception_ptr(CancelledError(std::move(msg))));
    return true;
  }
  if (fut_waiter_) {
    // Tasks that await each other in a cycle cancel each other without end: past
    // kMaxCancelNesting nested cancels, RecursionError, as in CPython.
    static thread_local int nesting = 0;
    if (nesting >= kMaxCancelNesting)
      throw PyError("RecursionError", "maximum recursion depth exceeded while calling a Python object");
    struct Nest {
      Nest() { ++nesting; }
      ~Nest() {
        --nesting;
        platform_yield_while_unwinding();
      }
    } nest;
    // The waiter's callbacks wake us with CancelledError.
    if (fut_waiter_->cancel(msg)) return true;
  }
  must_cancel_ = true;
  set_cancel_message(std::move(msg));
  return true;
}

void TaskBase::wakeup(FutureBase& fut) {
  step(fut.error_for_waiter());
}

void TaskBase::wake_from_sleep() {
  // The timer fired: futures._set_result_unless_cancelled then the future's done
  // callback, Task.__wakeup, which call_soon schedules.
  if (!sleep_timer_) return;  // cancelled meanwhile: the cancel already woke us
  sleep_timer_ = nullptr;
  loop().schedule_step(this);
}

void TaskBase::step(std::exception_ptr exc) {
  assert(!done() && "step(): task already done");
  EventLoop& loop = this->loop();
  if (must_cancel_) {
    if (!is_cancelled_error(exc)) exc = std::make_exception_ptr(CancelledError(cancel_message() ? *cancel_message() : ""));
    must_cancel_ = false;
  }
  fut_waiter_ = nullptr;
  sleep_cancelled_ = false;

  // The ready queue's reference keeps this task alive during the step.
  loop.enter_task(this);
  if (loop.tracing()) loop.emit({.kind = EventKind::TaskRunning, .task = id_});
  StepOutcome out = resume(std::move(exc));
  loop.leave_task(this);

  switch (out.kind) {
    case StepOutcome::Kind::Returned:
      if (must_cancel_) {
        // The task was cancelled after its last suspension point.
        must_cancel_ = false;
        FutureBase::cancel(cancel_message() ? *cancel_message() : "");
      } else {
        commit_result();
        mark_finished();
      }
      break;
    case StepOutcome::Kind::Cancelled:
      set_cancelled_exc(out.error);  // the first waiter or result() gets this very CancelledError
      FutureBase::cancel();
      break;
    case StepOutcome::Kind::Raised:
      set_exception(out.error);
      break;
    case StepOutcome::Kind::Yielded: {
      Ref<FutureBase> awaited = std::move(fut_waiter_);
      if (sleep_timer_) {
        if (loop.tracing()) {
          loop.emit({.kind = EventKind::TaskSuspended, .task = id_});
          loop.emit({.kind = EventKind::TaskWaiting, .wait = WaitKind::Sleep, .task = id_,
                     .line = current_line()});
        }
        if (must_cancel_) {
          must_cancel_ = false;
          std::string msg = cancel_message() ? *cancel_message() : "";
          std::exchange(sleep_timer_, nullptr)->cancel();
          loop.schedule_step(this, std::make_exception_ptr(CancelledError(std::move(msg))));
        }
        return;
      }
      if (!awaited) {
        // A bare yield gives up the CPU for one loop iteration.
        if (loop.tracing()) loop.emit({.kind = EventKind::TaskSuspended, .task = id_});
        loop.schedule_step(this);
        return;
      }
      if (awaited.get() == this) {
        if (loop.tracing()) loop.emit({.kind = EventKind::TaskSuspended, .task = id_});
        loop.schedule_step(this, std::make_exception_ptr(RuntimeError("Task cannot await on itself: " + name())));
        return;
      }
      if (&awaited->loop() != &loop) {
        loop.schedule_step(this, std::make_exception_ptr(RuntimeError("Task " + name() + " got Future attached to a different loop")));
        return;
      }
      fut_waiter_ = awaited;
      if (loop.tracing()) {
        loop.emit({.kind = EventKind::TaskSuspended, .task = id_});
        loop.emit({.kind = EventKind::TaskWaiting, .wait = awaited->wait_kind(), .task = id_,
                   .other = awaited->wait_object(), .line = current_line()});
      }
      awaited->add_waiter(this);
      if (must_cancel_) {
        if (fut_waiter_->cancel(cancel_message() ? *cancel_message() : "")) must_cancel_ = false;
      }
      return;
    }
  }
  finish_trace();
  if (registered_) {
    loop.unregister_task(this);
    registered_ = false;
  }
}

void TaskBase::finish_trace() {
  EventLoop& loop = this->loop();
  if (!loop.tracing()) return;
  loop.emit({.kind = EventKind::TaskSuspended, .task = id_});
  if (cancelled()) {
    std::string msg = cancel_message() ? *cancel_message() : cancelled_exc() ? exception_message(cancelled_exc()) : "";
    loop.emit({.kind = EventKind::TaskCancelled, .task = id_, .text = msg});
  } else if (stored_exception()) {
    std::string what = describe_exception(stored_exception());
    loop.emit({.kind = EventKind::TaskFailed, .task = id_, .text = what});
  } else {
    std::string result = result_text();
    loop.emit({.kind = EventKind::TaskDone, .task = id_, .text = result});
  }
}

void TaskBase::abandon() {
  if (fut_waiter_) {
    fut_waiter_->remove_waiter(this);
    fut_waiter_ = nullptr;
  }
  if (sleep_timer_) std::exchange(sleep_timer_, nullptr)->cancel();
  clear_callbacks();
  if (registered_) {
    loop().unregister_task(this);
    registered_ = false;
  }
}

// --- CoroTaskBase -------------------------------------------------------------------

std::exception_ptr& CoroTaskBase::pending_exception() {
  static thread_local std::exception_ptr pending;
  return pending;
}

void CoroTaskBase::raise_pending_exception() {
  has_pending_ = false;
  std::rethrow_exception(std::exchange(pending_exception(), nullptr));
}

void CoroTaskBase::throw_not_in_task() { throw RuntimeError("await outside of a task"); }

StepOutcome CoroTaskBase::resume(std::exception_ptr exc) {
  if (!started_) {
    started_ = true;
    // Throwing into a coroutine that never ran raises at once, without running it.
    if (exc) return {is_cancelled_error(exc) ? StepOutcome::Kind::Cancelled : StepOutcome::Kind::Raised, exc};
  }
  if (exc) {
    pending_exception() = std::move(exc);
    has_pending_ = true;
  }
  CoroTaskBase* outer = std::exchange(current_, this);
  leaf_.resume();
  current_ = outer;
  if (has_pending_) {  // normally taken by the awaiter already
    has_pending_ = false;
    pending_exception() = nullptr;
  }
  if (!root_.done()) return {StepOutcome::Kind::Yielded, nullptr};
  if (root_promise().exception) {
    std::exception_ptr e = std::exchange(root_promise().exception, nullptr);
    if (is_cancelled_error(e)) return {StepOutcome::Kind::Cancelled, e};
    return {StepOutcome::Kind::Raised, e};
  }
  return {StepOutcome::Kind::Returned, nullptr};
}

void CoroTaskBase::destroy_body() {
  if (root_) {
    root_.destroy();  // destroys the whole chain: each frame owns its awaited Co
    root_ = nullptr;
    leaf_ = nullptr;
  }
}

void CoroTaskBase::abandon() {
  TaskBase::abandon();
  // Dropping the frames now releases whatever they hold (futures, other tasks).
  destroy_body();
}

}  // namespace loopscope
