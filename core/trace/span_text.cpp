// Titles of spans in words (see span_text.h).
#include "trace/span_text.h"

namespace loopscope {

void append_wait_target(std::string& out, const StateSpan& span, const TraceRecorder& recorder) {
  std::string_view label = recorder.detail_text(span.detail);
  if (span.wait == WaitKind::Task) {
    out += "task ";
    if (const TaskInfo* t = recorder.task(span.object)) {
      out += recorder.task_name(*t);
    } else {
      out += "#";
      out += std::to_string(span.object);
    }
    return;
  }
  out += wait_kind_name(span.wait);
  if (!label.empty()) {
    out += " (";
    out += label;
    out += ')';
  }
}

void append_span_title(std::string& out, const StateSpan& span, const TraceRecorder& recorder) {
  switch (span.state) {
    case SpanState::Waiting:
      out += "waiting on ";
      append_wait_target(out, span, recorder);
      return;
    case SpanState::LoopBusy:
      out += "running callbacks";
      return;
    case SpanState::LoopBlocked: {
      std::string_view what = recorder.detail_text(span.detail);
      out += "blocked";
      if (!what.empty()) {
        out += " by ";
        out += what;
      }
      return;
    }
    default:
      out += span_state_name(span.state);
      return;
  }
}

std::string span_title(const StateSpan& span, const TraceRecorder& recorder) {
  std::string out;
  append_span_title(out, span, recorder);
  return out;
}

}  // namespace loopscope
