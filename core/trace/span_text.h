// Words for spans and marks, shared by the timeline tooltips and the Chrome export:
// "running", "sleeping", "waiting on task Beta", "waiting on queue get (jobs)",
// "blocked by time.sleep". Appending into a caller's string lets a UI reuse one
// buffer frame after frame.
#pragma once

#include <string>

#include "trace/recorder.h"
#include "trace/span_builder.h"

namespace loopscope {

// What a waiting span waits on: "task <name>" for another task, else the wait kind's
// name followed by the emitter's label in parentheses when there is one.
void append_wait_target(std::string& out, const StateSpan& span, const TraceRecorder& recorder);
// The span's title: the state, with what it waits on or what blocks the loop.
void append_span_title(std::string& out, const StateSpan& span, const TraceRecorder& recorder);
std::string span_title(const StateSpan& span, const TraceRecorder& recorder);

}  // namespace loopscope
