// What each pending task waits on when the loop finds nothing ready and no timer
// pending (a deadlock): the explanation printed with vtime.py's one-line message, so
// a user sees which task waits on what, and at which line, without opening a trace.
// Reads only the loop's own state (no trace observer needed).
#pragma once

#include <string>
#include <vector>

#include "loop/event_loop.h"
#include "trace/event.h"

namespace loopscope {

struct TaskWait {
  std::string task;          // the waiting task's name
  WaitKind wait = WaitKind::None;
  std::string awaited_task;  // wait == Task: the awaited task's name ("" if unknown)
  int line = 0;              // source line of the await (0: unknown)
};

// The loop's pending tasks in creation order, each with what it awaits.
std::vector<TaskWait> pending_waits(const EventLoop& loop);

// "Task-2 waits on lock (line 7)", "Task-1 waits on task Task-3 (line 20)".
std::string describe_wait(const TaskWait& wait);

// A line per pending task after a heading, each line ending in '\n':
//   deadlock: every task waits, and nothing is left that could wake one:
//     Task-2 waits on lock (line 7)
// Empty when no task is pending.
std::string deadlock_report(const EventLoop& loop);

}  // namespace loopscope
