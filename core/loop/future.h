// Futures (asyncio.Future): a result that will exist later. FutureBase holds the
// state, the exception and the done callbacks; FutureState<T> adds the value;
// Future<T> is the counted handle programs pass around and co_await.
// Completing a future schedules each done callback with call_soon, in registration
// order; a task waiting on it is woken the same way (never resumed directly).
#pragma once

#include <cassert>
#include <cstdint>
#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "loop/errors.h"
#include "loop/event_loop.h"
#include "loop/ref.h"
#include "loop/small_pool.h"
#include "trace/event.h"

namespace loopscope {

class TaskBase;

class FutureBase : public RefCounted, public small_pool::Pooled {
 public:
  enum class State : uint8_t { Pending, Cancelled, Finished };

  explicit FutureBase(EventLoop& loop) : loop_(&loop) {}
  ~FutureBase() override;

  EventLoop& loop() const { return *loop_; }
  bool done() const { return state_ != State::Pending; }
  bool cancelled() const { return state_ == State::Cancelled; }
  State state() const { return state_; }

  // Future.cancel(msg): false if already done; otherwise cancelled, callbacks scheduled.
  virtual bool cancel(std::string msg = {});
  // Future.exception(): null if finished with a result; throws if pending/cancelled.
  std::exception_ptr exception();
  void set_exception(std::exception_ptr e);
  template <class E>
  void set_exception(E e) { set_exception(std::make_exception_ptr(std::move(e))); }

  // Future.add_done_callback: returns an id for remove_done_callback. `name` is what
  // reprs call the callback (the name of CPython's function for the same job).
  uint64_t add_done_callback(std::function<void(FutureBase&)> callback, const char* name = nullptr);
  // Removes callbacks with this id; returns how many were removed.
  size_t remove_done_callback(uint64_t id);
  // Removes every callback `match` accepts (Python's remove_done_callback(fn), which
  // compares the callables by ==); returns how many were removed.
  size_t remove_done_callbacks_if(const std::function<bool(const std::function<void(FutureBase&)>&)>& match);
  // The fast path of add_done_callback(task.__wakeup) for a task awaiting this future.
  void add_waiter(TaskBase* task);
  void remove_waiter(TaskBase* task);
  // The fast path of add_done_callback for a future that follows others (gather's
  // outer future, which counts its children): when this one is done, the loop calls
  // follower->followed_done(*this) in its next iteration, exactly where the callback
  // would run, but no callable is stored or allocated (a std::function holding a
  // reference is a heap allocation per child). Holds a reference to `follower`.
  void add_follower(FutureBase* follower);
  // What a follower does when a future it follows is done (the loop calls it).
  virtual void followed_done(FutureBase& done) { (void)done; }
  // Asked first, each time a future it follows is done: a follower whose callback
  // would change nothing a program can see (a gather counting a child that has its
  // result while others are still to come) may take note of it now, if `allowed`, and
  // return true: no callback is queued. False: followed_done runs in the next
  // iteration, as the callback would (a follower that counts what it decides keeps
  // count of those queued here).
  virtual bool followed_done_now(FutureBase& done, bool allowed) {
    (void)done;
    (void)allowed;
    return false;
  }
  // Finished with a result (not failed, not cancelled).
  bool has_result() const { return state_ == State::Finished && !(extras_ && extras_->exception); }
  // Raises what a finished future holds instead of a value: its exception, or the
  // CancelledError when cancelled; InvalidStateError when pending. Marks it retrieved.
  void check_result();
  // The error a waiting task is woken with: exception or CancelledError; null if none.
  std::exception_ptr error_for_waiter();

  // For the trace: what awaiting this future means (sleep, queue get, ...) and the id
  // of the object awaited (a task id for WaitKind::Task).
  WaitKind wait_kind() const { return wait_kind_; }
  uint32_t wait_object() const { return wait_object_; }
  void set_wait(WaitKind kind, uint32_t object = 0) {
    wait_kind_ = kind;
    wait_object_ = object;
  }

  // The done callbacks in registration order, for reprs: each is a waiting task
  // (Task.__wakeup), a callback, or a follower (neither set).
  struct CallbackView {
    const TaskBase* waiter;
    const std::function<void(FutureBase&)>* callback;
    const char* name;
  };
  std::vector<CallbackView> callbacks_view() const;

  // Future._cancel_message: null when none (cancel() without a message).
  const std::string* cancel_message() const {
    return extras_ && extras_->cancel_message ? &*extras_->cancel_message : nullptr;
  }

  // A short description for messages: "Future", or the task's name.
  virtual std::string describe() const { return "Future"; }

 protected:
  // Reports an exception nobody retrieved (the destructors call this).
  void report_unretrieved(const char* message);
  // Marks the future finished with its value already stored; schedules callbacks.
  void mark_finished();
  void check_pending(const char* what) const;
  std::exception_ptr make_cancelled_error();
  void schedule_callbacks();
  // Drops callbacks without running them (a task abandoned when its loop dies).
  void clear_callbacks();
  void set_cancel_message(std::string msg);
  // A task cancelled by its own CancelledError: that exception, handed out once (to
  // the first waiter or result()), like CPython's _cancelled_exc. Null if none.
  void set_cancelled_exc(std::exception_ptr e);
  std::exception_ptr cancelled_exc() const { return extras_ ? extras_->cancelled_exc : nullptr; }
  // Task.get_name()'s given name (null: none given).
  const std::string* custom_name() const { return extras_ && extras_->name ? &*extras_->name : nullptr; }
  void set_custom_name(std::string name) { extras().name = std::move(name); }

  // The exception (Finished) or the CancelledError to raise (Cancelled, once built);
  // null if none. Kept with the extras: few futures fail.
  const std::exception_ptr& stored_exception() const {
    static const std::exception_ptr none;
    return extras_ ? extras_->exception : none;
  }

  // Field order packs a task into 96 bytes: the small fields fill RefCounted's tail
  // padding, and wait_object_ comes last so that TaskBase's first field fills ours.
 private:
  State state_ = State::Pending;
  WaitKind wait_kind_ = WaitKind::Future;

 protected:
  bool log_traceback_ : 1 = false;  // an exception nobody retrieved yet

 private:
  // Set on each child while a gather registers on its children, to count a child
  // passed twice once (in a padding bit: no set of 100k children to build).
  friend class GatheringFuture;
  bool gather_mark_ : 1 = false;

 protected:
  // TaskBase's flags, in this byte of padding where they cost nothing.
  struct TaskFlags {
    bool must_cancel : 1 = false;
    bool sleep_cancelled : 1 = false;
    bool registered : 1 = false;
    bool started : 1 = false;            // CoroTaskBase's
    uint8_t own_timer : 2 = 0;           // where the task's own sleep timer is (TaskBase::OwnTimer)
    bool own_timer_cancelled : 1 = false;
  } task_flags_;

 private:

  struct DoneCallback {
    TaskBase* waiter;                           // wake this task (owns a reference), or
    std::function<void(FutureBase&)> callback;  // call this, or
    uint64_t id;
    const char* name = nullptr;
    FutureBase* follower = nullptr;             // notify this one (owns a reference)
  };
  // What few futures use, out of line so that every future and task is smaller.
  struct Extras {
    std::exception_ptr exception;
    std::optional<std::string> cancel_message;
    std::exception_ptr cancelled_exc;
    std::optional<std::string> name;  // a task's custom name
  };
  Extras& extras() {
    if (!extras_) extras_ = std::make_unique<Extras>();
    return *extras_;
  }

  // The list and its buffer come from the small-object pool, like the future.
  struct CallbackList : small_pool::Pooled {
    std::vector<DoneCallback, small_pool::Allocator<DoneCallback>> items;
  };
  // Most futures are awaited by exactly one task, or followed by one gather, and
  // nothing else: that waiter (a TaskBase*) or follower (tagged with kFollowerTag)
  // sits inline in `waiters_`. The first other registration moves it to the front of a
  // CallbackList, which `waiters_` then points to, tagged with kListTag; one word for
  // all keeps a task at 96 bytes.
  static constexpr uintptr_t kListTag = 1, kFollowerTag = 2, kTagMask = 3;
  TaskBase* single_waiter() const {
    return (waiters_ & kTagMask) ? nullptr : reinterpret_cast<TaskBase*>(waiters_);
  }
  FutureBase* single_follower() const {
    return (waiters_ & kTagMask) == kFollowerTag ? reinterpret_cast<FutureBase*>(waiters_ & ~kTagMask) : nullptr;
  }
  CallbackList* callback_list() const {
    return (waiters_ & kTagMask) == kListTag ? reinterpret_cast<CallbackList*>(waiters_ & ~kTagMask) : nullptr;
  }
  // Tells `follower` (taking over its reference) that this future is done: at once
  // if it can take it now (followed_done_now), else in the next iteration.
  void notify_follower(FutureBase* follower);
  // The list, made on first use (moving the single waiter or follower into it).
  CallbackList& make_callback_list();
  // Takes everything registered, leaving none: the single waiter, the single
  // follower or the list (owned).
  TaskBase* take_single_waiter();
  FutureBase* take_single_follower();
  std::unique_ptr<CallbackList> take_callback_list();

  EventLoop* loop_;
  std::unique_ptr<Extras> extras_;
  uintptr_t waiters_ = 0;
  uint32_t wait_object_ = 0;
};

// Storage for a future's value; void futures store nothing.
template <class T>
struct ResultSlot {
  std::optional<T> value;
  void set(T v) { value.emplace(std::move(v)); }
  T get() const { return *value; }
};
template <>
struct ResultSlot<void> {
  void set() {}
  void get() const {}
};

template <class T>
class FutureState : public FutureBase {
 public:
  using FutureBase::FutureBase;

  // Future.set_result: InvalidStateError if already done.
  template <class... V>
  void set_result(V&&... v) {
    check_pending("set_result");
    slot_.set(std::forward<V>(v)...);
    mark_finished();
  }
  // Future.result(): the value, or raises the exception / CancelledError.
  T result() {
    check_result();
    return slot_.get();
  }

 private:
  ResultSlot<T> slot_;
};

template <class T>
class FutureAwaiter;

// A counted handle to a FutureState<T>: what loop.create_future() returns.
template <class T = void>
class Future {
 public:
  Future() = default;
  explicit Future(Ref<FutureState<T>> state) : state_(std::move(state)) {}

  FutureState<T>* operator->() const { return state_.get(); }
  FutureState<T>& operator*() const { return *state_; }
  const Ref<FutureState<T>>& state() const { return state_; }
  explicit operator bool() const { return bool(state_); }

  FutureAwaiter<T> operator co_await() const { return FutureAwaiter<T>(state_); }

 private:
  Ref<FutureState<T>> state_;
};

// loop.create_future() for the running loop (or the given one).
template <class T = void>
Future<T> create_future(EventLoop& loop) {
  return Future<T>(make_ref<FutureState<T>>(loop));
}
template <class T = void>
Future<T> create_future() {
  return create_future<T>(EventLoop::running());
}

}  // namespace loopscope
