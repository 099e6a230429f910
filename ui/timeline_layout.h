// Timeline geometry, independent of drawing: the viewport (visible time range <->
// pixels, zoom around a point, pan, fit, follow-live, lane rows), culling of a lane's
// spans to the visible range with level-of-detail merging of sub-pixel spans, axis
// ticks, and hit-testing a point to a lane, span or mark. All in screen pixels, so
// the view (timeline_view.h) only feeds it ImGui's coordinates. Start at
// TimelineViewport, then layout_spans().
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "ui/timeline_model.h"

namespace loopscope::ui {

// The visible time range [t0, t1] on the pixels [x0, x0 + width].
struct TimeAxis {
  double t0 = 0;
  double t1 = 1;
  float x0 = 0;
  float width = 1;

  double span() const { return t1 - t0; }
  double seconds_per_pixel() const { return span() / width; }
  float to_x(double t) const { return x0 + float((t - t0) / span() * width); }
  double to_time(float x) const { return t0 + double(x - x0) / width * span(); }
};

struct TimelineViewport {
  static constexpr double kMinSpan = 1e-9;  // 1 ns across the whole width
  static constexpr double kMaxSpan = 1e9;   // ~30 years
  static constexpr size_t kNoLane = TimelineModel::kNoLane;

  TimeAxis axis;
  float lanes_top = 0;     // screen y where lane 0's row starts when scroll_y == 0
  float height = 100;      // visible height of the lanes area
  float row_height = 22;
  float scroll_y = 0;      // pixels scrolled down

  // factor > 1 zooms in. The time under `x` stays under `x`.
  void zoom_at(float x, double factor);
  // A drag by (dx, dy) pixels: the content follows the mouse.
  void pan(float dx, float dy);
  // Shows [begin, end] with a margin of 2% on each side (a point gets the second after it).
  void fit(double begin, double end);
  // Keeps the zoom and puts `now` at the right edge, less a margin of 2% of the width.
  void follow(double now);
  // Keeps some content on screen: the range may not leave [begin, end] entirely, and
  // the rows may not scroll past the last lane.
  void clamp(double begin, double end, size_t lanes);

  float lane_y(size_t lane) const { return lanes_top - scroll_y + float(lane) * row_height; }
  // The lane whose row contains y, or kNoLane.
  size_t lane_at(float y, size_t lanes) const;
  // Lanes with a visible row: [first, last).
  void visible_lanes(size_t lanes, size_t& first, size_t& last) const;
};

// One drawable rectangle of a lane: a span, or `count` sub-pixel spans merged.
struct SpanItem {
  float x0 = 0;
  float x1 = 0;
  uint32_t first = 0;  // index of the first span in the lane
  uint32_t count = 1;
  SpanState state = SpanState::Ready;
  bool mixed = false;  // merged spans of different states (state: the longest one's)
};

// Appends the spans of [spans, spans + n) that intersect the axis as items. A span at
// least `min_px` wide is its own item; a narrower one is merged with every span that
// starts less than `min_px` after it. Cost: O(items * log n), not O(n): the merge
// jumps with a binary search, so a lane with 200k spans zoomed out costs about one
// search per pixel. Spans must be sorted and not overlap (TimelineModel's are).
void layout_spans(const Span* spans, size_t n, const TimeAxis& axis, float min_px, std::vector<SpanItem>& out);

// Index of the first span with end >= t (spans sorted, non-overlapping).
size_t first_span_ending_after(const Span* spans, size_t n, double t);

// --- axis ticks -----------------------------------------------------------------------

struct AxisTick {
  double time = 0;
  float x = 0;
};
// The smallest 1, 2 or 5 times a power of ten that is >= seconds.
double nice_step(double seconds);
// Ticks at least `min_spacing_px` apart, on multiples of the returned step.
double axis_ticks(const TimeAxis& axis, float min_spacing_px, std::vector<AxisTick>& out);
// A tick label for `seconds` with the precision `step` needs: "1.5 s", "250 ms", "20 µs".
int format_time(char* buf, size_t size, double seconds, double step);
// A duration with about four significant digits: "2.000 s", "1.250 ms", "0 s".
int format_duration(char* buf, size_t size, double seconds);

// --- hit testing ----------------------------------------------------------------------

struct TimelineHit {
  enum class Kind : uint8_t {
    None,      // outside the lanes
    Gutter,    // the lane's name (x left of the axis)
    Lane,      // the lane's row, on no span or mark
    Span,      // lane.spans[index]
    OpenSpan,  // the lane's open span (model.open_span)
    Mark,      // lane.marks[index]
  };
  Kind kind = Kind::None;
  size_t lane = TimelineModel::kNoLane;
  size_t index = 0;
};

// What is under (x, y). Marks win, then spans narrower than 2 px (drawn as 2 px ticks
// over their neighbours) within `tolerance_px`, nearest first, then the span
// containing the point, then the lane's open span.
TimelineHit hit_test(const TimelineModel& model, const TimelineViewport& viewport, float x, float y,
                     float tolerance_px = 3);

}  // namespace loopscope::ui
