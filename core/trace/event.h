// Trace events: every lifecycle change of a task or callback, and the loop's own
// state, as the event loop reports them to an observer. The loop emits; a recorder
// (recorder.h) stores them compactly; the UI and the Chrome-trace export read them.
// Start with EventKind, then TraceEvent.
#pragma once

#include <cstdint>
#include <string_view>

namespace loopscope {

// What a task is waiting on when it suspends. Order is part of the recorded format.
enum class WaitKind : uint8_t {
  None,       // not waiting (or a bare yield: sleep(0))
  Sleep,      // asyncio.sleep(d > 0)
  QueueGet,   // Queue.get on an empty queue
  QueuePut,   // Queue.put on a full queue
  QueueJoin,  // Queue.join
  Lock,       // Lock.acquire
  Event,      // Event.wait
  Condition,  // Condition.wait
  Semaphore,  // Semaphore.acquire
  Future,     // a plain future
  Task,       // another task (other = its id)
  Gather,     // gather(...)
  Wait,       // wait / wait_for / as_completed / TaskGroup
  StreamRead, // StreamReader.read* with no data yet
  Connection, // a connection being made, closed, or served (open_connection, wait_closed, serve_forever)
  Count
};

const char* wait_kind_name(WaitKind kind);

enum class EventKind : uint8_t {
  TaskCreated,        // task: new id; other: parent task id (0: none); text: name; coro; line
  TaskReady,          // task scheduled to step; wait: what woke it (None on creation)
  TaskRunning,        // task step begins
  TaskSuspended,      // task step ends with the task still pending
  TaskWaiting,        // task waits; wait, other (object id: task id for Task), text: label, line
  TaskDone,           // finished with a result
  TaskFailed,         // finished with an exception; text: "Type: message"
  TaskCancelled,      // finished cancelled; text: message, may be empty
  CallbackScheduled,  // a plain callback (call_soon / call_later fired); task: callback id
  CallbackRunning,    // callback begins
  CallbackDone,       // callback ends
  LoopBusy,           // the loop starts running a batch of ready callbacks
  LoopIdle,           // the loop waits for its next timer (other: 0); text empty
  LoopBlocked,        // a synchronous call blocks the loop (time.sleep, CPU work); text: what
  LoopUnblocked,      // the synchronous call returned
  LoopStopped,        // run_until_complete / run_forever returned
  Count
};

const char* event_kind_name(EventKind kind);

// One event as emitted. Views point into the emitter's memory and are valid only
// during the observer call: a recorder copies what it keeps.
struct TraceEvent {
  double time = 0;          // loop clock, seconds
  EventKind kind = EventKind::TaskCreated;
  WaitKind wait = WaitKind::None;
  uint32_t task = 0;        // task or callback id (ids start at 1)
  uint32_t other = 0;       // parent task, awaited object, ... (see EventKind)
  int32_t line = 0;         // source line (0: unknown)
  std::string_view text;    // name, label or "Type: message"
  std::string_view file;    // source file (may be empty)
  std::string_view coro;    // TaskCreated: the coroutine's name, e.g. "producer" (may be empty)
};

// Receives events from an EventLoop (EventLoop::set_observer). With no observer
// attached the loop only tests one pointer per event.
class TraceObserver {
 public:
  virtual ~TraceObserver() = default;
  virtual void on_event(const TraceEvent& event) = 0;
};

}  // namespace loopscope
