// EventLoop: CPython 3.11 asyncio's BaseEventLoop in C++. One ready queue (FIFO), one
// timer heap (heapq order), a Clock that says what time it is and how to wait.
// run_once() is the only place callbacks run; read it first. Futures and tasks are in
// future.h and task.h; they schedule their wake-ups through this loop.
#pragma once

#include <atomic>
#include <cstdint>
#include <exception>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "loop/clock.h"
#include "loop/handle.h"
#include "loop/ready_queue.h"
#include "loop/ref.h"
#include "loop/timer_heap.h"
#include "trace/event.h"

namespace loopscope {

class FutureBase;
class TaskBase;
template <class T>
class Co;

// A callback or task step that ran longer than slow_callback_duration in debug mode:
// the task (for a step or wake-up) or the handle (a callback), else only its number.
struct SlowCallback {
  TaskBase* task = nullptr;
  Handle* handle = nullptr;
  uint32_t callback_id = 0;
  double seconds = 0;
};

// What asyncio passes to an exception handler (loop.call_exception_handler).
struct ExceptionContext {
  std::string message;           // "Exception in callback ...", "Task exception was never retrieved"
  std::exception_ptr exception;  // may be null
  std::string source;            // the task or callback concerned, e.g. "Task-3 (worker)"
  // Its key in asyncio's context dict: "future" (never retrieved), "task", "handle".
  const char* source_key = "future";
  FutureBase* future = nullptr;  // the task or future concerned, when still alive
};

class EventLoop {
 public:
  explicit EventLoop(std::unique_ptr<Clock> clock = std::make_unique<VirtualClock>());
  ~EventLoop();
  EventLoop(const EventLoop&) = delete;
  EventLoop& operator=(const EventLoop&) = delete;

  // The loop running on this thread (asyncio.get_running_loop), or nullptr. Inline:
  // every create_task and every first wait in a primitive asks.
  static EventLoop* current() { return running_loop_; }
  // Like current(), but a missing loop is RuntimeError("no running event loop").
  static EventLoop& running() {
    if (!running_loop_) throw_no_running_loop();
    return *running_loop_;
  }

  // --- time -----------------------------------------------------------------------
  double time() { return clock_->now(); }
  Clock& clock() { return *clock_; }

  // --- scheduling callbacks (asyncio.Handle) --------------------------------------
  template <class F>
  Ref<Handle> call_soon(F&& callback) {
    check_closed();
    return enqueue(new CallbackHandle<Handle, std::decay_t<F>>(std::forward<F>(callback), this, ++handle_counter_));
  }
  template <class F>
  Ref<TimerHandle> call_later(double delay, F&& callback) {
    return call_at(time() + delay, std::forward<F>(callback));
  }
  template <class F>
  Ref<TimerHandle> call_at(double when, F&& callback) {
    check_closed();
    Ref<TimerHandle> timer(new CallbackHandle<TimerHandle, std::decay_t<F>>(std::forward<F>(callback), this,
                                                                           ++handle_counter_, when));
    schedule(timer.get(), when);
    return timer;
  }

  // A callback that a selector would report (a socket became readable or writable).
  // CPython's _run_once appends those to the ready callbacks at the start of the next
  // iteration (_process_events, before due timers), after whatever was scheduled
  // meanwhile; pending ones keep the loop from waiting. The in-memory network of
  // asyncio's streams (pylib/_asyncio_streams.py) delivers connections and data so.
  template <class F>
  Ref<Handle> add_io_event(F&& callback) {
    check_closed();
    Ref<Handle> h(new CallbackHandle<Handle, std::decay_t<F>>(std::forward<F>(callback), this, ++handle_counter_));
    h->retain();  // the list's reference, moved to the ready queue
    io_events_.push_back(h.get());
    return h;
  }

  // A timer of handle type H, which runs its own callback and finds its own loop
  // (built as H(id, args...)); for timers the loop makes by the hundred thousand.
  template <class H, class... Args>
  Ref<H> call_at_with(double when, Args&&... args) {
    check_closed();
    Ref<H> timer(new H(++handle_counter_, std::forward<Args>(args)...));
    schedule(timer.get(), when);
    return timer;
  }

  // --- running ----------------------------------------------------------------------
  // Runs until `future` is done and returns; its result is the caller's to read.
  void run_until_complete(FutureBase& future);
  template <class T>
  T run_until_complete(Co<T> co);  // defined in task.h
  void run_forever();
  // Runs iterations as the running loop, the first unconditionally, then while
  // `more()` says so (run_forever: until stopped; asyncio.run's cleanup: until the
  // cancelled leftovers are done).
  void run_while(const std::function<bool()>& more);
  void stop() { stopping_ = true; }
  bool is_running() const { return running_; }
  bool is_closed() const { return closed_; }
  // Drops pending callbacks and timers; a closed loop refuses new work.
  void close();
  // One iteration of the loop (BaseEventLoop._run_once). Public for tests and hosts.
  void run_once();

  // A synchronous call holds the loop for `seconds` (time.sleep): nothing else runs.
  void block(double seconds, std::string_view what = "time.sleep");
  // Marks the start and end of synchronous work whose length the host measures
  // (a long computation): shown as the loop being blocked.
  void begin_blocking(std::string_view what);
  void end_blocking();

  // --- stopping from outside ------------------------------------------------------------
  // Makes the running loop raise Interrupted ("KeyboardInterrupt") at its next
  // iteration or wait. Safe to call from a signal handler or a JS callback.
  void request_interrupt() { interrupt_.store(true, std::memory_order_relaxed); }
  bool interrupt_requested() const { return interrupt_.load(std::memory_order_relaxed); }
  void clear_interrupt() { interrupt_.store(false, std::memory_order_relaxed); }
  // Throws Interrupted if an interrupt was requested (for long computations).
  void check_interrupt();

  // --- errors ---------------------------------------------------------------------------
  using ExceptionHandler = std::function<void(EventLoop&, const ExceptionContext&)>;
  void set_exception_handler(ExceptionHandler handler) { exception_handler_ = std::move(handler); }
  void call_exception_handler(const ExceptionContext& context);
  // asyncio's default: the message and the exception on stderr.
  static void default_exception_handler(EventLoop& loop, const ExceptionContext& context);

  // --- debug mode (loop.set_debug) -----------------------------------------------------
  // As asyncio's: each callback and task step is timed on the loop's clock, and one
  // that takes slow_callback_duration or longer (a blocking call, a long computation)
  // is reported: "Executing <Task ...> took 0.500 seconds".
  void set_debug(bool on) { debug_ = on; }
  bool debug() const { return debug_; }
  double slow_callback_duration() const { return slow_callback_duration_; }
  void set_slow_callback_duration(double seconds) { slow_callback_duration_ = seconds; }
  using SlowCallbackReporter = void (*)(EventLoop&, const SlowCallback&);
  void set_slow_callback_reporter(SlowCallbackReporter reporter) { slow_callback_reporter_ = reporter; }
  // The default: the task's name or the callback's number on stderr.
  static void default_slow_callback_reporter(EventLoop& loop, const SlowCallback& slow);

  // --- tasks ----------------------------------------------------------------------------
  TaskBase* current_task() const { return current_task_; }
  // Tasks not yet done, in creation order (asyncio.all_tasks).
  std::vector<Ref<TaskBase>> all_tasks() const;
  size_t ready_count() const { return ready_.size(); }
  size_t timer_count() const { return timers_.size(); }

  // --- tracing --------------------------------------------------------------------------
  void set_observer(TraceObserver* observer) { observer_ = observer; }
  TraceObserver* observer() const { return observer_; }
  // LOOPSCOPE_NO_TRACE compiles every emission out; the benchmark builds the loop
  // both ways to show that no observer costs nothing measurable.
#ifdef LOOPSCOPE_NO_TRACE
  bool tracing() const { return false; }
#else
  bool tracing() const { return observer_ != nullptr; }
#endif
  // Emits an event stamped with the loop's time (only call when tracing()).
  void emit(TraceEvent event);

  // --- used by futures and tasks (not for programs) ------------------------------------
  void schedule_step(TaskBase* task);  // inline in task.h: every yield comes here
  // schedule_step without its trace event, for a caller that knows tracing() is off.
  void schedule_step_untraced(TaskBase* task);  // inline in task.h
  void schedule_step(TaskBase* task, std::exception_ptr exc);
  void schedule_wakeup(TaskBase* task, FutureBase* fut);  // takes a reference to task
  // A task woken by a primitive's wait (a `kind` wait): its next step, taking over
  // the caller's reference to `task`. Inline in task.h.
  void schedule_woken_step(TaskBase* task, WaitKind kind);
  // Takes `follower`'s reference; RuntimeError on a closed loop, as call_soon.
  void schedule_notify(Ref<FutureBase> follower, FutureBase* fut);
  uint32_t next_task_number() { return ++task_counter_; }
  uint32_t next_object_id() { return ++object_counter_; }
  // Ids of done callbacks (Future.add_done_callback), unique on this loop.
  uint64_t next_callback_id() { return ++callback_counter_; }
  void register_task(TaskBase* task);
  void unregister_task(TaskBase* task);
  // Inline: a task switch passes here twice.
  void enter_task(TaskBase* task) {
    if (current_task_) task_already_running();
    current_task_ = task;
  }
  void leave_task(TaskBase*) { current_task_ = nullptr; }
  void timer_cancelled() { ++timer_cancelled_count_; }  // a timer in the heap was cancelled
  // Puts a task's own sleep timer in the heap (takes a reference to the task);
  // returns its handle number, taken as call_at would.
  uint32_t schedule_own_timer(TaskBase* task, double when);
  void check_closed() const {
    if (closed_) throw_closed();
  }

 private:
  // run_forever (more null: until stopped) and run_while: the loop marked running,
  // iterations, then the reset.
  void run_iterations(const std::function<bool()>* more);
  Ref<Handle> enqueue(Handle* handle);
  void schedule(Handle* timer, double when);
  void run_item(const ReadyItem& item);
  void take_io_events();
  void run_item_timed(const ReadyItem& item);  // debug mode
  void release_item(const ReadyItem& item);
  // A timer in the heap: cancelled?; leaving the heap without running; due (to the
  // ready queue). Each takes over the heap's reference.
  static bool timer_is_cancelled(TimerRef t);
  static void drop_timer(TimerRef t);
  void make_timer_ready(TimerRef t);
  void set_loop_state(EventKind state, std::string_view what = {});
  [[noreturn]] static void task_already_running();
  [[noreturn]] static void throw_no_running_loop();
  [[noreturn]] static void throw_closed();

  static inline thread_local EventLoop* running_loop_ = nullptr;

  std::unique_ptr<Clock> clock_;
  ReadyQueue ready_;
  std::vector<Handle*> io_events_;  // add_io_event's, each holding a reference
  TimerHeap timers_;
  size_t timer_cancelled_count_ = 0;
  bool stopping_ = false;
  bool running_ = false;
  bool closed_ = false;
  std::atomic<bool> interrupt_{false};
  EventLoop* previous_loop_ = nullptr;

  TaskBase* current_task_ = nullptr;
  TaskBase* tasks_head_ = nullptr;  // intrusive list of pending tasks, oldest first
  TaskBase* tasks_tail_ = nullptr;
  uint32_t task_counter_ = 0;
  uint32_t handle_counter_ = 0;
  uint32_t object_counter_ = 0;
  uint64_t callback_counter_ = 0;

  ExceptionHandler exception_handler_;
  bool debug_ = false;
  double slow_callback_duration_ = 0.1;  // asyncio's default
  SlowCallbackReporter slow_callback_reporter_ = default_slow_callback_reporter;
  TraceObserver* observer_ = nullptr;
  EventKind loop_state_ = EventKind::LoopStopped;
};

}  // namespace loopscope
