// EventLoop: scheduling, the run loop (run_once mirrors BaseEventLoop._run_once of
// CPython 3.11), the exception handler and the trace hooks.
#include "loop/event_loop.h"

#include "loop/platform_sleep.h"

#include <algorithm>
#include <cstdio>

#include "loop/errors.h"
#include "loop/future.h"
#include "loop/task.h"

namespace loopscope {

namespace {

// asyncio.base_events constants.
constexpr size_t kMinScheduledTimerHandles = 100;
constexpr double kMinCancelledTimerHandlesFraction = 0.5;
constexpr double kMaximumSelectTimeout = 24 * 3600;
// time.get_clock_info('monotonic').resolution on Linux.
constexpr double kClockResolution = 1e-09;
}  // namespace

EventLoop::EventLoop(std::unique_ptr<Clock> clock) : clock_(std::move(clock)) {}

EventLoop::~EventLoop() {
  // Pending tasks hold references to the futures they wait on and those futures
  // hold the tasks: break the cycles by dropping their coroutine bodies.
  while (tasks_head_) {
    Ref<TaskBase> task(tasks_head_);
    task->abandon();
    if (tasks_head_ == task.get()) unregister_task(task.get());
  }
  while (!ready_.empty()) release_item(ready_.pop());
  for (Handle* h : io_events_) h->release();
  timers_.clear(drop_timer);
}

void EventLoop::throw_no_running_loop() { throw RuntimeError("no running event loop"); }

void EventLoop::throw_closed() { throw RuntimeError("Event loop is closed"); }

// --- scheduling ---------------------------------------------------------------------

Ref<Handle> EventLoop::enqueue(Handle* handle) {
  Ref<Handle> h(handle);
  h->retain();  // the queue's reference
  ready_.push(ReadyItem::callback(h.get()));
  if (tracing()) emit({.kind = EventKind::CallbackScheduled, .task = h->id()});
  return h;
}

void EventLoop::schedule(Handle* timer, double when) {
  timer->retain();  // the heap's reference
  timer->scheduled_ = true;
  timers_.push(TimerRef::of(timer), when);
}

uint32_t EventLoop::schedule_own_timer(TaskBase* task, double when) {
  check_closed();
  task->retain();  // the heap's reference
  timers_.push(TimerRef::own_timer_of(task), when);
  return ++handle_counter_;
}

bool EventLoop::timer_is_cancelled(TimerRef t) {
  return t.is_own_timer() ? t.task()->own_timer_cancelled() : t.handle()->cancelled();
}

void EventLoop::drop_timer(TimerRef t) {
  if (t.is_own_timer()) {
    t.task()->own_timer_gone();
    t.task()->release();
  } else {
    t.handle()->scheduled_ = false;
    t.handle()->release();
  }
}

void EventLoop::make_timer_ready(TimerRef t) {
  uint32_t id;
  if (t.is_own_timer()) {
    t.task()->own_timer_due();
    // Its step comes next; the coroutine frame it resumes was last touched when it
    // went to sleep (with many timers, a miss): ask for it now.
    t.task()->prefetch_body();
    ready_.push(ReadyItem::own_timer(t.task()));
    id = t.task()->own_timer_id();
  } else {
    t.handle()->scheduled_ = false;
    ready_.push(ReadyItem::callback(t.handle()));
    id = t.handle()->id();
  }
  if (tracing()) emit({.kind = EventKind::CallbackScheduled, .task = id});
}

void EventLoop::schedule_step(TaskBase* task, std::exception_ptr exc) {
  if (!exc) {
    schedule_step(task);
    return;
  }
  // Rare (a cancelled sleep, a task awaiting itself): carry the exception through a
  // callback.
  Ref<TaskBase> hold(task);
  call_soon([hold, exc] {
    if (!hold->done()) hold->step(exc);
  });
}

void EventLoop::schedule_notify(Ref<FutureBase> follower, FutureBase* fut) {
  check_closed();  // as the call_soon of a done callback would
  fut->retain();
  ready_.push(ReadyItem::notify(follower.leak(), fut));
}

void EventLoop::schedule_wakeup(TaskBase* task, FutureBase* fut) {
  fut->retain();
  ready_.push(ReadyItem::wakeup(task, fut));
  if (tracing()) emit({.kind = EventKind::TaskReady, .wait = fut->wait_kind(), .task = task->id()});
}

// --- running ------------------------------------------------------------------------

void EventLoop::run_until_complete(FutureBase& future) {
  check_closed();
  if (running_) throw RuntimeError("This event loop is already running");
  uint64_t id = future.add_done_callback([this](FutureBase&) { stop(); }, "_run_until_complete_cb");
  try {
    run_forever();
  } catch (...) {
    future.remove_done_callback(id);
    throw;
  }
  future.remove_done_callback(id);
  if (!future.done()) throw RuntimeError("Event loop stopped before Future completed.");
}

void EventLoop::run_forever() { run_iterations(nullptr); }

void EventLoop::run_while(const std::function<bool()>& more) { run_iterations(&more); }

void EventLoop::run_iterations(const std::function<bool()>* more) {
  check_closed();
  if (running_) throw RuntimeError("This event loop is already running");
  if (running_loop_) throw RuntimeError("Cannot run the event loop while another loop is running");
  running_ = true;
  running_loop_ = this;
  struct Reset {
    EventLoop* loop;
    ~Reset() {
      loop->stopping_ = false;
      loop->running_ = false;
      running_loop_ = nullptr;
      if (loop->tracing()) loop->set_loop_state(EventKind::LoopStopped);
    }
  } reset{this};
  // run_forever's test is a plain load: no call through std::function per iteration.
  do {
    run_once();
  } while (more ? (*more)() : !stopping_);
}

void EventLoop::check_interrupt() {
  if (interrupt_.load(std::memory_order_relaxed)) {
    interrupt_.store(false, std::memory_order_relaxed);
    throw Interrupted("stopped");
  }
}

// One iteration, as BaseEventLoop._run_once: drop cancelled timers, wait for the
// earliest timer (no wait if anything is ready), move every due timer to the ready
// queue, then run exactly the callbacks that were ready when this iteration began.
// This is the only place callbacks run. Callbacks they schedule wait for the next
// iteration, which is what gives asyncio its ordering.
void EventLoop::run_once() {
  clock_->gate(interrupt_);
  check_interrupt();

  size_t sched_count = timers_.size();
  // cancelled / scheduled > _MIN_CANCELLED_TIMER_HANDLES_FRACTION (0.5), exactly, in
  // integers: no division in every iteration.
  static_assert(kMinCancelledTimerHandlesFraction == 0.5);
  if (sched_count > kMinScheduledTimerHandles && 2 * timer_cancelled_count_ > sched_count) {
    timers_.filter([](TimerRef t) { return !timer_is_cancelled(t); }, drop_timer);
    timer_cancelled_count_ = 0;
  } else {
    // No cancelled timer in the heap (the count may be high, never low): no need to
    // load the earliest one's handle or task to ask.
    while (timer_cancelled_count_ && !timers_.empty() && timer_is_cancelled(timers_.top())) {
      --timer_cancelled_count_;
      drop_timer(timers_.pop());
    }
  }

  if (ready_.empty() && io_events_.empty() && !stopping_) {
    if (timers_.empty()) {
      // Real asyncio would block in select() forever.
      throw DeadlockError("every task is waiting and no timer is pending");
    }
    double timeout = std::min(std::max(0.0, timers_.top_when() - time()), kMaximumSelectTimeout);
    if (timeout > 0) {
      if (tracing()) set_loop_state(EventKind::LoopIdle);
      clock_->wait(timeout, interrupt_);
      check_interrupt();
    }
  }

  if (!io_events_.empty()) [[unlikely]]
    take_io_events();

  // A long stretch of ready work must still let the page draw (browser only).
  if (!ready_.empty()) platform_maybe_yield();

  double end_time = time() + kClockResolution;
  while (!timers_.empty()) {
    if (timers_.top_when() >= end_time) break;
    make_timer_ready(timers_.pop());  // the heap's reference moves
  }
  // The next iteration starts by reading the earliest timer's cancelled flag, in a
  // task or handle that nothing touched lately when there are many timers (a cache
  // miss was a fifth of the timers benchmark): start that load now, so it overlaps
  // the callbacks below, and those of the two timers that may come next.
  timers_.prefetch_earliest();

  size_t ntodo = ready_.size();
  if (ntodo && tracing()) set_loop_state(EventKind::LoopBusy);
  for (size_t i = 0; i < ntodo; ++i) {
    ReadyItem item = ready_.pop();
    struct Release {
      EventLoop* loop;
      const ReadyItem& item;
      ~Release() { loop->release_item(item); }
    } release{this, item};
    if (debug_) [[unlikely]]
      run_item_timed(item);
    else
      run_item(item);
  }
  ready_.shrink_if_sparse();
}

void EventLoop::take_io_events() {
  for (Handle* h : io_events_) {
    ready_.push(ReadyItem::callback(h));  // the list's reference moves to the queue
    if (tracing()) emit({.kind = EventKind::CallbackScheduled, .task = h->id()});
  }
  io_events_.clear();
}

void EventLoop::run_item(const ReadyItem& item) {
  switch (item.kind()) {
    case ReadyItem::Kind::Callback: {
      Handle* handle = item.handle();
      if (handle->cancelled()) return;
      if (tracing()) emit({.kind = EventKind::CallbackRunning, .task = handle->id()});
      handle->run(*this);
      if (tracing()) emit({.kind = EventKind::CallbackDone, .task = handle->id()});
      return;
    }
    case ReadyItem::Kind::Step:
      if (!item.task()->done()) item.task()->step_ready();
      return;
    case ReadyItem::Kind::Wakeup:
      if (!item.task()->done()) item.task()->wakeup(*item.fut);
      return;
    case ReadyItem::Kind::OwnTimer: {
      // A timer callback, as the separate sleep timer's (same trace events), unless
      // cancelled: a cancelled handle does not run.
      TaskBase* task = item.task();
      task->own_timer_gone();  // run, or dropped if cancelled
      if (task->own_timer_cancelled()) return;
      uint32_t id = task->own_timer_id();
      if (tracing()) emit({.kind = EventKind::CallbackRunning, .task = id});
      task->own_timer_fired();
      if (tracing()) emit({.kind = EventKind::CallbackDone, .task = id});
      return;
    }
    case ReadyItem::Kind::Notify: {
      // A done callback, as CPython's gather callback is. Numbered when it runs, not
      // when scheduled (the item has no room for a number), so the trace shows no
      // CallbackScheduled for it; only the trace and error reports see the number.
      uint32_t id = ++handle_counter_;
      if (tracing()) emit({.kind = EventKind::CallbackRunning, .task = id});
      try {
        item.follower()->followed_done(*item.fut);
      } catch (...) {
        report_callback_error(*this, id);
      }
      if (tracing()) emit({.kind = EventKind::CallbackDone, .task = id});
      return;
    }
  }
}

// BaseEventLoop._run_once in debug mode: the callback timed on the loop's clock (a
// time.sleep in deterministic mode moves it too, as under vtime.py).
void EventLoop::run_item_timed(const ReadyItem& item) {
  double start = time();
  uint32_t before = handle_counter_;
  run_item(item);
  double seconds = time() - start;
  if (seconds < slow_callback_duration_) return;
  SlowCallback slow{.seconds = seconds};
  switch (item.kind()) {
    case ReadyItem::Kind::Callback: slow.handle = item.handle(); slow.callback_id = item.handle()->id(); break;
    case ReadyItem::Kind::Notify: slow.callback_id = before + 1; break;  // numbered when it ran
    default: slow.task = item.task(); break;
  }
  slow_callback_reporter_(*this, slow);
}

void EventLoop::default_slow_callback_reporter(EventLoop&, const SlowCallback& slow) {
  std::string what = slow.task ? "<Task " + slow.task->name() + ">" : "<callback " + std::to_string(slow.callback_id) + ">";
  std::fprintf(stderr, "Executing %s took %.3f seconds\n", what.c_str(), slow.seconds);
}

void EventLoop::release_item(const ReadyItem& item) {
  if (item.kind() == ReadyItem::Kind::Callback) item.handle()->release();
  else if (item.kind() == ReadyItem::Kind::Notify) item.follower()->release();
  else item.task()->release();
  if (item.fut) item.fut->release();
}

void EventLoop::close() {
  if (running_) throw RuntimeError("Cannot close a running event loop");
  if (closed_) return;
  closed_ = true;
  // (A task's own timer dropped here stays marked busy: a closed loop takes no sleeps.)
  while (!ready_.empty()) release_item(ready_.pop());
  for (Handle* h : io_events_) h->release();
  io_events_.clear();
  timers_.clear(drop_timer);
}

// --- blocking calls -----------------------------------------------------------------

void EventLoop::block(double seconds, std::string_view what) {
  begin_blocking(what);
  struct End {
    EventLoop* loop;
    ~End() { loop->end_blocking(); }
  } end{this};
  clock_->block(seconds, interrupt_);
  check_interrupt();
}

void EventLoop::begin_blocking(std::string_view what) {
  if (tracing()) set_loop_state(EventKind::LoopBlocked, what);
}

void EventLoop::end_blocking() {
  if (tracing()) set_loop_state(EventKind::LoopUnblocked);
}

// --- errors -------------------------------------------------------------------------

void EventLoop::call_exception_handler(const ExceptionContext& context) {
  if (exception_handler_) {
    try {
      exception_handler_(*this, context);
      return;
    } catch (...) {
      // A failing handler must not break the loop: fall back to the default.
    }
  }
  default_exception_handler(*this, context);
}

void EventLoop::default_exception_handler(EventLoop&, const ExceptionContext& context) {
  std::string text = context.message;
  if (!context.source.empty()) text += "\n" + context.source;
  if (context.exception) text += "\n" + describe_exception(context.exception);
  std::fprintf(stderr, "%s\n", text.c_str());
}

// --- tasks --------------------------------------------------------------------------

std::vector<Ref<TaskBase>> EventLoop::all_tasks() const {
  std::vector<Ref<TaskBase>> out;
  for (TaskBase* t = tasks_head_; t; t = t->next_task_)
    if (!t->done()) out.emplace_back(t);
  return out;
}

void EventLoop::register_task(TaskBase* task) {
  task->prev_task_ = tasks_tail_;
  task->next_task_ = nullptr;
  if (tasks_tail_) tasks_tail_->next_task_ = task;
  else tasks_head_ = task;
  tasks_tail_ = task;
}

void EventLoop::unregister_task(TaskBase* task) {
  if (task->prev_task_) task->prev_task_->next_task_ = task->next_task_;
  else tasks_head_ = task->next_task_;
  if (task->next_task_) task->next_task_->prev_task_ = task->prev_task_;
  else tasks_tail_ = task->prev_task_;
  task->prev_task_ = task->next_task_ = nullptr;
}

void EventLoop::task_already_running() {
  throw RuntimeError("Cannot enter into task while another task is being executed.");
}

// --- tracing ------------------------------------------------------------------------

void EventLoop::emit(TraceEvent event) {
  if (!observer_) return;
  event.time = time();
  observer_->on_event(event);
}

void EventLoop::set_loop_state(EventKind state, std::string_view what) {
  if (state == loop_state_ && state != EventKind::LoopBlocked) return;
  loop_state_ = state;
  emit({.kind = state, .text = what});
}

}  // namespace loopscope
