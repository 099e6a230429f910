// Tasks and coroutines. TaskBase is asyncio.Task's stepping logic (Task.__step and
// __wakeup, cancellation), independent of what runs inside: a C++ coroutine here
// (CoroTask), a VM frame in core/lang. Co<T> is a C++ coroutine: awaiting one runs
// it inline in the current task, like awaiting a coroutine in Python; create_task()
// wraps one in a task, which is a future you can await. Start at TaskBase::step.
#pragma once

#include <cassert>
#include <exception>
#include <string>
#include <utility>

#include "loop/coro.h"
#include "loop/errors.h"
#include "loop/event_loop.h"
#include "loop/future.h"
#include "loop/small_pool.h"

namespace loopscope {

// How one resumption of a task's body ended. The error of Raised and Cancelled is
// left in resume()'s argument, so that the outcome travels in a register (a struct
// holding a std::exception_ptr went through memory, built and destroyed every step).
enum class StepOutcome : uint8_t {
  Yielded,    // suspended: awaiting what set_yielded/set_sleeping recorded (or a bare yield)
  Returned,   // finished; the subclass has stored the value
  Raised,     // finished with the error
  Cancelled,  // finished by a CancelledError (the error) that escaped the body
};

class PrimitiveWait;
class WaitRecheck;

class TaskBase : public FutureBase {
  // The small fields first, where they fill FutureBase's tail padding (a task is 96
  // bytes: the memory benchmark's bytes per suspended task). The flags are in
  // FutureBase's task_flags_.
  uint32_t id_;
  int num_cancels_requested_ = 0;
  uint32_t own_timer_id_ = 0;  // the handle number of the own sleep timer (for the trace)

 public:
  // Schedules the first step (call_soon) and registers the task with the loop.
  // `coro`: the name of the coroutine it runs, for the trace ("producer"; may be empty).
  // `name` is taken by reference: moving a std::string copies its inline buffer with a
  // call to memcpy, and a task is made by the hundred thousand, nearly all unnamed.
  TaskBase(EventLoop& loop, std::string&& name, int line = 0, const char* file = nullptr,
           std::string_view coro = {});
  ~TaskBase() override;

  uint32_t id() const { return id_; }
  // Task.get_name(): the given name, else "Task-N".
  std::string name() const;
  void set_name(std::string name);
  std::string describe() const override { return name(); }

  // Task.cancel(msg): asks the task to stop at its next suspension point.
  bool cancel(std::string msg = {}) override;
  // Task.cancelling() / Task.uncancel(): the count of pending cancel requests.
  int cancelling() const { return num_cancels_requested_; }
  int uncancel() { return num_cancels_requested_ > 0 ? --num_cancels_requested_ : 0; }

  // The future this task currently waits on (null while running or ready).
  FutureBase* waiting_on() const { return fut_waiter(); }
  // The primitive's wait (a lock, queue, ...) it waits in instead, or null.
  PrimitiveWait* primitive_wait() const {
    return (waiting_ & kTagMask) == kPrimitiveTag ? reinterpret_cast<PrimitiveWait*>(waiting_ & ~kTagMask) : nullptr;
  }
  // Source line of the current suspension point, for the trace (0: unknown).
  virtual int current_line() const { return 0; }
  // A short text of the result once done, for the trace's TaskDone ("" if none).
  virtual std::string result_text() const { return {}; }

  // --- for the loop and awaiters ------------------------------------------------------
  // Task.__step: resume the body with `exc` thrown in (or nothing).
  void step(std::exception_ptr exc);
  // step(nullptr), for a step from the ready queue: a shorter path for the usual case.
  void step_ready();
  // Task.__wakeup: `fut` is done; resume with its result or error.
  void wakeup(FutureBase& fut);
  // Called by an awaiter in the body when it suspends: what the body is awaiting.
  // (Stored straight into the waiting slot: no user code runs between this call and
  // the end of the step, which moves it out again.) A sleep's awaiter calls this
  // before it starts its timer.
  void set_yielded(FutureBase* fut) {
    if (waiting_) clear_waiting();  // the slot is empty on nearly every step: no call
    if (fut) {
      fut->retain();
      waiting_ = reinterpret_cast<uintptr_t>(fut);
    }
  }
  // An awaiter in the body suspends in a primitive's wait (a wait in its list that
  // holds a reference to this task), instead of awaiting a future: set after
  // set_yielded(nullptr), and again by a wait that re-checks (WaitRecheck).
  void wait_on_primitive(PrimitiveWait* wait) {
    assert((reinterpret_cast<uintptr_t>(wait) & kTagMask) == 0 && "waits must be 8-aligned");
    waiting_ = reinterpret_cast<uintptr_t>(wait) | kPrimitiveTag;
  }
  // asyncio.sleep(d > 0) without a future: the task waits on a timer whose callback
  // must call wake_from_sleep(). Cancelling the task cancels the timer and wakes the
  // task with CancelledError in the next iteration, as cancelling the sleep's future
  // would (same call_soon order), so 80 bytes and an allocation per sleep are saved.
  // The timer is the task's own (start_own_timer: no allocation at all) unless that
  // one is still in the loop's heap or ready queue, cancelled; then a separate
  // Handle (set_sleeping), which the task holds until woken or cancelled.
  bool own_timer_free() const { return task_flags_.own_timer == kNoOwnTimer; }
  void start_own_timer(double when);
  void set_sleeping(Ref<Handle> timer);
  void wake_from_sleep();
  bool sleeping() const {
    return sleep_timer() || (task_flags_.own_timer != kNoOwnTimer && !task_flags_.own_timer_cancelled);
  }
  // The sleep was cancelled and the task not yet woken by it (CPython's _fut_waiter is
  // then a cancelled future; reprs show it).
  bool sleep_cancelled() const { return task_flags_.sleep_cancelled; }
  // The loop is being destroyed with this task pending: drop the body and references.
  virtual void abandon();
  // Asks the cache for what the next step resumes (a coroutine frame): the loop calls
  // this when the task's own sleep timer comes due.
  virtual void prefetch_body() const {}

  // Intrusive list of pending tasks, kept by the loop.
  TaskBase* prev_task_ = nullptr;
  TaskBase* next_task_ = nullptr;

 protected:
  // Resumes the body once, with `exc` thrown in if set (taken: null afterwards). On
  // Raised and Cancelled `exc` holds the error. On Returned the subclass has already
  // stored the value, which step() commits with commit_result() unless a cancel
  // arrived meanwhile.
  virtual StepOutcome resume(std::exception_ptr& exc) = 0;
  virtual void commit_result() = 0;

 private:
  // The rest of a step once the body has run: what the outcome means (a result, an
  // error, a wait on what the body awaits). `exc`: the error of Raised and Cancelled.
  void settle(StepOutcome out, std::exception_ptr& exc);
  // The trace's last events of a finished task (only when tracing).
  void finish_trace();
  // Woken by a primitive's wait that re-checks (WaitRecheck): waits again or resumes.
  StepOutcome recheck_then_resume(WaitRecheck& recheck, std::exception_ptr& exc);

  // Where the own sleep timer is: the loop's timer heap holds it from
  // start_own_timer until due, then the ready queue until it runs (own_timer_fired).
  // Each holds one reference to the task while it does.
  enum OwnTimer : uint8_t { kNoOwnTimer, kOwnTimerInHeap, kOwnTimerReady };
  friend class EventLoop;
  // For the loop: the own timer is due (moves from the heap to the ready queue),
  // then runs: wakes the task unless cancelled meanwhile.
  void own_timer_due() { task_flags_.own_timer = kOwnTimerReady; }
  void own_timer_fired();  // after own_timer_gone, unless cancelled
  // The loop let go of the own timer (run, or dropped cancelled): free for the next sleep.
  void own_timer_gone() { task_flags_.own_timer = kNoOwnTimer; }
  bool own_timer_cancelled() const { return task_flags_.own_timer_cancelled; }
  uint32_t own_timer_id() const { return own_timer_id_; }

  // Cancels the sleep in progress, as Handle::cancel its timer; false if none.
  bool cancel_sleep();

  // What the task waits on: a future (one reference), (tagged with kTimerTag) the
  // separate timer of a sleep (one reference), or (tagged with kPrimitiveTag) a
  // primitive's wait (no reference: the wait is in the task's own frame). Never two
  // at once, so one word holds any.
  static constexpr uintptr_t kTimerTag = 1, kPrimitiveTag = 2, kTagMask = 3;
  FutureBase* fut_waiter() const {
    return (waiting_ & kTagMask) ? nullptr : reinterpret_cast<FutureBase*>(waiting_);
  }
  Handle* sleep_timer() const {
    return (waiting_ & kTagMask) == kTimerTag ? reinterpret_cast<Handle*>(waiting_ & ~kTagMask) : nullptr;
  }
  // Releases what the slot holds.
  void clear_waiting();
  Ref<FutureBase> take_fut_waiter() {
    FutureBase* f = fut_waiter();
    if (f) waiting_ = 0;
    return Ref<FutureBase>::adopt(f);
  }
  Ref<Handle> take_sleep_timer() {
    Handle* t = sleep_timer();
    if (t) waiting_ = 0;
    return Ref<Handle>::adopt(t);
  }
  uintptr_t waiting_ = 0;
};

// ---------------------------------------------------------------------------------
// Co<T>: a C++ coroutine, lazily started.

struct CoPromiseBase {
  coro::coroutine_handle<> continuation;  // the awaiting coroutine, if any
  // The coroutine an awaiter is starting inline right now (Co::Awaiter): that
  // awaiter checks done() itself, so the coroutine's end must not resume it. One
  // per thread instead of a flag in every promise, which took 8 bytes of each frame.
  static inline thread_local void* started_inline = nullptr;

  // Coroutine frames come from the loop's small-object pool, as tasks do.
  static void* operator new(std::size_t bytes) { return small_pool::allocate(bytes); }
  static void operator delete(void* p, std::size_t bytes) noexcept { small_pool::deallocate(p, bytes); }

  coro::suspend_always initial_suspend() noexcept { return {}; }
  // The error a coroutine ended with is taken by whoever sees it end, before any other
  // coroutine can end: the awaiter that resumed or started it (Co::Awaiter), or for a
  // task's outermost one CoroTaskBase::resume. So it waits in one slot per thread
  // rather than in an exception_ptr in every frame (8 bytes each).
  void unhandled_exception() {
    ended_error() = std::current_exception();
    ended_with_error = true;
  }
  // The error of the coroutine that just ended (null if it returned), taken.
  static std::exception_ptr take_ended_error() {
    if (!ended_with_error) return nullptr;
    ended_with_error = false;
    return std::exchange(ended_error(), nullptr);
  }
  // Whether the slot is set: a plain thread-local, read inline after every inline
  // await (the exception_ptr's thread-local needs a guarded access).
  static inline thread_local bool ended_with_error = false;
  static std::exception_ptr& ended_error();

  // At the end, resume the awaiting coroutine unless it started us inline and will
  // see done() itself (a bool await_suspend; symmetric transfer does not build
  // under emscripten, see TOOLCHAIN.md).
  struct FinalAwaiter {
    bool await_ready() noexcept { return false; }
    template <class P>
    void await_suspend(coro::coroutine_handle<P> h) noexcept {
      CoPromiseBase& p = h.promise();
      if (p.continuation && h.address() != started_inline) p.continuation.resume();
    }
    void await_resume() noexcept {}
  };
  FinalAwaiter final_suspend() noexcept { return {}; }
};

template <class T>
struct CoPromise : CoPromiseBase {
  ResultSlot<T> slot;
  template <class V>
  void return_value(V&& v) { slot.set(std::forward<V>(v)); }
};
template <>
struct CoPromise<void> : CoPromiseBase {
  [[no_unique_address]] ResultSlot<void> slot;  // empty: takes no byte of the frame
  void return_void() {}
};

template <class T = void>
class [[nodiscard]] Co {
 public:
  struct promise_type : CoPromise<T> {
    Co get_return_object() { return Co(coro::coroutine_handle<promise_type>::from_promise(*this)); }
  };
  using Handle = coro::coroutine_handle<promise_type>;

  Co() = default;
  explicit Co(Handle h) : h_(h) {}
  Co(Co&& o) noexcept : h_(std::exchange(o.h_, nullptr)) {}
  Co& operator=(Co&& o) noexcept {
    if (this != &o) {
      if (h_) h_.destroy();
      h_ = std::exchange(o.h_, nullptr);
    }
    return *this;
  }
  ~Co() {
    if (h_) h_.destroy();
  }

  Handle handle() const { return h_; }
  Handle release() { return std::exchange(h_, nullptr); }

  // Awaiting a Co runs it inline in the current task (no new task, no loop hop).
  struct Awaiter {
    Handle child;
    bool await_ready() { return false; }
    bool await_suspend(coro::coroutine_handle<> parent) {
      auto& p = child.promise();
      p.continuation = parent;
      void* outer = std::exchange(CoPromiseBase::started_inline, child.address());
      child.resume();
      CoPromiseBase::started_inline = outer;
      return !child.done();  // finished at once: carry on without suspending
    }
    T await_resume() {
      if (CoPromiseBase::ended_with_error) std::rethrow_exception(CoPromiseBase::take_ended_error());
      return child.promise().slot.get();
    }
  };
  Awaiter operator co_await() && { return Awaiter{h_}; }

 private:
  Handle h_;
};

// ---------------------------------------------------------------------------------
// CoroTask: a task whose body is a Co<T>.

class CoroTaskBase : public TaskBase {
 public:
  using TaskBase::TaskBase;

  // The running C++ task (throws RuntimeError if the current task is not one).
  static CoroTaskBase& current() {
    if (!current_) throw_not_in_task();
    return *current_;
  }
  // An awaiter suspends the leaf coroutine `h` on `fut` (null: a bare yield).
  void suspend(coro::coroutine_handle<> h, FutureBase* fut) {
    leaf_ = h;
    set_yielded(fut);
  }
  // An awaiter resumes: raise what step() threw in, if anything (the running task's).
  static void raise_pending() {
    if (has_pending_) raise_pending_exception();
  }
  void abandon() override;
  void prefetch_body() const override { __builtin_prefetch(leaf_.address()); }

 protected:
  StepOutcome resume(std::exception_ptr& exc) override;
  void start(coro::coroutine_handle<> root) {
    root_ = root;
    leaf_ = root;
  }
  void destroy_body();

  coro::coroutine_handle<> root_;
  coro::coroutine_handle<> leaf_;
  // What step() throws in, from resume() until the awaiter's await_resume takes it.
  // Only the running task has one, so it lives in one thread-local slot, not in
  // every task; has_pending_ says whether it is set (a plain thread-local, read
  // inline by every await, where the exception_ptr's needs a call).
  static std::exception_ptr& pending_exception();
  static inline thread_local bool has_pending_ = false;
  [[noreturn]] static void raise_pending_exception();
  // The C++ task being resumed: every await asks for it, so no dynamic_cast.
  static inline thread_local CoroTaskBase* current_ = nullptr;
  [[noreturn]] static void throw_not_in_task();
};

template <class T>
class CoroTask : public CoroTaskBase {
 public:
  CoroTask(EventLoop& loop, Co<T> co, std::string&& name, int line, const char* file)
      : CoroTaskBase(loop, std::move(name), line, file) {
    start(co.release());
  }
  ~CoroTask() override { destroy_body(); }

  // The value stays in the finished coroutine's promise (its frame lives as long as
  // the task), so a task carries no second copy of its result.
  T result() {
    check_result();
    return body().promise().slot.get();
  }

 protected:
  void commit_result() override {}

 private:
  typename Co<T>::Handle body() const { return Co<T>::Handle::from_address(root_.address()); }
};

template <class T>
class TaskAwaiter;

// A counted handle to a running task: what create_task() returns. Awaitable.
template <class T = void>
class Task {
 public:
  Task() = default;
  explicit Task(Ref<CoroTask<T>> state) : state_(std::move(state)) {}

  CoroTask<T>* operator->() const { return state_.get(); }
  CoroTask<T>& operator*() const { return *state_; }
  const Ref<CoroTask<T>>& state() const { return state_; }
  explicit operator bool() const { return bool(state_); }

  TaskAwaiter<T> operator co_await() const { return TaskAwaiter<T>(state_); }

 private:
  Ref<CoroTask<T>> state_;
};

namespace detail {
// Both create_tasks: the name goes by reference to where it is kept (see TaskBase).
template <class T>
Task<T> make_task(EventLoop& loop, Co<T>& co, std::string& name, int line, const char* file) {
  return Task<T>(make_ref<CoroTask<T>>(loop, std::move(co), std::move(name), line, file));
}
}  // namespace detail

// loop.create_task(co, name=...); the name defaults to "Task-N" as in CPython.
template <class T>
Task<T> create_task(EventLoop& loop, Co<T> co, std::string name = {},
                    int line = __builtin_LINE(), const char* file = __builtin_FILE()) {
  return detail::make_task(loop, co, name, line, file);
}
// asyncio.create_task: on the running loop.
template <class T>
Task<T> create_task(Co<T> co, std::string name = {}, int line = __builtin_LINE(),
                    const char* file = __builtin_FILE()) {
  return detail::make_task(EventLoop::running(), co, name, line, file);
}

// ---------------------------------------------------------------------------------
// Awaiters. Each suspension point records what it awaits with the current task and
// raises what the task was woken with.

// Base of awaiting any future: Future.__await__ (no suspension when already done).
class FutureAwaiterBase {
 public:
  explicit FutureAwaiterBase(FutureBase* fut) : fut_(fut) {}
  bool await_ready() const { return fut_->done(); }
  bool await_suspend(coro::coroutine_handle<> h) {
    task_ = &CoroTaskBase::current();
    task_->suspend(h, fut_);
    return true;
  }
  void resumed() {
    if (task_) task_->raise_pending();
  }

 protected:
  FutureBase* fut_;
  CoroTaskBase* task_ = nullptr;
};

template <class T>
class FutureAwaiter : public FutureAwaiterBase {
 public:
  explicit FutureAwaiter(Ref<FutureState<T>> fut) : FutureAwaiterBase(fut.get()), hold_(std::move(fut)) {}
  T await_resume() {
    resumed();
    return hold_->result();
  }

 private:
  Ref<FutureState<T>> hold_;
};

template <class T>
class TaskAwaiter : public FutureAwaiterBase {
 public:
  explicit TaskAwaiter(Ref<CoroTask<T>> task) : FutureAwaiterBase(task.get()), hold_(std::move(task)) {
    hold_->set_wait(WaitKind::Task, hold_->id());
  }
  T await_resume() {
    resumed();
    return hold_->result();
  }

 private:
  Ref<CoroTask<T>> hold_;
};

// Awaits any future for completion only: raises its exception or CancelledError and
// returns nothing (the caller reads a typed result elsewhere).
class DoneAwaiter : public FutureAwaiterBase {
 public:
  explicit DoneAwaiter(Ref<FutureBase> fut) : FutureAwaiterBase(fut.get()), hold_(std::move(fut)) {}
  void await_resume() {
    resumed();
    hold_->check_result();
  }

 private:
  Ref<FutureBase> hold_;
};
inline DoneAwaiter await_done(Ref<FutureBase> fut) { return DoneAwaiter(std::move(fut)); }

// A bare yield: gives up the CPU for one loop iteration (asyncio.sleep(0)).
struct YieldAwaiter {
  bool await_ready() const { return false; }
  bool await_suspend(coro::coroutine_handle<> h) {
    CoroTaskBase::current().suspend(h, nullptr);
    return true;
  }
  void await_resume() { CoroTaskBase::raise_pending(); }
};

// The current task (asyncio.current_task()), or null outside a task.
inline TaskBase* current_task() {
  EventLoop* loop = EventLoop::current();
  return loop ? loop->current_task() : nullptr;
}

inline void EventLoop::schedule_step_untraced(TaskBase* task) {
  task->retain();  // the queue's reference
  ready_.push(ReadyItem::step(task));
}

inline void EventLoop::schedule_step(TaskBase* task) {
  schedule_step_untraced(task);
  if (tracing()) emit({.kind = EventKind::TaskReady, .task = task->id()});
}

inline void EventLoop::schedule_woken_step(TaskBase* task, WaitKind kind) {
  ready_.push(ReadyItem::step(task));  // the caller's reference moves to the queue
  if (tracing()) emit({.kind = EventKind::TaskReady, .wait = kind, .task = task->id()});
}

template <class T>
T EventLoop::run_until_complete(Co<T> co) {
  Task<T> task = create_task(*this, std::move(co));
  run_until_complete(*task.state());
  return task->result();
}

}  // namespace loopscope
