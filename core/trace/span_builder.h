// SpanBuilder: turns the recorder's events, one at a time, into what a timeline
// shows: state spans per task (running, ready, sleeping, waiting on something) and
// for the loop (busy, idle, blocked, callbacks), and marks (created, done, failed,
// cancelled). Incremental: feed() only the new records each frame; the span a lane
// is in right now stays open (open_span) until the next event on that lane.
// Both the UI model (ui/timeline_model.h) and the Chrome export read this.
#pragma once

#include <cstdint>
#include <vector>

#include "trace/recorder.h"

namespace loopscope {

enum class SpanState : uint8_t {
  Ready,        // scheduled, not yet running; wait: what woke it (None: first step, yield)
  Running,      // a step of the task's body
  Sleeping,     // asyncio.sleep(d > 0)
  Waiting,      // on a queue, lock, event, future, another task...; see wait/object
  LoopBusy,     // the loop runs ready callbacks and task steps
  LoopIdle,     // the loop waits for its next timer
  LoopBlocked,  // a synchronous call holds the loop (detail: what)
  Callback,     // a plain callback on the loop lane (object: callback id), inside LoopBusy
  Count
};
const char* span_state_name(SpanState state);

// One span of one lane. Lane id: the task id, 0 for the loop.
struct StateSpan {
  double start = 0;
  double end = 0;
  uint32_t lane = 0;
  uint32_t object = 0;  // Waiting: awaited object (a task id when wait == Task); Callback: its id
  uint32_t detail = 0;  // TraceRecorder detail id: wait label, blocking call
  int32_t line = 0;     // Sleeping/Waiting: source line of the await
  SpanState state = SpanState::Ready;
  WaitKind wait = WaitKind::None;

  double duration() const { return end - start; }
};

enum class MarkKind : uint8_t { Created, Done, Failed, Cancelled, Count };
const char* mark_kind_name(MarkKind kind);

struct TaskMark {
  double time = 0;
  uint32_t task = 0;
  uint32_t detail = 0;  // Created: name + file; Failed: "Type: message"; Cancelled: message
  int32_t line = 0;     // Created: line of create_task
  MarkKind kind = MarkKind::Created;
};

class SpanSink {
 public:
  virtual ~SpanSink() = default;
  virtual void on_span(const StateSpan& span) = 0;
  virtual void on_mark(const TaskMark& mark) = 0;
};

class SpanBuilder {
 public:
  explicit SpanBuilder(SpanSink& sink) : sink_(&sink) { reset(); }

  void feed(const TraceRecord& record);
  // The span lane `lane` is in now (its `end` is meaningless), or null.
  const StateSpan* open_span(uint32_t lane) const;
  // Ends every open span at `time` (the end of a recorded run, for an export).
  void close_all(double time);
  void reset();

  // Zero-length spans of these states are kept: in virtual time a task step and a
  // loop iteration take no time, and they are still the story. Others are dropped.
  static bool keeps_zero_length(SpanState state);

 private:
  struct Open {
    StateSpan span;
    bool active = false;
  };
  Open* slot(uint32_t lane);
  void begin(uint32_t lane, double time, SpanState state, WaitKind wait = WaitKind::None, uint32_t object = 0,
             uint32_t detail = 0, int32_t line = 0);
  void end(Open& open, double time);
  void mark(const TraceRecord& r, MarkKind kind);

  SpanSink* sink_;
  std::vector<Open> open_;  // by lane id (0: the loop)
  StateSpan callback_;      // the running callback, if callback_active_
  bool callback_active_ = false;
};

}  // namespace loopscope
