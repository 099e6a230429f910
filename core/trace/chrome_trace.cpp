// Chrome trace export: a SpanBuilder replays the recorder and a sink writes each span
// and mark as one JSON event. Output is buffered and flushed in blocks, so a million
// events never build one giant string. Format reference: "Trace Event Format"
// (Google, the document chrome://tracing and Perfetto's JSON importer follow).
#include "trace/chrome_trace.h"

#include <fstream>
#include <functional>
#include <ostream>
#include <string_view>

#include "trace/json_writer.h"
#include "trace/span_builder.h"
#include "trace/span_text.h"

namespace loopscope {

namespace {

constexpr int kPid = 1;
constexpr uint32_t kLoopTid = 0;
constexpr size_t kFlushBytes = 1 << 16;

class ChromeWriter : public SpanSink {
 public:
  // `out` takes each block of text as it is flushed.
  ChromeWriter(const TraceRecorder& recorder, std::function<void(std::string_view)> out,
               const ChromeTraceOptions& options)
      : recorder_(recorder), out_(std::move(out)), options_(options) {}

  void write() {
    buf_ += "{\"traceEvents\":[\n";
    metadata();
    SpanBuilder builder(*this);
    for (size_t i = 0; i < recorder_.size(); ++i) builder.feed(recorder_[i]);
    builder.close_all(options_.end_time >= 0 ? options_.end_time : recorder_.last_time());
    buf_ += "\n],\"displayTimeUnit\":\"ms\",\"otherData\":{\"producer\":\"loopscope\",\"events\":";
    append_json_int(buf_, int64_t(recorder_.size()));
    buf_ += ",\"dropped_events\":";
    append_json_int(buf_, int64_t(recorder_.dropped()));
    buf_ += "}}\n";
    flush();
  }

  void on_span(const StateSpan& span) override {
    if (span.state == SpanState::Callback && !options_.callbacks) return;
    title_.clear();
    append_span_title(title_, span, recorder_);
    begin_event(title_, span.lane == 0 ? "loop" : "task", "X", span.lane, span.start);
    buf_ += ",\"dur\":";
    append_json_number(buf_, (span.end - span.start) * 1e6);
    buf_ += ",\"args\":{\"state\":";
    append_json_string(buf_, span_state_name(span.state));
    if (span.state == SpanState::Waiting || span.state == SpanState::Sleeping) {
      buf_ += ",\"wait\":";
      append_json_string(buf_, wait_kind_name(span.wait));
      if (span.object) {
        buf_ += ",\"object\":";
        append_json_int(buf_, span.object);
      }
      std::string_view label = recorder_.detail_text(span.detail);
      if (!label.empty()) {
        buf_ += ",\"label\":";
        append_json_string(buf_, label);
      }
    } else if (span.state == SpanState::Ready && span.wait != WaitKind::None) {
      buf_ += ",\"woken_by\":";
      append_json_string(buf_, wait_kind_name(span.wait));
    } else if (span.state == SpanState::Callback) {
      buf_ += ",\"callback\":";
      append_json_int(buf_, span.object);
    }
    if (span.line > 0) {
      buf_ += ",\"line\":";
      append_json_int(buf_, span.line);
    }
    buf_ += "}}";
    if (span.state == SpanState::Waiting && span.wait == WaitKind::Task && span.object) flow(span);
    maybe_flush();
  }

  void on_mark(const TaskMark& mark) override {
    begin_event(mark_kind_name(mark.kind), "task", "i", mark.task, mark.time);
    buf_ += ",\"s\":\"t\",\"args\":{";
    const TaskInfo* task = recorder_.task(mark.task);
    switch (mark.kind) {
      case MarkKind::Created: {
        buf_ += "\"name\":";
        append_json_string(buf_, recorder_.detail_text(mark.detail));
        buf_ += ",\"parent\":";
        append_json_int(buf_, task ? task->parent : 0);
        buf_ += ",\"line\":";
        append_json_int(buf_, mark.line);
        std::string_view file = recorder_.detail_file(mark.detail);
        if (!file.empty()) {
          buf_ += ",\"file\":";
          append_json_string(buf_, file);
        }
        break;
      }
      case MarkKind::Failed:
        buf_ += "\"exception\":";
        append_json_string(buf_, recorder_.detail_text(mark.detail));
        break;
      case MarkKind::Cancelled:
        buf_ += "\"message\":";
        append_json_string(buf_, recorder_.detail_text(mark.detail));
        break;
      default:
        break;
    }
    if (mark.kind != MarkKind::Created && task && task->line > 0) {
      if (mark.kind != MarkKind::Done) buf_ += ',';
      buf_ += "\"created_line\":";
      append_json_int(buf_, task->line);
    }
    buf_ += "}}";
    maybe_flush();
  }

 private:
  // Opens {"name":..,"cat":..,"ph":..,"ts":..,"pid":..,"tid":..  (caller closes it).
  void begin_event(std::string_view name, const char* cat, const char* ph, uint32_t tid, double time) {
    if (!first_) buf_ += ",\n";
    first_ = false;
    buf_ += "{\"name\":";
    append_json_string(buf_, name);
    buf_ += ",\"cat\":\"";
    buf_ += cat;
    buf_ += "\",\"ph\":\"";
    buf_ += ph;
    buf_ += "\",\"ts\":";
    append_json_number(buf_, time * 1e6);
    buf_ += ",\"pid\":";
    append_json_int(buf_, kPid);
    buf_ += ",\"tid\":";
    append_json_int(buf_, tid);
  }

  // An arrow from the awaiting task to the awaited one, at the moment the await began.
  // "f" without "bp" binds to the awaited task's next slice at or after that time.
  void flow(const StateSpan& span) {
    ++flow_id_;
    begin_event("await", "await", "s", span.lane, span.start);
    buf_ += ",\"id\":";
    append_json_int(buf_, flow_id_);
    buf_ += '}';
    begin_event("await", "await", "f", span.object, span.start);
    buf_ += ",\"id\":";
    append_json_int(buf_, flow_id_);
    buf_ += '}';
  }

  void thread_metadata(uint32_t tid, std::string_view name, int64_t sort_index) {
    begin_event("thread_name", "__metadata", "M", tid, 0);
    buf_ += ",\"args\":{\"name\":";
    append_json_string(buf_, name);
    buf_ += "}}";
    begin_event("thread_sort_index", "__metadata", "M", tid, 0);
    buf_ += ",\"args\":{\"sort_index\":";
    append_json_int(buf_, sort_index);
    buf_ += "}}";
  }

  void metadata() {
    begin_event("process_name", "__metadata", "M", kLoopTid, 0);
    buf_ += ",\"args\":{\"name\":\"loopscope\"}}";
    thread_metadata(kLoopTid, "event loop", 0);
    int64_t order = 0;
    for (const TaskInfo& t : recorder_.tasks()) {
      // "Task-2 producer()": Perfetto's track name says which coroutine it runs.
      std::string name(recorder_.task_name(t));
      if (std::string_view coro = recorder_.coro_name(t); !coro.empty()) name += " " + std::string(coro) + "()";
      thread_metadata(t.id, name, ++order);
    }
  }

  void maybe_flush() {
    if (buf_.size() >= kFlushBytes) flush();
  }
  void flush() {
    out_(buf_);
    buf_.clear();
  }

  const TraceRecorder& recorder_;
  std::function<void(std::string_view)> out_;
  const ChromeTraceOptions& options_;
  std::string buf_;
  std::string title_;
  bool first_ = true;
  int64_t flow_id_ = 0;
};

}  // namespace

void write_chrome_trace(const TraceRecorder& recorder, std::ostream& out, const ChromeTraceOptions& options) {
  ChromeWriter(recorder, [&out](std::string_view block) { out.write(block.data(), std::streamsize(block.size())); },
               options)
      .write();
}

// Straight into a string, not through an ostringstream: the page's wasm calls only
// this one, and iostreams would pull libc++'s locales into it (~40 KB of code).
std::string chrome_trace_json(const TraceRecorder& recorder, const ChromeTraceOptions& options) {
  std::string json;
  ChromeWriter(recorder, [&json](std::string_view block) { json += block; }, options).write();
  return json;
}

bool write_chrome_trace_file(const TraceRecorder& recorder, const std::string& path,
                             const ChromeTraceOptions& options) {
  std::ofstream out(path, std::ios::binary);
  if (!out) return false;
  write_chrome_trace(recorder, out, options);
  out.flush();
  return bool(out);
}

}  // namespace loopscope
