// Handle and TimerHandle: a callback scheduled on the loop (asyncio.Handle /
// asyncio.TimerHandle). Cancelling drops the callback at once, as CPython does, so
// whatever it captured is released.
#pragma once

#include <cstdint>
#include <functional>

#include "loop/ref.h"

namespace loopscope {

class EventLoop;

class Handle : public RefCounted {
 public:
  Handle(EventLoop* loop, std::function<void()> callback, uint32_t id)
      : loop_(loop), callback_(std::move(callback)), id_(id) {}

  virtual void cancel();
  bool cancelled() const { return cancelled_; }
  uint32_t id() const { return id_; }

  // Runs the callback; an exception goes to the loop's exception handler
  // ("Exception in callback ...") and the loop carries on. Only EventLoop calls this.
  void run();

 protected:
  EventLoop* loop_;
  std::function<void()> callback_;
  uint32_t id_;
  bool cancelled_ = false;
};

class TimerHandle : public Handle {
 public:
  TimerHandle(EventLoop* loop, double when, std::function<void()> callback, uint32_t id)
      : Handle(loop, std::move(callback), id), when_(when) {}

  void cancel() override;
  double when() const { return when_; }

 private:
  friend class EventLoop;
  double when_;
  bool scheduled_ = false;  // in the loop's timer heap
};

}  // namespace loopscope
