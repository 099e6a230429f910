// SpanBuilder: the state machine from task and loop events to spans. A task step is
// emitted as TaskRunning ... TaskSuspended followed, at the same instant, by
// TaskWaiting (the task waits), TaskReady (a bare yield) or a final event; between
// TaskSuspended and what follows the task counts as Ready, which the zero-length rule
// drops again when the next event comes at the same time.
#include "trace/span_builder.h"

namespace loopscope {

namespace {
// Lane ids index a vector; task ids are dense from 1 (same bound as the recorder).
constexpr uint32_t kMaxLaneId = 1u << 26;
}  // namespace

const char* span_state_name(SpanState state) {
  switch (state) {
    case SpanState::Ready: return "ready";
    case SpanState::Running: return "running";
    case SpanState::Sleeping: return "sleeping";
    case SpanState::Waiting: return "waiting";
    case SpanState::LoopBusy: return "busy";
    case SpanState::LoopIdle: return "idle";
    case SpanState::LoopBlocked: return "blocked";
    case SpanState::Callback: return "callback";
    case SpanState::Count: break;
  }
  return "?";
}

const char* mark_kind_name(MarkKind kind) {
  switch (kind) {
    case MarkKind::Created: return "created";
    case MarkKind::Done: return "done";
    case MarkKind::Failed: return "failed";
    case MarkKind::Cancelled: return "cancelled";
    case MarkKind::Count: break;
  }
  return "?";
}

bool SpanBuilder::keeps_zero_length(SpanState state) {
  return state == SpanState::Running || state == SpanState::Callback || state == SpanState::LoopBusy ||
         state == SpanState::LoopBlocked;
}

void SpanBuilder::reset() {
  open_.assign(1, Open{});
  callback_active_ = false;
}

SpanBuilder::Open* SpanBuilder::slot(uint32_t lane) {
  if (lane >= kMaxLaneId) return nullptr;
  if (lane >= open_.size()) open_.resize(size_t(lane) + 1);
  return &open_[lane];
}

const StateSpan* SpanBuilder::open_span(uint32_t lane) const {
  if (lane >= open_.size() || !open_[lane].active) return nullptr;
  return &open_[lane].span;
}

void SpanBuilder::end(Open& open, double time) {
  open.active = false;
  open.span.end = time < open.span.start ? open.span.start : time;
  if (open.span.end > open.span.start || keeps_zero_length(open.span.state)) sink_->on_span(open.span);
}

void SpanBuilder::begin(uint32_t lane, double time, SpanState state, WaitKind wait, uint32_t object,
                        uint32_t detail, int32_t line) {
  Open* open = slot(lane);
  if (!open) return;
  if (open->active) {
    // Ready after the provisional Ready of a bare yield, or busy after an unblock:
    // one span, not two.
    if (open->span.state == state && (state == SpanState::Ready || state == SpanState::LoopBusy)) {
      if (wait != WaitKind::None) open->span.wait = wait;
      return;
    }
    end(*open, time);
  }
  open->active = true;
  open->span = StateSpan{time, time, lane, object, detail, line, state, wait};
}

void SpanBuilder::mark(const TraceRecord& r, MarkKind kind) {
  sink_->on_mark(TaskMark{r.time, r.task, r.detail, kind == MarkKind::Created ? r.line() : 0, kind});
}

void SpanBuilder::feed(const TraceRecord& r) {
  switch (r.kind()) {
    case EventKind::TaskCreated:
      // A second loop reusing the id: whatever the old task left open ends here.
      if (Open* open = slot(r.task); open && open->active) end(*open, r.time);
      mark(r, MarkKind::Created);
      return;
    case EventKind::TaskReady:
      begin(r.task, r.time, SpanState::Ready, r.wait());
      return;
    case EventKind::TaskRunning:
      begin(r.task, r.time, SpanState::Running);
      return;
    case EventKind::TaskSuspended:
      begin(r.task, r.time, SpanState::Ready);
      return;
    case EventKind::TaskWaiting:
      begin(r.task, r.time, r.wait() == WaitKind::Sleep ? SpanState::Sleeping : SpanState::Waiting, r.wait(),
            r.other, r.detail, r.line());
      return;
    case EventKind::TaskDone:
    case EventKind::TaskFailed:
    case EventKind::TaskCancelled:
      if (Open* open = slot(r.task); open && open->active) end(*open, r.time);
      mark(r, r.kind() == EventKind::TaskDone     ? MarkKind::Done
              : r.kind() == EventKind::TaskFailed ? MarkKind::Failed
                                                  : MarkKind::Cancelled);
      return;
    case EventKind::CallbackScheduled:
      return;
    case EventKind::CallbackRunning:
      callback_ = StateSpan{r.time, r.time, 0, r.task, 0, 0, SpanState::Callback, WaitKind::None};
      callback_active_ = true;
      return;
    case EventKind::CallbackDone:
      if (callback_active_ && callback_.object == r.task) {
        callback_.end = r.time;
        sink_->on_span(callback_);
      }
      callback_active_ = false;
      return;
    case EventKind::LoopBusy:
    case EventKind::LoopUnblocked:
      begin(0, r.time, SpanState::LoopBusy);
      return;
    case EventKind::LoopIdle:
      begin(0, r.time, SpanState::LoopIdle);
      return;
    case EventKind::LoopBlocked:
      begin(0, r.time, SpanState::LoopBlocked, WaitKind::None, 0, r.detail);
      return;
    case EventKind::LoopStopped:
      if (open_[0].active) end(open_[0], r.time);
      return;
    case EventKind::Count:
      return;
  }
}

void SpanBuilder::close_all(double time) {
  if (callback_active_) {
    callback_.end = time;
    sink_->on_span(callback_);
    callback_active_ = false;
  }
  for (Open& open : open_)
    if (open.active) end(open, time);
}

}  // namespace loopscope
