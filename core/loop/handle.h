// Handle and TimerHandle: a callback scheduled on the loop (asyncio.Handle /
// asyncio.TimerHandle). The callable is stored in the handle itself (no
// std::function, no second allocation); cancelling drops it at once, as CPython
// does, so whatever it captured is released.
#pragma once

#include <cstdint>
#include <optional>
#include <utility>

#include "loop/ref.h"
#include "loop/small_pool.h"

namespace loopscope {

class EventLoop;

// What the loop needs of anything it runs or keeps in its timer heap. The heap holds
// a timer's deadline itself, and the loop is asked for, not stored, so that the
// timer of a sleep is 32 bytes (sleep.cpp).
class Handle : public RefCounted, public small_pool::Pooled {
 public:
  explicit Handle(uint32_t id) : id_(id) {}

  void cancel();
  bool cancelled() const { return cancelled_; }
  uint32_t id() const { return id_; }
  virtual EventLoop& loop() const = 0;

  // Runs the callback; an exception goes to the loop's exception handler
  // ("Exception in callback ...") and the loop carries on. Only EventLoop calls this.
  void run(EventLoop& loop);
  // The handle whose callback is running (null between callbacks): what an error
  // report passes to a program's exception handler as context['handle'].
  static Handle* running() { return running_; }

 protected:
  virtual void invoke() = 0;
  virtual void drop_callback() = 0;

 private:
  friend class EventLoop;
  // These fill RefCounted's tail padding.
  uint32_t id_;
  bool cancelled_ = false;
  bool scheduled_ = false;  // in the loop's timer heap
  static inline thread_local Handle* running_ = nullptr;
};

// For a catch (...) block around a callback the loop runs (id: its handle number):
// reports the exception being handled to the loop's exception handler ("Exception in
// callback ...") so the loop carries on; rethrows Interrupted and LoopAbort, which end
// the run.
void report_callback_error(EventLoop& loop, uint32_t id);

// A timer made by call_at / call_later: a handle that knows its deadline.
class TimerHandle : public Handle {
 public:
  TimerHandle(uint32_t id, double when) : Handle(id), when_(when) {}
  double when() const { return when_; }

 private:
  double when_;
};

// A Handle or TimerHandle (Base) holding a callable of type F.
template <class Base, class F>
class CallbackHandle final : public Base {
 public:
  template <class... BaseArgs>
  CallbackHandle(F fn, EventLoop* loop, BaseArgs... args) : Base(args...), loop_(loop), fn_(std::move(fn)) {}
  EventLoop& loop() const override { return *loop_; }
  // The callable (nullptr once dropped): what a report describes.
  const F* callable() const { return fn_ ? &*fn_ : nullptr; }

 protected:
  void invoke() override { (*fn_)(); }
  void drop_callback() override { fn_.reset(); }

 private:
  EventLoop* loop_;
  std::optional<F> fn_;
};

// The callable of `handle` if it was made with one of type F (call_soon's Handle or
// call_later's TimerHandle), else nullptr.
template <class F>
const F* callback_of(const Handle* handle) {
  if (auto* h = dynamic_cast<const CallbackHandle<Handle, F>*>(handle)) return h->callable();
  if (auto* h = dynamic_cast<const CallbackHandle<TimerHandle, F>*>(handle)) return h->callable();
  return nullptr;
}

}  // namespace loopscope
