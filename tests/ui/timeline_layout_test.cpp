// Timeline geometry: time <-> pixels, zoom around a point, pan, fit, clamping, lane
// rows, level-of-detail merging, ticks and labels, hit-testing on a recorded run, and
// the cost of a frame with 10k tasks and 200k spans (printed, not asserted).
#include <gtest/gtest.h>

#include <cstdio>
#include <cstring>
#include <string>

#include "ui/timeline_layout.h"
#include "ui_test_util.h"

using namespace loopscope;
using namespace loopscope::ui;

namespace {

TimelineViewport viewport(double t0, double t1) {
  TimelineViewport vp;
  vp.axis = TimeAxis{t0, t1, 100, 1000};
  vp.lanes_top = 20;
  vp.height = 400;
  vp.row_height = 20;
  return vp;
}

std::vector<Span> uniform_spans(size_t n, double width, double gap) {
  std::vector<Span> spans;
  double t = 0;
  for (size_t i = 0; i < n; ++i) {
    Span s;
    s.start = t;
    s.end = t + width;
    s.state = i % 2 ? SpanState::Ready : SpanState::Running;
    spans.push_back(s);
    t += width + gap;
  }
  return spans;
}

std::string label(double t, double step) {
  char buf[48];
  format_time(buf, sizeof buf, t, step);
  return buf;
}

std::string duration(double t) {
  char buf[48];
  format_duration(buf, sizeof buf, t);
  return buf;
}

}  // namespace

// Pixels and times convert both ways.
TEST(TimelineLayoutTest, AxisRoundTrip) {
  TimeAxis a{2.0, 4.0, 100, 1000};
  EXPECT_FLOAT_EQ(a.to_x(3.0), 600);
  EXPECT_DOUBLE_EQ(a.to_time(600), 3.0);
  EXPECT_DOUBLE_EQ(a.seconds_per_pixel(), 0.002);
}

// Zooming in by 2 halves the visible span and keeps the time under the mouse in place;
// it stops at 1 ns across the width.
TEST(TimelineLayoutTest, ZoomAroundPoint) {
  TimelineViewport vp = viewport(0, 10);
  double under = vp.axis.to_time(350);
  vp.zoom_at(350, 2.0);
  EXPECT_NEAR(vp.axis.span(), 5.0, 1e-12);
  EXPECT_NEAR(vp.axis.to_time(350), under, 1e-9);
  vp.zoom_at(350, 0.25);
  EXPECT_NEAR(vp.axis.span(), 20.0, 1e-12);
  for (int i = 0; i < 100; ++i) vp.zoom_at(350, 10.0);
  EXPECT_NEAR(vp.axis.span(), TimelineViewport::kMinSpan, 1e-15);
  vp.zoom_at(350, 0.0);  // ignored, not a division by zero
  EXPECT_NEAR(vp.axis.span(), TimelineViewport::kMinSpan, 1e-15);
}

// A drag moves the content with the mouse: right shows earlier times, down scrolls up.
TEST(TimelineLayoutTest, PanFollowsTheMouse) {
  TimelineViewport vp = viewport(0, 10);
  vp.scroll_y = 100;
  vp.pan(100, 40);
  EXPECT_NEAR(vp.axis.t0, -1.0, 1e-12);
  EXPECT_NEAR(vp.axis.t1, 9.0, 1e-12);
  EXPECT_FLOAT_EQ(vp.scroll_y, 60);
}

// Fit shows a range with 2% margins; follow puts `now` near the right edge.
TEST(TimelineLayoutTest, FitAndFollow) {
  TimelineViewport vp = viewport(0, 1);
  vp.fit(0, 2.0);
  EXPECT_NEAR(vp.axis.t0, -0.04, 1e-12);
  EXPECT_NEAR(vp.axis.t1, 2.04, 1e-12);
  vp.fit(3, 3);  // a single instant still gets a range
  EXPECT_GT(vp.axis.span(), 0);
  EXPECT_LE(vp.axis.t0, 3);
  EXPECT_GE(vp.axis.t1, 3);
  vp.axis = TimeAxis{0, 10, 100, 1000};
  vp.follow(50);
  EXPECT_NEAR(vp.axis.span(), 10, 1e-12);
  EXPECT_NEAR(vp.axis.t1, 50.2, 1e-9);
}

// Panning cannot lose the recorded range, nor scroll past the last lane.
TEST(TimelineLayoutTest, ClampKeepsContentReachable) {
  TimelineViewport vp = viewport(0, 2);
  vp.pan(-1e6, 0);  // far into the future
  vp.clamp(0, 2, 5);
  EXPECT_LE(vp.axis.t0, 2.0);
  vp.pan(1e7, 0);   // far into the past
  vp.clamp(0, 2, 5);
  EXPECT_GE(vp.axis.t1, 0.0);
  EXPECT_NEAR(vp.axis.span(), 2.0, 1e-9);
  vp.scroll_y = 1e6;
  vp.clamp(0, 2, 100);
  EXPECT_FLOAT_EQ(vp.scroll_y, 100 * 20 - 400 + 20);
  vp.scroll_y = -50;
  vp.clamp(0, 2, 100);
  EXPECT_FLOAT_EQ(vp.scroll_y, 0);
}

// Rows: y -> lane and the visible lane range follow the scroll.
TEST(TimelineLayoutTest, LaneRows) {
  TimelineViewport vp = viewport(0, 1);
  EXPECT_EQ(vp.lane_at(25, 10), 0u);
  EXPECT_EQ(vp.lane_at(45, 10), 1u);
  EXPECT_EQ(vp.lane_at(10, 10), TimelineViewport::kNoLane);   // above the lanes (axis)
  EXPECT_EQ(vp.lane_at(250, 10), TimelineViewport::kNoLane);  // below the last lane
  vp.scroll_y = 50;
  EXPECT_EQ(vp.lane_at(25, 10), 2u);
  size_t first, last;
  vp.visible_lanes(1000, first, last);
  EXPECT_EQ(first, 2u);
  EXPECT_EQ(last, 23u);
}

// Wide spans are drawn one by one; spans off screen are culled.
TEST(TimelineLayoutTest, WideSpansAreNotMerged) {
  auto spans = uniform_spans(100, 1.0, 0.0);  // [0,100] in 1 s spans
  TimeAxis axis{10.5, 20.5, 0, 1000};         // 100 px per span
  std::vector<SpanItem> items;
  layout_spans(spans.data(), spans.size(), axis, 1, items);
  ASSERT_EQ(items.size(), 11u);  // spans 10..20
  EXPECT_EQ(items.front().first, 10u);
  EXPECT_EQ(items.back().first, 20u);
  for (auto& it : items) EXPECT_EQ(it.count, 1u);
}

// 100k spans of 10 µs across 1 s on 1000 px: merged into about one item per pixel,
// covering every span once, in order, without overlaps.
TEST(TimelineLayoutTest, SubPixelSpansMerge) {
  auto spans = uniform_spans(100000, 5e-6, 5e-6);
  TimeAxis axis{0, 1, 0, 1000};
  std::vector<SpanItem> items;
  layout_spans(spans.data(), spans.size(), axis, 1, items);
  EXPECT_LE(items.size(), 1001u);
  EXPECT_GE(items.size(), 900u);
  uint64_t covered = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    covered += items[i].count;
    if (i) {
      EXPECT_EQ(items[i].first, items[i - 1].first + items[i - 1].count);
      EXPECT_GE(items[i].x0, items[i - 1].x0);
    }
    EXPECT_TRUE(items[i].mixed);  // running and ready alternate
  }
  EXPECT_EQ(covered, spans.size());
}

// A long span right after tiny ones keeps its own item (and its true width).
TEST(TimelineLayoutTest, LongSpanAfterTinyOnesStaysSeparate) {
  std::vector<Span> spans = uniform_spans(10, 1e-6, 1e-6);
  Span sleep;
  sleep.start = spans.back().end;
  sleep.end = sleep.start + 0.5;
  sleep.state = SpanState::Sleeping;
  spans.push_back(sleep);
  TimeAxis axis{0, 1, 0, 1000};
  std::vector<SpanItem> items;
  layout_spans(spans.data(), spans.size(), axis, 1, items);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].count, 10u);
  EXPECT_EQ(items[1].count, 1u);
  EXPECT_EQ(items[1].state, SpanState::Sleeping);
  EXPECT_NEAR(items[1].x1 - items[1].x0, 500, 0.01);
}

// Tick steps are 1, 2 or 5 times a power of ten; labels use a unit that fits the step.
TEST(TimelineLayoutTest, TicksAndLabels) {
  EXPECT_DOUBLE_EQ(nice_step(0.3), 0.5);
  EXPECT_DOUBLE_EQ(nice_step(0.5), 0.5);
  EXPECT_DOUBLE_EQ(nice_step(1.1), 2.0);
  EXPECT_NEAR(nice_step(7e-6), 1e-5, 1e-18);
  TimeAxis axis{0, 2, 100, 1000};
  std::vector<AxisTick> ticks;
  double step = axis_ticks(axis, 90, ticks);
  EXPECT_DOUBLE_EQ(step, 0.2);
  ASSERT_EQ(ticks.size(), 11u);
  EXPECT_FLOAT_EQ(ticks[5].x, 600);
  EXPECT_EQ(label(1.5, 0.5), "1.5 s");
  EXPECT_EQ(label(2, 1), "2 s");
  EXPECT_EQ(label(0.25, 0.05), "250 ms");
  EXPECT_EQ(label(1.5e-3, 5e-4), "1.5 ms");
  EXPECT_EQ(label(2e-5, 1e-5), "20 \xc2\xb5s");
  EXPECT_EQ(label(3e-9, 1e-9), "3 ns");
  EXPECT_EQ(label(-1e-17, 0.5), "0.0 s");
  EXPECT_EQ(duration(2.0), "2.000 s");
  EXPECT_EQ(duration(0.00125), "1.250 ms");
  EXPECT_EQ(duration(0), "0 s");
}

// On the workers run: spans, marks (which win over spans), the name gutter, nothing.
TEST(TimelineLayoutTest, HitTestOnARecordedRun) {
  TraceRecorder rec;
  ui::testing::record_tutorial_workers(rec);
  TimelineModel model(rec);
  model.update();
  TimelineViewport vp = viewport(0, 2);  // 500 px per second from x = 100
  auto row = [&](size_t lane) { return vp.lane_y(lane) + 10; };

  TimelineHit h = hit_test(model, vp, vp.axis.to_x(0.5), row(3));  // Beta at 0.5 s
  ASSERT_EQ(h.kind, TimelineHit::Kind::Span);
  EXPECT_EQ(h.lane, 3u);
  EXPECT_EQ(model.lane(3).spans[h.index].state, SpanState::Sleeping);

  h = hit_test(model, vp, vp.axis.to_x(1.0) + 1, row(3));  // Beta's done mark
  ASSERT_EQ(h.kind, TimelineHit::Kind::Mark);
  EXPECT_EQ(model.lane(3).marks[h.index].kind, MarkKind::Done);

  h = hit_test(model, vp, vp.axis.to_x(1.2), row(1));  // the coordinator waits on Alpha
  ASSERT_EQ(h.kind, TimelineHit::Kind::Span);
  EXPECT_EQ(model.lane(1).spans[h.index].state, SpanState::Waiting);

  h = hit_test(model, vp, vp.axis.to_x(1.5) + 20, row(4));  // Gamma, after it ended
  EXPECT_EQ(h.kind, TimelineHit::Kind::Lane);

  h = hit_test(model, vp, 50, row(2));
  EXPECT_EQ(h.kind, TimelineHit::Kind::Gutter);
  EXPECT_EQ(h.lane, 2u);

  EXPECT_EQ(hit_test(model, vp, 500, row(7)).kind, TimelineHit::Kind::None);
}

// A zero-length step (virtual time) is hit within the tolerance around it.
TEST(TimelineLayoutTest, HitsZeroLengthSpansNearby) {
  TraceRecorder rec;
  ui::testing::record_tutorial_workers(rec);
  TimelineModel model(rec);
  model.update();
  TimelineViewport vp = viewport(0.9, 1.1);  // 5000 px per second
  // The loop's busy span at 1.0 has no length; 2 px away still finds it.
  TimelineHit h = hit_test(model, vp, vp.axis.to_x(1.0) + 2, vp.lane_y(0) + 10);
  ASSERT_EQ(h.kind, TimelineHit::Kind::Span);
  EXPECT_EQ(model.lane(0).spans[h.index].state, SpanState::LoopBusy);
}

// 10'000 tasks and ~200k spans: building the model, laying out one frame (visible
// lanes, and every lane as the worst case) and hit-testing. Times are printed only.
TEST(TimelineLayoutTest, LargeRunTiming) {
  TraceRecorder rec(8'000'000);
  auto t = std::chrono::steady_clock::now();
  ui::testing::record_many_tasks(rec, 10000, 10);
  double record_ms = ui::testing::elapsed_ms(t);

  TimelineModel model(rec);
  t = std::chrono::steady_clock::now();
  model.update();
  double model_ms = ui::testing::elapsed_ms(t);
  ASSERT_EQ(model.lane_count(), 10002u);
  EXPECT_GE(model.span_count(), 200000u);

  TimelineViewport vp = viewport(0, 1);
  vp.height = 800;
  vp.fit(model.begin_time(), model.now());
  std::vector<SpanItem> items;
  items.reserve(1 << 16);

  size_t first, last;
  vp.visible_lanes(model.lane_count(), first, last);
  t = std::chrono::steady_clock::now();
  constexpr int kFrames = 100;
  size_t visible_items = 0;
  for (int f = 0; f < kFrames; ++f) {
    vp.zoom_at(600, f % 2 ? 0.97 : 1.0 / 0.97);
    for (size_t l = first; l < last; ++l) {
      items.clear();
      const Lane& lane = model.lane(l);
      layout_spans(lane.spans.data(), lane.spans.size(), vp.axis, 1, items);
      visible_items += items.size();
    }
  }
  double frame_ms = ui::testing::elapsed_ms(t) / kFrames;

  t = std::chrono::steady_clock::now();
  size_t all_items = 0;
  for (size_t l = 0; l < model.lane_count(); ++l) {
    items.clear();
    const Lane& lane = model.lane(l);
    layout_spans(lane.spans.data(), lane.spans.size(), vp.axis, 1, items);
    all_items += items.size();
  }
  double all_lanes_ms = ui::testing::elapsed_ms(t);

  t = std::chrono::steady_clock::now();
  int hits = 0;
  for (int i = 0; i < 10000; ++i) {
    float x = 100 + float(i % 1000);
    float y = vp.lanes_top + float((i * 37) % 800);
    hits += hit_test(model, vp, x, y).kind != TimelineHit::Kind::None;
  }
  double hit_us = ui::testing::elapsed_ms(t) * 1000 / 10000;

  std::printf("[ timeline ] %zu lanes, %zu spans, %zu events: record %.1f ms, model.update %.1f ms\n",
              model.lane_count(), model.span_count(), rec.size(), record_ms, model_ms);
  std::printf("[ timeline ] layout of %zu visible lanes: %.3f ms/frame (%zu items/frame); "
              "all %zu lanes: %.2f ms (%zu items); hit_test %.2f us\n",
              last - first, frame_ms, visible_items / kFrames, model.lane_count(), all_lanes_ms, all_items, hit_us);
  EXPECT_GT(hits, 0);
}

// One lane with 200k spans, zoomed out and in: the merge jumps instead of walking, so a
// frame costs about a binary search per pixel. Printed only.
TEST(TimelineLayoutTest, OneLaneWith200kSpansTiming) {
  auto spans = uniform_spans(200000, 2e-6, 3e-6);  // 1 s in all
  std::vector<SpanItem> items;
  items.reserve(4096);
  double zoomed_out_ms, zoomed_in_ms;
  size_t out_items, in_items;
  {
    TimeAxis axis{0, 1, 0, 1500};
    auto t = std::chrono::steady_clock::now();
    for (int f = 0; f < 100; ++f) {
      items.clear();
      layout_spans(spans.data(), spans.size(), axis, 1, items);
    }
    zoomed_out_ms = ui::testing::elapsed_ms(t) / 100;
    out_items = items.size();
  }
  {
    TimeAxis axis{0.5, 0.5 + 2e-3, 0, 1500};  // 400 spans on screen, each ~1.5 px
    auto t = std::chrono::steady_clock::now();
    for (int f = 0; f < 100; ++f) {
      items.clear();
      layout_spans(spans.data(), spans.size(), axis, 1, items);
    }
    zoomed_in_ms = ui::testing::elapsed_ms(t) / 100;
    in_items = items.size();
  }
  std::printf("[ timeline ] one lane, 200k spans: zoomed out %.3f ms/frame (%zu items), zoomed in %.3f ms/frame "
              "(%zu items)\n", zoomed_out_ms, out_items, zoomed_in_ms, in_items);
  EXPECT_LE(out_items, 1501u);
  EXPECT_GE(in_items, 300u);
}
