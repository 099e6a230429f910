// Names of trace event and wait kinds, as shown in the UI and exported traces.
#include "trace/event.h"

namespace loopscope {

const char* wait_kind_name(WaitKind kind) {
  switch (kind) {
    case WaitKind::None: return "none";
    case WaitKind::Sleep: return "sleep";
    case WaitKind::QueueGet: return "queue get";
    case WaitKind::QueuePut: return "queue put";
    case WaitKind::QueueJoin: return "queue join";
    case WaitKind::Lock: return "lock";
    case WaitKind::Event: return "event";
    case WaitKind::Condition: return "condition";
    case WaitKind::Semaphore: return "semaphore";
    case WaitKind::Future: return "future";
    case WaitKind::Task: return "task";
    case WaitKind::Gather: return "gather";
    case WaitKind::Wait: return "wait";
    case WaitKind::StreamRead: return "stream read";
    case WaitKind::Connection: return "connection";
    case WaitKind::Count: break;
  }
  return "?";
}

const char* event_kind_name(EventKind kind) {
  switch (kind) {
    case EventKind::TaskCreated: return "created";
    case EventKind::TaskReady: return "ready";
    case EventKind::TaskRunning: return "running";
    case EventKind::TaskSuspended: return "suspended";
    case EventKind::TaskWaiting: return "waiting";
    case EventKind::TaskDone: return "done";
    case EventKind::TaskFailed: return "failed";
    case EventKind::TaskCancelled: return "cancelled";
    case EventKind::CallbackScheduled: return "callback scheduled";
    case EventKind::CallbackRunning: return "callback running";
    case EventKind::CallbackDone: return "callback done";
    case EventKind::LoopBusy: return "loop busy";
    case EventKind::LoopIdle: return "loop idle";
    case EventKind::LoopBlocked: return "loop blocked";
    case EventKind::LoopUnblocked: return "loop unblocked";
    case EventKind::LoopStopped: return "loop stopped";
    case EventKind::Count: break;
  }
  return "?";
}

}  // namespace loopscope
