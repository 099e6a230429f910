// The timeline view (see timeline_view.h). Sections:
//   [SECTION] Colours and shapes
//   [SECTION] Toolbar and legend
//   [SECTION] Input: zoom, pan, scroll, click
//   [SECTION] Lanes: spans, marks, links
//   [SECTION] Axis, gutter, now line
//   [SECTION] Tooltip
//   [SECTION] draw_timeline
// Geometry comes from timeline_layout.h; this file only turns it into ImDrawList calls.
#include "ui/timeline_view.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "trace/span_text.h"
#include "ui/timeline_palette.h"

namespace loopscope::ui {

namespace {

constexpr float kMinDrawPx = 2;      // a zero-length step still shows as a 2 px tick
constexpr float kSpanPad = 3;        // vertical padding of a span inside its row
constexpr float kMarkSize = 5;
constexpr float kTickSpacingPx = 90;
constexpr double kWheelZoomStep = 1.25;

// ---------------------------------------------------------------------------------------
// [SECTION] Colours and shapes
// ---------------------------------------------------------------------------------------

ImU32 col(Rgb c, int alpha = 255) { return IM_COL32(c.r, c.g, c.b, alpha); }

void draw_mark_shape(ImDrawList* dl, MarkKind kind, ImVec2 c, float r) {
  ImU32 fill = col(mark_colour(kind));
  ImU32 outline = IM_COL32(0, 0, 0, 200);
  switch (kind) {
    case MarkKind::Created:  // a triangle pointing down at the start of the lane
      dl->AddTriangleFilled(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y - r), ImVec2(c.x, c.y + r), fill);
      dl->AddTriangle(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y - r), ImVec2(c.x, c.y + r), outline);
      break;
    case MarkKind::Done:  // a disc
      dl->AddCircleFilled(c, r, fill, 12);
      dl->AddCircle(c, r, outline, 12);
      break;
    case MarkKind::Failed:  // a cross
      dl->AddLine(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), fill, 3);
      dl->AddLine(ImVec2(c.x - r, c.y + r), ImVec2(c.x + r, c.y - r), fill, 3);
      break;
    case MarkKind::Cancelled:  // a square
      dl->AddRectFilled(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), fill);
      dl->AddRect(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), outline);
      break;
    case MarkKind::Count:
      break;
  }
}

// ---------------------------------------------------------------------------------------
// [SECTION] Toolbar and legend
// ---------------------------------------------------------------------------------------

void legend_swatch(Rgb c, const char* label) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float h = ImGui::GetTextLineHeight();
  ImVec2 p = ImGui::GetCursorScreenPos();
  dl->AddRectFilled(ImVec2(p.x, p.y + 2), ImVec2(p.x + h, p.y + h - 2), col(c));
  ImGui::Dummy(ImVec2(h, h));
  ImGui::SameLine(0, 4);
  ImGui::TextUnformatted(label);
  ImGui::SameLine(0, 12);
}

void legend_mark(MarkKind kind) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float h = ImGui::GetTextLineHeight();
  ImVec2 p = ImGui::GetCursorScreenPos();
  draw_mark_shape(dl, kind, ImVec2(p.x + h * 0.5f, p.y + h * 0.5f), h * 0.35f);
  ImGui::Dummy(ImVec2(h, h));
  ImGui::SameLine(0, 4);
  ImGui::TextUnformatted(mark_kind_name(kind));
  ImGui::SameLine(0, 12);
}

void toolbar(TimelineModel& model, TimelineState& st) {
  if (ImGui::SmallButton("Fit")) st.fit_pending = true;
  ImGui::SameLine();
  ImGui::Checkbox("Follow live", &st.follow_live);
  ImGui::SameLine(0, 16);
  draw_timeline_legend();
  if (uint64_t dropped = model.recorder().dropped()) {
    ImGui::TextColored(ImVec4(0.84f, 0.37f, 0.0f, 1.0f), "%llu events past the recorder's capacity were not kept",
                       static_cast<unsigned long long>(dropped));
  } else {
    ImGui::NewLine();
  }
}

// ---------------------------------------------------------------------------------------
// [SECTION] Input: zoom, pan, scroll, click
// ---------------------------------------------------------------------------------------

void handle_input(TimelineModel& model, TimelineState& st, bool hovered, bool active) {
  ImGuiIO& io = ImGui::GetIO();
  TimelineViewport& vp = st.viewport;
  if (hovered && io.MouseWheel != 0) {
    if (io.KeyShift) {
      vp.scroll_y -= io.MouseWheel * vp.row_height * 3;
    } else {
      // Browsers report a pinch as ctrl+wheel: it zooms like the wheel does. Zooming
      // means looking at something: stop following the live end (as Tracy does).
      vp.zoom_at(std::max(io.MousePos.x, vp.axis.x0), std::pow(kWheelZoomStep, double(io.MouseWheel)));
      st.follow_live = false;
    }
  }
  if (hovered && io.MouseWheelH != 0) {
    vp.pan(io.MouseWheelH * 40, 0);
    st.follow_live = false;
  }
  if (ImGui::IsItemActivated()) st.dragged = false;
  if (active && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 3.0f)) {
    st.dragged = true;
    if (io.MouseDelta.x != 0 || io.MouseDelta.y != 0) {
      vp.pan(io.MouseDelta.x, io.MouseDelta.y);
      if (io.MouseDelta.x != 0) st.follow_live = false;
    }
  }
  if (ImGui::IsItemDeactivated() && !st.dragged) {
    TimelineHit hit = hit_test(model, vp, io.MousePos.x, io.MousePos.y);
    if (hit.kind != TimelineHit::Kind::None) {
      const Lane& lane = model.lane(hit.lane);
      int32_t line = 0;
      if (hit.kind == TimelineHit::Kind::Span) line = lane.spans[hit.index].line;
      if (hit.kind == TimelineHit::Kind::OpenSpan) {
        Span open;
        if (model.open_span(hit.lane, open)) line = open.line;
      }
      if (hit.kind == TimelineHit::Kind::Mark) line = lane.marks[hit.index].line;
      if (line <= 0)
        if (const TaskInfo* info = model.task_info(hit.lane)) line = info->line;
      st.selection_changed = !st.has_selection || st.selected_task != lane.task || st.selected_line != line;
      st.has_selection = true;
      st.selected_task = lane.task;
      st.selected_line = line;
    }
  }
}

// Where the view goes this frame: fit on request, else follow the newest time.
void place_view(TimelineModel& model, TimelineState& st) {
  TimelineViewport& vp = st.viewport;
  double begin = model.begin_time(), now = model.now();
  if (st.fit_pending && !model.empty()) {
    vp.fit(begin, now);
    st.fit_pending = false;
  }
  if (st.follow_live && now > vp.axis.t1 - vp.axis.span() * 0.02) {
    // While the run still fits, it grows into the view; past the edge, it scrolls.
    if (now - begin <= vp.axis.span() * 0.96) {
      vp.fit(begin, begin + vp.axis.span() * 0.96);
    } else {
      vp.follow(now);
    }
  }
  vp.clamp(begin, now, model.lane_count());
}

// ---------------------------------------------------------------------------------------
// [SECTION] Lanes: spans, marks, links
// ---------------------------------------------------------------------------------------

void draw_span_item(ImDrawList* dl, const TimelineModel& model, TimelineState& st, const Span& span,
                    const SpanItem& item, float y0, float y1) {
  float x0 = item.x0, x1 = std::max(item.x1, item.x0 + kMinDrawPx);
  Rgb c = span_colour(item.state, item.count == 1 ? span.wait : WaitKind::None);
  bool idle = item.state == SpanState::LoopIdle;
  if (idle) {
    // Idle is the absence of work: a thin line, not a block.
    float ym = (y0 + y1) * 0.5f;
    dl->AddRectFilled(ImVec2(x0, ym - 1), ImVec2(x1, ym + 1), col(c));
    return;
  }
  dl->AddRectFilled(ImVec2(x0, y0), ImVec2(x1, y1), col(c, item.mixed ? 170 : 255));
  if (item.mixed) dl->AddRect(ImVec2(x0, y0), ImVec2(x1, y1), col(kMixedGrey));
  if (item.count != 1 || x1 - x0 < 24) return;
  st.text.clear();
  StateSpan s{span.start, span.end, 0, span.object, span.detail, span.line, span.state, span.wait};
  append_span_title(st.text, s, model.recorder());
  const char* begin = st.text.c_str();
  const char* end = begin + st.text.size();
  float tw = ImGui::CalcTextSize(begin, end).x;
  // Left padding clears a creation mark drawn at the span's start.
  constexpr float kPadLeft = kMarkSize + 4, kPadRight = 3;
  if (tw > x1 - x0 - kPadLeft - kPadRight) return;
  float visible_x0 = std::max(x0, st.viewport.axis.x0);
  float tx = std::min(visible_x0 + kPadLeft, x1 - kPadRight - tw);
  float ty = (y0 + y1 - ImGui::GetTextLineHeight()) * 0.5f;
  dl->AddText(ImVec2(tx, ty), col(text_colour_on(c)), begin, end);
}

void draw_link(ImDrawList* dl, const TimelineModel& model, const TimelineState& st, const Span& span,
               size_t from_lane, float x0, float x1) {
  size_t to = model.lane_of_task(span.object);
  if (to == TimelineModel::kNoLane) return;
  const TimelineViewport& vp = st.viewport;
  float half = vp.row_height * 0.5f;
  float ya = vp.lane_y(from_lane) + half;
  float yb = vp.lane_y(to) + half;
  ImU32 c = col(okabe_ito::kReddishPurple, 220);
  // The await: an arrow from the waiting task down (or up) to the awaited one.
  dl->AddLine(ImVec2(x0, ya), ImVec2(x0, yb), c, 1.5f);
  float dir = yb > ya ? -1.0f : 1.0f;
  dl->AddTriangleFilled(ImVec2(x0, yb), ImVec2(x0 - 4, yb + dir * 7), ImVec2(x0 + 4, yb + dir * 7), c);
  // The wake-up when it ends, fainter.
  if (x1 - x0 >= 4) dl->AddLine(ImVec2(x1, yb), ImVec2(x1, ya), col(okabe_ito::kReddishPurple, 90), 1.0f);
}

void draw_lane(ImDrawList* dl, const TimelineModel& model, TimelineState& st, size_t lane_index) {
  const TimelineViewport& vp = st.viewport;
  const TimeAxis& axis = vp.axis;
  const Lane& lane = model.lane(lane_index);
  float y = vp.lane_y(lane_index);
  float y0 = y + kSpanPad, y1 = y + vp.row_height - kSpanPad;

  if (lane_index % 2 == 1)
    dl->AddRectFilled(ImVec2(axis.x0, y), ImVec2(axis.x0 + axis.width, y + vp.row_height), IM_COL32(255, 255, 255, 10));
  if (st.has_selection && st.selected_task == lane.task)
    dl->AddRectFilled(ImVec2(axis.x0, y), ImVec2(axis.x0 + axis.width, y + vp.row_height), IM_COL32(255, 255, 255, 28));

  st.items.clear();
  layout_spans(lane.spans.data(), lane.spans.size(), axis, 1.0f, st.items);
  for (const SpanItem& item : st.items) {
    const Span& span = lane.spans[item.first];
    draw_span_item(dl, model, st, span, item, y0, y1);
    if (item.count == 1 && span.state == SpanState::Waiting && span.wait == WaitKind::Task)
      draw_link(dl, model, st, span, lane_index, item.x0, item.x1);
  }
  Span open;
  if (model.open_span(lane_index, open) && open.end >= axis.t0 && open.start <= axis.t1) {
    SpanItem item{axis.to_x(open.start), axis.to_x(open.end), 0, 1, open.state, false};
    draw_span_item(dl, model, st, open, item, y0, y1);
    if (open.state == SpanState::Waiting && open.wait == WaitKind::Task)
      draw_link(dl, model, st, open, lane_index, item.x0, item.x1);
  }
  for (const Mark& m : lane.marks) {
    float x = axis.to_x(m.time);
    if (x < axis.x0 - kMarkSize || x > axis.x0 + axis.width + kMarkSize) continue;
    draw_mark_shape(dl, m.kind, ImVec2(x, (y0 + y1) * 0.5f), kMarkSize);
  }
}

// ---------------------------------------------------------------------------------------
// [SECTION] Axis, gutter, now line
// ---------------------------------------------------------------------------------------

void draw_axis(ImDrawList* dl, TimelineState& st, ImVec2 origin, float bottom) {
  const TimeAxis& axis = st.viewport.axis;
  ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  ImU32 grid = IM_COL32(255, 255, 255, 24);
  st.ticks.clear();
  double step = axis_ticks(axis, kTickSpacingPx, st.ticks);
  char label[48];
  for (const AxisTick& t : st.ticks) {
    dl->AddLine(ImVec2(t.x, origin.y + st.axis_height - 6), ImVec2(t.x, origin.y + st.axis_height), text);
    dl->AddLine(ImVec2(t.x, origin.y + st.axis_height), ImVec2(t.x, bottom), grid);
    format_time(label, sizeof label, t.time, step);
    // A label that would run past the right edge goes left of its tick.
    float w = ImGui::CalcTextSize(label).x;
    float lx = t.x + 3 + w > axis.x0 + axis.width ? t.x - 3 - w : t.x + 3;
    dl->AddText(ImVec2(lx, origin.y + 2), text, label);
  }
  dl->AddLine(ImVec2(axis.x0, origin.y + st.axis_height), ImVec2(axis.x0 + axis.width, origin.y + st.axis_height),
              ImGui::GetColorU32(ImGuiCol_Border));
}

void draw_gutter(ImDrawList* dl, const TimelineModel& model, TimelineState& st, ImVec2 origin, float bottom,
                 size_t first, size_t last) {
  const TimelineViewport& vp = st.viewport;
  float x1 = origin.x + st.gutter_width;
  dl->AddRectFilled(ImVec2(origin.x, origin.y), ImVec2(x1, bottom), ImGui::GetColorU32(ImGuiCol_WindowBg));
  dl->AddLine(ImVec2(x1 - 1, origin.y), ImVec2(x1 - 1, bottom), ImGui::GetColorU32(ImGuiCol_Border));
  dl->PushClipRect(ImVec2(origin.x, vp.lanes_top), ImVec2(x1 - 4, bottom), true);
  float th = ImGui::GetTextLineHeight();
  for (size_t i = first; i < last; ++i) {
    const Lane& lane = model.lane(i);
    float y = vp.lane_y(i) + (vp.row_height - th) * 0.5f;
    bool selected = st.has_selection && st.selected_task == lane.task;
    ImU32 c = ImGui::GetColorU32(selected ? ImGuiCol_Text : (lane.is_loop() ? ImGuiCol_TextDisabled : ImGuiCol_Text));
    std::string_view name = model.lane_name(i);
    dl->AddText(ImVec2(origin.x + 6, y), c, name.data(), name.data() + name.size());
    // The coroutine after the task's name, dimmed: "Task-2 producer()".
    if (std::string_view coro = model.lane_coro(i); !coro.empty()) {
      std::string text = " " + std::string(coro) + "()";
      float w = ImGui::CalcTextSize(name.data(), name.data() + name.size()).x;
      dl->AddText(ImVec2(origin.x + 6 + w, y), ImGui::GetColorU32(ImGuiCol_TextDisabled), text.c_str());
    }
    if (selected) dl->AddRect(ImVec2(origin.x + 1, vp.lane_y(i) + 1), ImVec2(x1 - 5, vp.lane_y(i) + vp.row_height - 1), c);
  }
  dl->PopClipRect();
}

// ---------------------------------------------------------------------------------------
// [SECTION] Tooltip
// ---------------------------------------------------------------------------------------

void append_time(std::string& out, double seconds) {
  char buf[48];
  format_duration(buf, sizeof buf, seconds);
  out += buf;
}

void append_task_line(std::string& out, const TimelineModel& model, size_t lane_index) {
  const TraceRecorder& rec = model.recorder();
  const TaskInfo* info = model.task_info(lane_index);
  if (!info) {
    out += "event loop";
    return;
  }
  out += rec.task_name(*info);
  out += "  (task ";
  out += std::to_string(info->id);
  out += ")";
  if (std::string_view coro = rec.coro_name(*info); !coro.empty()) {
    out += "\ncoroutine ";
    out += coro;
    out += "()";
  }
  std::string_view file = rec.string(info->file);
  if (info->line > 0 || !file.empty()) {
    out += "\ncreated at ";
    out += file.empty() ? std::string_view("line ") : file;
    if (!file.empty()) out += ':';
    out += std::to_string(info->line);
  }
  if (info->parent) {
    if (const TaskInfo* parent = rec.task(info->parent)) {
      out += " by ";
      out += rec.task_name(*parent);
    }
  }
}

void build_tooltip(const TimelineModel& model, TimelineState& st, const TimelineHit& hit) {
  std::string& out = st.tooltip;
  out.clear();
  const TraceRecorder& rec = model.recorder();
  const Lane& lane = model.lane(hit.lane);
  append_task_line(out, model, hit.lane);
  switch (hit.kind) {
    case TimelineHit::Kind::Span:
    case TimelineHit::Kind::OpenSpan: {
      Span span;
      bool open = hit.kind == TimelineHit::Kind::OpenSpan;
      if (open) {
        if (!model.open_span(hit.lane, span)) return;
      } else {
        span = lane.spans[hit.index];
      }
      out += "\n\n";
      StateSpan s{span.start, span.end, lane.task, span.object, span.detail, span.line, span.state, span.wait};
      append_span_title(out, s, rec);
      out += "\nduration ";
      append_time(out, span.duration());
      if (open) out += " so far";
      out += "  (";
      append_time(out, span.start);
      out += " - ";
      append_time(out, span.end);
      out += ")";
      if (span.line > 0) {
        out += "\nawait at line ";
        out += std::to_string(span.line);
      }
      if (span.state == SpanState::Ready && span.wait != WaitKind::None) {
        out += "\nwoken by ";
        out += wait_kind_name(span.wait);
      }
      return;
    }
    case TimelineHit::Kind::Mark: {
      const Mark& m = lane.marks[hit.index];
      out += "\n\n";
      out += mark_kind_name(m.kind);
      out += " at ";
      append_time(out, m.time);
      std::string_view text = m.kind == MarkKind::Created ? std::string_view() : rec.detail_text(m.detail);
      if (!text.empty()) {
        out += "\n";
        out += text;
      }
      return;
    }
    case TimelineHit::Kind::Gutter:
    case TimelineHit::Kind::Lane: {
      const TaskInfo* info = model.task_info(hit.lane);
      if (!info) return;
      out += "\n\n";
      if (info->finished()) {
        out += event_kind_name(info->end);
        out += " at ";
        append_time(out, info->ended);
        out += " after ";
        append_time(out, info->ended - info->created);
      } else {
        out += "pending";
      }
      return;
    }
    case TimelineHit::Kind::None:
      return;
  }
}

}  // namespace

// ---------------------------------------------------------------------------------------
// [SECTION] draw_timeline
// ---------------------------------------------------------------------------------------

void draw_timeline_legend() {
  legend_swatch(span_colour(SpanState::Running), "running");
  legend_swatch(span_colour(SpanState::Ready), "ready");
  legend_swatch(span_colour(SpanState::Sleeping), "sleeping");
  legend_swatch(span_colour(SpanState::Waiting, WaitKind::Task), "awaiting a task");
  legend_swatch(span_colour(SpanState::Waiting, WaitKind::QueueGet), "waiting");
  legend_swatch(span_colour(SpanState::LoopBusy), "loop busy");
  legend_swatch(span_colour(SpanState::LoopBlocked), "loop blocked");
  for (MarkKind k : {MarkKind::Created, MarkKind::Done, MarkKind::Failed, MarkKind::Cancelled}) legend_mark(k);
}

void draw_timeline(TimelineModel& model, TimelineState& st) {
  model.update();
  st.selection_changed = false;
  st.tooltip.clear();
  st.hover = TimelineHit{};

  toolbar(model, st);

  ImVec2 origin = ImGui::GetCursorScreenPos();
  ImVec2 size = ImGui::GetContentRegionAvail();
  size.x = std::max(size.x, st.gutter_width + 50);
  size.y = std::max(size.y, st.axis_height + 40);
  ImGui::InvisibleButton("##timeline", size, ImGuiButtonFlags_MouseButtonLeft);
  bool hovered = ImGui::IsItemHovered();
  bool active = ImGui::IsItemActive();

  TimelineViewport& vp = st.viewport;
  vp.axis.x0 = origin.x + st.gutter_width;
  vp.axis.width = size.x - st.gutter_width;
  vp.lanes_top = origin.y + st.axis_height;
  vp.height = size.y - st.axis_height;

  handle_input(model, st, hovered, active);
  place_view(model, st);

  ImDrawList* dl = ImGui::GetWindowDrawList();
  float bottom = origin.y + size.y;
  dl->PushClipRect(origin, ImVec2(origin.x + size.x, bottom), true);

  size_t first = 0, last = 0;
  vp.visible_lanes(model.lane_count(), first, last);
  dl->PushClipRect(ImVec2(vp.axis.x0, vp.lanes_top), ImVec2(vp.axis.x0 + vp.axis.width, bottom), true);
  for (size_t i = first; i < last; ++i) draw_lane(dl, model, st, i);
  float now_x = vp.axis.to_x(model.now());
  dl->AddLine(ImVec2(now_x, vp.lanes_top), ImVec2(now_x, bottom), IM_COL32(255, 255, 255, 90));
  if (st.deadlock_time >= 0) {
    // Past this line every pending task waits forever: their spans run on to the end.
    float x = vp.axis.to_x(st.deadlock_time);
    ImU32 red = col(okabe_ito::kVermillion);
    dl->AddLine(ImVec2(x, vp.lanes_top), ImVec2(x, bottom), red, 2.0f);
    const char* label = "deadlock: these tasks wait forever";
    float w = ImGui::CalcTextSize(label).x;
    float lx = x + 4 + w > vp.axis.x0 + vp.axis.width ? x - 4 - w : x + 4;  // left of the line if need be
    dl->AddText(ImVec2(lx, vp.lanes_top + 2), red, label);
  }
  dl->PopClipRect();

  draw_axis(dl, st, ImVec2(vp.axis.x0, origin.y), bottom);
  draw_gutter(dl, model, st, origin, bottom, first, last);
  dl->PopClipRect();

  if (hovered && !(active && st.dragged)) {
    ImVec2 mouse = ImGui::GetIO().MousePos;
    st.hover = hit_test(model, vp, mouse.x, mouse.y);
    if (st.hover.kind != TimelineHit::Kind::None) {
      build_tooltip(model, st, st.hover);
      if (!st.tooltip.empty()) {
        ImGui::BeginTooltip();
        ImGui::TextUnformatted(st.tooltip.c_str(), st.tooltip.c_str() + st.tooltip.size());
        ImGui::EndTooltip();
      }
    }
  }
}

}  // namespace loopscope::ui
