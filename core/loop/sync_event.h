// asyncio.Event (locks.py, 3.11): set() wakes every waiter; wait() on a set event
// returns at once. Named sync_event.h because trace/event.h is the trace's event.
#pragma once

#include "loop/sync_base.h"

namespace loopscope {

class Event : public SyncPrimitive {
 public:
  using SyncPrimitive::SyncPrimitive;

  auto wait() { return FastPathAwaiter<Event, bool, &Event::is_set, &Event::already_set, &Event::wait_slow>(this); }
  void set();
  void clear() { value_ = false; }
  bool is_set() const { return value_; }
  // What a waiter shows in the trace (a Queue's join waits on its own event but
  // shows as QueueJoin on the queue).
  void set_wait_kind(WaitKind kind, uint32_t object) {
    kind_ = kind;
    object_ = object;
  }

 private:
  bool already_set() { return true; }
  Co<bool> wait_slow();

  bool value_ = false;
  WaitKind kind_ = WaitKind::Event;
  uint32_t object_ = id();
  WaiterList waiters_;
};

}  // namespace loopscope
