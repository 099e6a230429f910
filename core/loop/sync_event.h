// asyncio.Event (locks.py, 3.11): set() wakes every waiter; wait() on a set event
// returns at once. Named sync_event.h because trace/event.h is the trace's event.
#pragma once

#include "loop/sync_base.h"

namespace loopscope {

class Event : public SyncPrimitive {
 public:
  using SyncPrimitive::SyncPrimitive;

  class WaitAwaiter;
  WaitAwaiter wait();
  void set();
  void clear() { value_ = false; }
  bool is_set() const { return value_; }
  // len(event._waiters).
  size_t waiter_count() const { return waiters_.size(); }
  // What a waiter shows in the trace (a Queue's join waits on its own event but
  // shows as QueueJoin on the queue).
  void set_wait_kind(WaitKind kind, uint32_t object) {
    kind_ = kind;
    object_ = object;
  }

 private:

  bool value_ = false;
  WaitKind kind_ = WaitKind::Event;
  uint32_t object_ = id();
  WaiterList waiters_;
};

// locks.py's Event.wait(): `fut` waits in the list until set() (the list entry goes
// in a finally, woken or not).
class Event::WaitAwaiter : public PrimitiveAwaiter<WaitAwaiter, bool, false> {
 public:
  explicit WaitAwaiter(Event* event) : event_(event) {}
  ~WaitAwaiter() {
    if (queued()) event_->waiters_.remove(own_wait());
  }
  bool can_proceed() { return event_->value_; }
  bool proceed() { return true; }
  void add_waiter(PrimitiveWait& w) {
    event_->get_loop();
    event_->waiters_.add(w, event_->kind_, event_->object_);
  }
  bool woken(PrimitiveWait* fut) {
    event_->waiters_.remove(fut);
    return true;
  }
  void failed(PrimitiveWait* fut, bool) { event_->waiters_.remove(fut); }

 private:
  Event* event_;
};

inline Event::WaitAwaiter Event::wait() { return WaitAwaiter(this); }

}  // namespace loopscope
