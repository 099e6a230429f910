// Timeline geometry: viewport arithmetic, span culling with level-of-detail merging,
// axis ticks and hit-testing (see timeline_layout.h).
#include "ui/timeline_layout.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace loopscope::ui {

// --- viewport -------------------------------------------------------------------------

void TimelineViewport::zoom_at(float x, double factor) {
  if (!(factor > 0) || !std::isfinite(factor)) return;
  double anchor = axis.to_time(x);
  double span = std::clamp(axis.span() / factor, kMinSpan, kMaxSpan);
  double frac = double(x - axis.x0) / axis.width;
  axis.t0 = anchor - frac * span;
  axis.t1 = axis.t0 + span;
}

void TimelineViewport::pan(float dx, float dy) {
  double dt = double(dx) * axis.seconds_per_pixel();
  axis.t0 -= dt;
  axis.t1 -= dt;
  scroll_y -= dy;
}

void TimelineViewport::fit(double begin, double end) {
  // A run that has not advanced yet gets its first second, not time before it.
  if (!(end > begin)) end = begin + 1.0;
  double margin = (end - begin) * 0.02;
  double span = std::clamp(end - begin + 2 * margin, kMinSpan, kMaxSpan);
  axis.t0 = begin - margin;
  axis.t1 = axis.t0 + span;
}

void TimelineViewport::follow(double now) {
  double span = axis.span();
  axis.t1 = now + span * 0.02;
  axis.t0 = axis.t1 - span;
}

void TimelineViewport::clamp(double begin, double end, size_t lanes) {
  double span = std::clamp(axis.span(), kMinSpan, kMaxSpan);
  if (end < begin) end = begin;
  // At least 10% of the width keeps showing recorded time.
  double lo = begin - span * 0.9;
  double hi = end + span * 0.9;
  double t0 = std::clamp(axis.t0, lo, std::max(lo, hi - span));
  axis.t0 = t0;
  axis.t1 = t0 + span;
  float content = float(lanes) * row_height;
  float max_scroll = std::max(0.0f, content - height + row_height);
  scroll_y = std::clamp(scroll_y, 0.0f, max_scroll);
}

size_t TimelineViewport::lane_at(float y, size_t lanes) const {
  float rel = y - (lanes_top - scroll_y);
  if (rel < 0 || y < lanes_top || y >= lanes_top + height) return kNoLane;
  size_t lane = size_t(rel / row_height);
  return lane < lanes ? lane : kNoLane;
}

void TimelineViewport::visible_lanes(size_t lanes, size_t& first, size_t& last) const {
  float top = std::max(0.0f, scroll_y);
  first = std::min(lanes, size_t(top / row_height));
  last = std::min(lanes, size_t(std::ceil((scroll_y + height) / row_height)));
  if (last < first) last = first;
}

// --- span culling and level of detail -------------------------------------------------

size_t first_span_ending_after(const Span* spans, size_t n, double t) {
  return size_t(std::partition_point(spans, spans + n, [t](const Span& s) { return s.end < t; }) - spans);
}

namespace {

// The state of a merged item: the one covering the most time among up to kSample of
// its spans (running wins ties: in virtual time every step is zero-length).
constexpr uint32_t kSample = 16;

void merged_state(const Span* spans, uint32_t count, SpanItem& item) {
  double total[size_t(SpanState::Count)] = {};
  bool seen[size_t(SpanState::Count)] = {};
  uint32_t k = std::min(count, kSample);
  int kinds = 0;
  for (uint32_t i = 0; i < k; ++i) {
    size_t s = size_t(spans[i].state);
    total[s] += spans[i].duration();
    if (!seen[s]) ++kinds;
    seen[s] = true;
  }
  SpanState best = spans[0].state;
  for (size_t s = 0; s < size_t(SpanState::Count); ++s) {
    if (!seen[s]) continue;
    bool better = total[s] > total[size_t(best)] ||
                  (total[s] == total[size_t(best)] && SpanState(s) == SpanState::Running);
    if (better) best = SpanState(s);
  }
  item.state = best;
  item.mixed = kinds > 1 || count > kSample;
}

}  // namespace

void layout_spans(const Span* spans, size_t n, const TimeAxis& axis, float min_px, std::vector<SpanItem>& out) {
  if (n == 0 || !(axis.span() > 0)) return;
  if (min_px <= 0) min_px = 1;
  size_t i = first_span_ending_after(spans, n, axis.t0);
  while (i < n && spans[i].start <= axis.t1) {
    float x0 = axis.to_x(spans[i].start);
    float x1 = axis.to_x(spans[i].end);
    if (x1 - x0 >= min_px) {
      out.push_back(SpanItem{x0, x1, uint32_t(i), 1, spans[i].state, false});
      ++i;
      continue;
    }
    // Merge every span starting within min_px of this one: jump to the first that
    // does not, instead of walking them.
    double limit = axis.to_time(x0 + min_px);
    size_t j = size_t(std::partition_point(spans + i + 1, spans + n, [limit](const Span& s) { return s.start < limit; }) - spans);
    // The last of them may be long: it starts in this pixel but is drawn on its own.
    if (j - i > 1 && axis.to_x(spans[j - 1].end) - axis.to_x(spans[j - 1].start) >= min_px) --j;
    SpanItem item{x0, std::max(x0 + min_px, axis.to_x(spans[j - 1].end)), uint32_t(i), uint32_t(j - i),
                  spans[i].state, false};
    if (j - i > 1) merged_state(spans + i, uint32_t(j - i), item);
    out.push_back(item);
    i = j;
  }
}

// --- ticks ----------------------------------------------------------------------------

double nice_step(double seconds) {
  if (!(seconds > 0) || !std::isfinite(seconds)) return 1;
  double p = std::pow(10.0, std::floor(std::log10(seconds)));
  for (double m : {1.0, 2.0, 5.0, 10.0})
    if (m * p >= seconds * (1 - 1e-9)) return m * p;
  return 10 * p;
}

double axis_ticks(const TimeAxis& axis, float min_spacing_px, std::vector<AxisTick>& out) {
  double step = nice_step(axis.seconds_per_pixel() * min_spacing_px);
  double first = std::ceil(axis.t0 / step);
  double last = std::floor(axis.t1 / step);
  for (double k = first; k <= last && out.size() < 10000; k += 1) {
    double t = k * step;
    out.push_back(AxisTick{t, axis.to_x(t)});
  }
  return step;
}

int format_time(char* buf, size_t size, double seconds, double step) {
  // The unit follows the step, so that labels keep at most one or two decimals.
  const char* unit = "s";
  double scale = 1;
  double mag = std::max(std::fabs(step), 1e-12);
  if (mag < 1e-7) {
    unit = "ns";
    scale = 1e9;
  } else if (mag < 1e-4) {
    unit = "\xc2\xb5s";  // µs, in the default font's Latin-1 range
    scale = 1e6;
  } else if (mag < 0.1) {
    unit = "ms";
    scale = 1e3;
  }
  double scaled_step = step * scale;
  int decimals = scaled_step >= 1 ? 0 : std::min(9, int(std::ceil(-std::log10(scaled_step) - 1e-9)));
  double v = seconds * scale;
  if (std::fabs(v) < scaled_step * 1e-6) v = 0;  // no "-0"
  return std::snprintf(buf, size, "%.*f %s", decimals, v, unit);
}

int format_duration(char* buf, size_t size, double seconds) {
  double a = std::fabs(seconds);
  if (a == 0) return std::snprintf(buf, size, "0 s");
  if (a >= 1) return std::snprintf(buf, size, "%.3f s", seconds);
  if (a >= 1e-3) return std::snprintf(buf, size, "%.3f ms", seconds * 1e3);
  if (a >= 1e-6) return std::snprintf(buf, size, "%.3f \xc2\xb5s", seconds * 1e6);
  return std::snprintf(buf, size, "%.1f ns", seconds * 1e9);
}

// --- hit testing ----------------------------------------------------------------------

namespace {
// Spans narrower than this are drawn this wide (see timeline_view.cpp's kMinDrawPx).
constexpr float kNarrowPx = 2;
// How many spans near the mouse are looked at for a narrow one: enough for any zoom a
// reader would hover at, bounded for a lane with 200k spans zoomed out.
constexpr size_t kNarrowScan = 64;
}  // namespace

TimelineHit hit_test(const TimelineModel& model, const TimelineViewport& viewport, float x, float y,
                     float tolerance_px) {
  TimelineHit hit;
  size_t lane = viewport.lane_at(y, model.lane_count());
  if (lane == TimelineModel::kNoLane) return hit;
  hit.lane = lane;
  if (x < viewport.axis.x0) {
    hit.kind = TimelineHit::Kind::Gutter;
    return hit;
  }
  hit.kind = TimelineHit::Kind::Lane;
  const TimeAxis& axis = viewport.axis;
  const Lane& l = model.lane(lane);

  // Marks are few per lane (created + an end): test them all, nearest wins.
  float best = tolerance_px + 2;
  for (size_t i = 0; i < l.marks.size(); ++i) {
    float d = std::fabs(axis.to_x(l.marks[i].time) - x);
    if (d <= tolerance_px + 2 && d < best) {
      best = d;
      hit.kind = TimelineHit::Kind::Mark;
      hit.index = i;
    }
  }
  if (hit.kind == TimelineHit::Kind::Mark) return hit;

  const Span* spans = l.spans.data();
  size_t n = l.spans.size();
  // Narrow spans (a zero-length step in virtual time) are drawn as ticks over their
  // neighbours: within the tolerance, the nearest one wins.
  double t_lo = axis.to_time(x - tolerance_px), t_hi = axis.to_time(x + tolerance_px);
  size_t best_index = n;
  float best_dist = tolerance_px + 0.01f;
  size_t a = first_span_ending_after(spans, n, t_lo);
  for (size_t i = a; i < n && i < a + kNarrowScan && spans[i].start <= t_hi; ++i) {
    float xs = axis.to_x(spans[i].start), xe = axis.to_x(spans[i].end);
    if (xe - xs >= kNarrowPx) continue;
    xe = std::max(xe, xs + kNarrowPx);
    float d = x < xs ? xs - x : (x > xe ? x - xe : 0.0f);
    if (d < best_dist) {
      best_dist = d;
      best_index = i;
    }
  }
  if (best_index < n) {
    hit.kind = TimelineHit::Kind::Span;
    hit.index = best_index;
    return hit;
  }
  double t = axis.to_time(x);
  // The last span starting at or before t: it contains t, or t is in a gap after it.
  size_t k = size_t(std::partition_point(spans, spans + n, [t](const Span& s) { return s.start <= t; }) - spans);
  if (k > 0 && spans[k - 1].end >= t) {
    hit.kind = TimelineHit::Kind::Span;
    hit.index = k - 1;
    return hit;
  }
  Span open;
  if (model.open_span(lane, open) && t >= open.start && t <= std::max(open.end, open.start)) {
    hit.kind = TimelineHit::Kind::OpenSpan;
  }
  return hit;
}

}  // namespace loopscope::ui
