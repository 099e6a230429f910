// Text timeline: the recorder's events become state spans (trace/span_builder.h);
// each span paints the columns its interval covers. A column shows the most telling
// state that touched it (running beats waiting beats sleeping beats ready), so the
// zero-length steps of virtual time stay visible as one column each.
#include "cli/text_timeline.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <vector>

#include "trace/span_builder.h"

namespace loopscope::cli {

namespace {

struct Cell {
  char glyph = ' ';
  int rank = 0;
};

struct Style {
  char glyph;
  int rank;
  const char* colour;  // ANSI SGR
  const char* meaning;
};

// Okabe-Ito-like colours that stay apart for colour-blind readers.
Style style_of(SpanState state) {
  switch (state) {
    case SpanState::Running: return {'#', 6, "38;5;33", "running"};
    case SpanState::LoopBlocked: return {'B', 7, "38;5;160", "loop blocked (a synchronous call)"};
    case SpanState::Callback: return {'c', 5, "38;5;37", "callback"};
    case SpanState::LoopBusy: return {'=', 4, "38;5;33", "loop running tasks and callbacks"};
    case SpanState::Waiting: return {'w', 3, "38;5;214", "waiting (queue, lock, event, task, ...)"};
    case SpanState::Sleeping: return {'z', 2, "38;5;245", "sleeping"};
    case SpanState::Ready: return {'.', 1, "38;5;250", "ready"};
    case SpanState::LoopIdle: return {'-', 1, "38;5;250", "loop idle"};
    default: return {'?', 0, "0", "?"};
  }
}

class Collector : public SpanSink {
 public:
  std::vector<StateSpan> spans;
  std::vector<TaskMark> marks;
  void on_span(const StateSpan& s) override { spans.push_back(s); }
  void on_mark(const TaskMark& m) override { marks.push_back(m); }
};

}  // namespace

std::string text_timeline(const TraceRecorder& recorder, const TextTimelineOptions& options) {
  Collector collector;
  SpanBuilder builder(collector);
  for (size_t i = 0; i < recorder.size(); ++i) builder.feed(recorder[i]);
  double end = recorder.last_time();
  builder.close_all(end);
  if (collector.spans.empty()) return "timeline: nothing to show (the program ran no event loop)\n";

  const int width = std::max(8, options.width);
  const double scale = end > 0 ? end / width : 1.0;
  auto column = [&](double t) { return std::clamp(static_cast<int>(std::floor(t / scale)), 0, width - 1); };

  // Lane 0 is the loop; tasks in creation order.
  std::vector<uint32_t> lanes{0};
  for (const TaskInfo& t : recorder.tasks()) lanes.push_back(t.id);
  std::map<uint32_t, std::vector<Cell>> rows;
  for (uint32_t lane : lanes) rows[lane].assign(static_cast<size_t>(width), Cell{});
  for (const StateSpan& s : collector.spans) {
    auto row = rows.find(s.lane);
    if (row == rows.end()) continue;
    Style st = style_of(s.state);
    int first = column(s.start);
    int last = s.end > s.start ? std::max(first, column(std::nextafter(s.end, s.start))) : first;
    for (int c = first; c <= last; ++c) {
      Cell& cell = row->second[static_cast<size_t>(c)];
      if (st.rank > cell.rank) cell = {st.glyph, st.rank};
    }
  }

  auto paint = [&](char glyph) -> std::string {
    if (!options.colour || glyph == ' ') return std::string(1, glyph);
    for (int k = 0; k < static_cast<int>(SpanState::Count); ++k) {
      Style st = style_of(static_cast<SpanState>(k));
      if (st.glyph == glyph) return std::string("\x1b[") + st.colour + "m" + glyph + "\x1b[0m";
    }
    return std::string(1, glyph);
  };

  // A row is named by its task and coroutine ("Task-2 producer()"), as Perfetto's
  // tracks; long names are cut at kMaxName.
  constexpr size_t kMaxName = 32;
  size_t name_width = 4;
  auto lane_name = [&](uint32_t lane) -> std::string {
    if (lane == 0) return "loop";
    const TaskInfo* t = recorder.task(lane);
    if (!t) return "task " + std::to_string(lane);
    std::string name(recorder.task_name(*t));
    if (std::string_view coro = recorder.coro_name(*t); !coro.empty()) name += " " + std::string(coro) + "()";
    return name;
  };
  for (uint32_t lane : lanes) name_width = std::max(name_width, std::min(lane_name(lane).size(), kMaxName));

  std::string out;
  char head[128];
  std::snprintf(head, sizeof head, "%-*s 0s%*s%.3gs\n", static_cast<int>(name_width), "", width - 2, "", end);
  out += head;
  for (uint32_t lane : lanes) {
    std::string name = lane_name(lane).substr(0, kMaxName);
    out += name + std::string(name_width - name.size(), ' ') + " |";
    for (const Cell& cell : rows[lane]) out += paint(cell.glyph);
    out += "|";
    if (const TaskInfo* t = lane ? recorder.task(lane) : nullptr; t && t->finished()) {
      if (t->end == EventKind::TaskFailed) out += " failed: " + std::string(recorder.string(t->end_text));
      else if (t->end == EventKind::TaskCancelled) out += " cancelled";
    }
    out += "\n";
  }
  out += "legend:";
  // Only the glyphs a column shows (a state drawn over by a more telling one is not).
  std::string shown;
  for (const auto& [lane, cells] : rows)
    for (const Cell& cell : cells) shown += cell.glyph;
  for (int k = 0; k < static_cast<int>(SpanState::Count); ++k) {
    Style st = style_of(static_cast<SpanState>(k));
    if (shown.find(st.glyph) == std::string::npos) continue;
    out += "  " + paint(st.glyph) + " " + st.meaning;
  }
  char scale_text[64];
  std::snprintf(scale_text, sizeof scale_text, "\none column = %.3g s\n", scale);
  return out + scale_text;
}

}  // namespace loopscope::cli
