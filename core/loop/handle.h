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

class Handle : public RefCounted, public small_pool::Pooled {
 public:
  Handle(EventLoop* loop, uint32_t id) : id_(id), loop_(loop) {}

  virtual void cancel();
  bool cancelled() const { return cancelled_; }
  uint32_t id() const { return id_; }

  // Runs the callback; an exception goes to the loop's exception handler
  // ("Exception in callback ...") and the loop carries on. Only EventLoop calls this.
  void run();

 protected:
  virtual void invoke() = 0;
  virtual void drop_callback() = 0;

  // id_ first and cancelled_ last: they fill RefCounted's tail padding and leave
  // room for TimerHandle's flag.
  uint32_t id_;
  EventLoop* loop_;
  bool cancelled_ = false;
};

class TimerHandle : public Handle {
 public:
  TimerHandle(EventLoop* loop, uint32_t id, double when) : Handle(loop, id), when_(when) {}

  void cancel() override;
  double when() const { return when_; }

 private:
  friend class EventLoop;
  bool scheduled_ = false;  // in the loop's timer heap
  double when_;
};

// A Handle or TimerHandle (Base) holding a callable of type F.
template <class Base, class F>
class CallbackHandle final : public Base {
 public:
  template <class... BaseArgs>
  CallbackHandle(F fn, BaseArgs... args) : Base(args...), fn_(std::move(fn)) {}

 protected:
  void invoke() override { (*fn_)(); }
  void drop_callback() override { fn_.reset(); }

 private:
  std::optional<F> fn_;
};

}  // namespace loopscope
