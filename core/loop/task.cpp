// TaskBase: CPython 3.11's Task.__step / __wakeup / cancel, and CoroTaskBase, which
// resumes a chain of C++ coroutines at its innermost suspended one (the leaf).
#include "loop/task.h"

#include "loop/platform_sleep.h"
#include "loop/primitive_wait.h"

namespace loopscope {

TaskBase::TaskBase(EventLoop& loop, std::string&& name, int line, const char* file, std::string_view coro)
    : FutureBase(loop), id_(loop.next_task_number()) {
  loop.check_closed();
  if (!name.empty()) set_custom_name(std::move(name));
  set_wait(WaitKind::Task, id_);
  loop.register_task(this);
  task_flags_.registered = true;
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
  if (task_flags_.registered) loop().unregister_task(this);
  clear_waiting();
  if (log_traceback_) report_unretrieved("Task exception was never retrieved");
}

namespace {
constexpr int kMaxCancelNesting = 500;
}

bool TaskBase::cancel(std::string msg) {
  log_traceback_ = false;
  if (done()) return false;
  ++num_cancels_requested_;
  if (cancel_sleep()) {
    // Cancelling the sleep's future, without the future (see set_sleeping).
    task_flags_.sleep_cancelled = true;
    loop().schedule_step(this, std::make_exception_ptr(CancelledError(std::move(msg))));
    return true;
  }
  if (PrimitiveWait* wait = primitive_wait()) {
    // Cancelling the wait (as its future) wakes us with CancelledError.
    if (wait->cancel(msg)) return true;
  } else if (FutureBase* waiter = fut_waiter()) {
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
    if (waiter->cancel(msg)) return true;
  }
  task_flags_.must_cancel = true;
  set_cancel_message(std::move(msg));
  return true;
}

void TaskBase::wakeup(FutureBase& fut) {
  step(fut.error_for_waiter());
}

void TaskBase::clear_waiting() {
  if (!waiting_) return;
  if (Handle* t = sleep_timer()) t->release();
  else if (FutureBase* f = fut_waiter()) f->release();
  waiting_ = 0;  // (a primitive's wait holds no reference)
}

void TaskBase::set_sleeping(Ref<Handle> timer) {
  clear_waiting();
  waiting_ = reinterpret_cast<uintptr_t>(timer.leak()) | kTimerTag;
}

void TaskBase::start_own_timer(double when) {
  assert(own_timer_free());
  own_timer_id_ = loop().schedule_own_timer(this, when);
  task_flags_.own_timer = kOwnTimerInHeap;
  task_flags_.own_timer_cancelled = false;
}

void TaskBase::wake_from_sleep() {
  // The timer fired: futures._set_result_unless_cancelled then the future's done
  // callback, Task.__wakeup, which call_soon schedules.
  if (!sleep_timer()) return;  // cancelled meanwhile: the cancel already woke us
  clear_waiting();
  loop().schedule_step(this);
}

void TaskBase::own_timer_fired() {
  // Not cancelled (the loop checked), so the task is still asleep on it.
  task_flags_.own_timer = kNoOwnTimer;
  loop().schedule_step(this);
}

bool TaskBase::cancel_sleep() {
  if (Ref<Handle> timer = take_sleep_timer()) {
    timer->cancel();
    return true;
  }
  if (task_flags_.own_timer == kNoOwnTimer || task_flags_.own_timer_cancelled) return false;
  // Left where it is, as a cancelled TimerHandle is: the loop drops it when it comes
  // up, and counts it among the cancelled timers while it is in the heap.
  task_flags_.own_timer_cancelled = true;
  if (task_flags_.own_timer == kOwnTimerInHeap) loop().timer_cancelled();
  return true;
}

void TaskBase::step(std::exception_ptr exc) {
  assert(!done() && "step(): task already done");
  EventLoop& loop = this->loop();
  if (task_flags_.must_cancel) {
    if (!is_cancelled_error(exc)) exc = std::make_exception_ptr(CancelledError(cancel_message() ? *cancel_message() : ""));
    task_flags_.must_cancel = false;
  }
  // A primitive's wait that re-checks (a queue's) may make the task wait again.
  WaitRecheck* recheck = nullptr;
  if (waiting_) {
    if (PrimitiveWait* wait = primitive_wait()) {
      if (!exc) recheck = wait->recheck();
      waiting_ = 0;  // (a primitive's wait holds no reference: nothing to release)
    } else {
      clear_waiting();
    }
  }
  task_flags_.sleep_cancelled = false;

  // The ready queue's reference keeps this task alive during the step.
  loop.enter_task(this);
  if (loop.tracing()) loop.emit({.kind = EventKind::TaskRunning, .task = id_});
  StepOutcome out = recheck ? recheck_then_resume(*recheck, exc) : resume(exc);
  loop.leave_task(this);
  settle(out, exc);
}

void TaskBase::step_ready() {
  // The step of nearly every ready item: nothing to throw in, no cancel pending, no
  // trace, and the task last yielded bare or was woken by a primitive's wait. It does
  // what step(nullptr) does then; anything else takes step().
  EventLoop& loop = this->loop();
  if (task_flags_.must_cancel || loop.tracing()) return step(nullptr);
  WaitRecheck* recheck = nullptr;
  if (waiting_) {
    PrimitiveWait* wait = primitive_wait();
    if (!wait) return step(nullptr);
    recheck = wait->recheck();
    waiting_ = 0;  // (a primitive's wait holds no reference: nothing to release)
  }
  task_flags_.sleep_cancelled = false;
  loop.enter_task(this);
  std::exception_ptr exc;
  StepOutcome out = recheck ? recheck_then_resume(*recheck, exc) : resume(exc);
  loop.leave_task(this);
  // What settle() does after a bare yield (a sleep(0)) or a wait in a primitive, unless
  // the step turned tracing on or asked to cancel this task.
  if (out == StepOutcome::Yielded && !sleeping() && !loop.tracing()) {
    if (!waiting_) {
      loop.schedule_step_untraced(this);
      return;
    }
    if (primitive_wait() && !task_flags_.must_cancel) return;
  }
  settle(out, exc);
}

void TaskBase::settle(StepOutcome out, std::exception_ptr& exc) {
  EventLoop& loop = this->loop();
  switch (out) {
    case StepOutcome::Returned:
      if (task_flags_.must_cancel) {
        // The task was cancelled after its last suspension point.
        task_flags_.must_cancel = false;
        FutureBase::cancel(cancel_message() ? *cancel_message() : "");
      } else {
        commit_result();
        mark_finished();
      }
      break;
    case StepOutcome::Cancelled:
      set_cancelled_exc(std::move(exc));  // the first waiter or result() gets this very CancelledError
      FutureBase::cancel();
      break;
    case StepOutcome::Raised:
      set_exception(std::move(exc));
      break;
    case StepOutcome::Yielded: {
      if (sleeping()) {
        if (loop.tracing()) {
          loop.emit({.kind = EventKind::TaskSuspended, .task = id_});
          loop.emit({.kind = EventKind::TaskWaiting, .wait = WaitKind::Sleep, .task = id_,
                     .line = current_line()});
        }
        if (task_flags_.must_cancel) {
          task_flags_.must_cancel = false;
          std::string msg = cancel_message() ? *cancel_message() : "";
          cancel_sleep();
          loop.schedule_step(this, std::make_exception_ptr(CancelledError(std::move(msg))));
        }
        return;
      }
      if (!waiting_) {
        // A bare yield gives up the CPU for one loop iteration (tested first: sleep(0)).
        if (loop.tracing()) loop.emit({.kind = EventKind::TaskSuspended, .task = id_});
        loop.schedule_step(this);
        return;
      }
      if (PrimitiveWait* wait = primitive_wait()) {
        if (loop.tracing()) {
          loop.emit({.kind = EventKind::TaskSuspended, .task = id_});
          loop.emit({.kind = EventKind::TaskWaiting, .wait = wait->kind(), .task = id_,
                     .other = wait->object(), .line = current_line()});
        }
        if (task_flags_.must_cancel) {
          if (wait->cancel(cancel_message() ? *cancel_message() : "")) task_flags_.must_cancel = false;
        }
        return;
      }
      Ref<FutureBase> awaited = take_fut_waiter();  // what is left: a future
      if (awaited.get() == this) {
        if (loop.tracing()) loop.emit({.kind = EventKind::TaskSuspended, .task = id_});
        loop.schedule_step(this, std::make_exception_ptr(RuntimeError("Task cannot await on itself: " + name())));
        return;
      }
      if (&awaited->loop() != &loop) {
        loop.schedule_step(this, std::make_exception_ptr(RuntimeError("Task " + name() + " got Future attached to a different loop")));
        return;
      }
      set_yielded(awaited.get());
      if (loop.tracing()) {
        loop.emit({.kind = EventKind::TaskSuspended, .task = id_});
        loop.emit({.kind = EventKind::TaskWaiting, .wait = awaited->wait_kind(), .task = id_,
                   .other = awaited->wait_object(), .line = current_line()});
      }
      awaited->add_waiter(this);
      if (task_flags_.must_cancel) {
        if (awaited->cancel(cancel_message() ? *cancel_message() : "")) task_flags_.must_cancel = false;
      }
      return;
    }
  }
  if (loop.tracing()) finish_trace();
  if (task_flags_.registered) {
    loop.unregister_task(this);
    task_flags_.registered = false;
  }
}

StepOutcome TaskBase::recheck_then_resume(WaitRecheck& recheck, std::exception_ptr& exc) {
  if (recheck.wait_again(*this)) return StepOutcome::Yielded;
  return resume(exc);  // (exc is null: a wait re-checks only when woken without one)
}

void TaskBase::finish_trace() {
  EventLoop& loop = this->loop();
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
  if (FutureBase* waiter = fut_waiter()) waiter->remove_waiter(this);
  cancel_sleep();
  clear_waiting();
  clear_callbacks();
  if (task_flags_.registered) {
    loop().unregister_task(this);
    task_flags_.registered = false;
  }
}

std::exception_ptr& CoPromiseBase::ended_error() {
  static thread_local std::exception_ptr error;
  return error;
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

StepOutcome CoroTaskBase::resume(std::exception_ptr& exc) {
  if (!task_flags_.started) {
    task_flags_.started = true;
    // Throwing into a coroutine that never ran raises at once, without running it.
    if (exc) return is_cancelled_error(exc) ? StepOutcome::Cancelled : StepOutcome::Raised;
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
  if (!root_.done()) return StepOutcome::Yielded;
  if (CoPromiseBase::ended_with_error) {
    exc = CoPromiseBase::take_ended_error();
    return is_cancelled_error(exc) ? StepOutcome::Cancelled : StepOutcome::Raised;
  }
  return StepOutcome::Returned;
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
