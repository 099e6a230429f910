// Chrome Trace Event JSON export of a recorded run, for Perfetto (ui.perfetto.dev)
// and chrome://tracing. One thread per task (tid = task id, named after the task,
// sorted in creation order) and one for the loop (tid 0); complete ("X") events for
// every state span, instant ("i") events for created/done/failed/cancelled, and a
// flow ("s" -> "f") from each task to the task it awaits. Times are microseconds.
#pragma once

#include <iosfwd>
#include <string>

#include "trace/recorder.h"

namespace loopscope {

struct ChromeTraceOptions {
  bool callbacks = true;  // plain callbacks as "callback" spans on the loop thread
  double end_time = -1;   // where spans still open end; < 0: the recorder's last_time()
};

void write_chrome_trace(const TraceRecorder& recorder, std::ostream& out, const ChromeTraceOptions& options = {});
std::string chrome_trace_json(const TraceRecorder& recorder, const ChromeTraceOptions& options = {});
// Writes to a file; false if it cannot be written.
bool write_chrome_trace_file(const TraceRecorder& recorder, const std::string& path,
                             const ChromeTraceOptions& options = {});

}  // namespace loopscope
