// FramePacer: a frame that would overlap the run's wake-up is skipped, drawing never
// stops for longer than kMaxGapMs, and the cost estimate follows the measured frames.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "ui/frame_pacing.h"

using loopscope::ui::FramePacer;

namespace {

constexpr double kVsyncMs = 1000.0 / 60;

// Animation frames every kVsyncMs from 0 to end_ms; each drawn frame costs cost_ms
// (measured as such); the run wakes at the times next_wake(now) gives. Returns the
// start times of the drawn frames; `overlaps` counts drawn frames still running at a
// wake-up.
struct Simulation {
  std::vector<double> drawn;
  int overlaps = 0;
};

template <typename NextWake>
Simulation simulate(double end_ms, double cost_ms, NextWake next_wake) {
  FramePacer pacer;
  Simulation sim;
  double busy_until = 0;
  for (double now = 0; now < end_ms; now += kVsyncMs) {
    if (now < busy_until) continue;  // the thread is still in the last frame
    double wake = next_wake(now);
    if (!pacer.should_draw(now, wake)) continue;
    pacer.drew(now);
    pacer.measured(cost_ms);
    busy_until = now + cost_ms;
    sim.drawn.push_back(now);
    if (wake > now && wake < busy_until) ++sim.overlaps;
  }
  return sim;
}

double longest_gap(const std::vector<double>& drawn) {
  double gap = 0;
  for (size_t i = 1; i < drawn.size(); ++i) gap = std::max(gap, drawn[i] - drawn[i - 1]);
  return gap;
}

TEST(FramePacer, FirstFrameDraws) {
  FramePacer pacer;
  EXPECT_TRUE(pacer.should_draw(1000, 1000.5));  // even right before a wake
}

TEST(FramePacer, SkipsAFrameThatWouldOverlapTheWake) {
  FramePacer pacer;
  pacer.drew(1000);
  pacer.measured(20);
  // 20 ms of frame plus the margin fit before a wake 30 ms away, not before one 15 ms away.
  EXPECT_TRUE(pacer.should_draw(1010, 1010 + 20 + FramePacer::kMarginMs + 1));
  EXPECT_FALSE(pacer.should_draw(1010, 1025));
  // A wake that is past, or none at all (0), never holds a frame back.
  EXPECT_TRUE(pacer.should_draw(1010, 1005));
  EXPECT_TRUE(pacer.should_draw(1010, 0));
}

TEST(FramePacer, DrawsAtLeastEveryMaxGap) {
  FramePacer pacer;
  pacer.drew(1000);
  pacer.measured(50);
  EXPECT_FALSE(pacer.should_draw(1000 + FramePacer::kMaxGapMs - 1, 1000 + FramePacer::kMaxGapMs + 10));
  EXPECT_TRUE(pacer.should_draw(1000 + FramePacer::kMaxGapMs, 1000 + FramePacer::kMaxGapMs + 10));
}

TEST(FramePacer, CostIsADecayingMaximum) {
  FramePacer pacer;
  pacer.measured(5);
  pacer.measured(80);
  EXPECT_DOUBLE_EQ(pacer.cost_ms(), 80);  // a slow frame counts at once
  for (int i = 0; i < 40; ++i) pacer.measured(5);
  EXPECT_LT(pacer.cost_ms(), 10);  // and fades once frames are fast again
  EXPECT_GE(pacer.cost_ms(), 5);
  double before = pacer.cost_ms();
  pacer.measured(std::nan(""));
  pacer.measured(-3);
  EXPECT_DOUBLE_EQ(pacer.cost_ms(), before);  // no measurement, no change
}

// asyncio.sleep(0.5) in a loop, frames costing 30 ms: no drawn frame runs over a
// wake-up, and nearly all frames the thread has time for are drawn.
TEST(FramePacer, LongSleepsAreNotOverlappedAndFramesGoOn) {
  auto wake = [](double now) { return std::floor(now / 500 + 1) * 500; };
  Simulation sim = simulate(10000, 30, wake);
  EXPECT_EQ(sim.overlaps, 0);
  // Without pacing a 30 ms frame leaves the thread every second vsync: 10 s / 33 ms.
  EXPECT_GT(sim.drawn.size(), 0.85 * 10000 / (2 * kVsyncMs));
  EXPECT_LE(longest_gap(sim.drawn), FramePacer::kMaxGapMs);
}

// A program sleeping 10 ms in a loop is always about to wake: frames are still drawn,
// at least every kMaxGapMs (plus the vsync that the gap ends in).
TEST(FramePacer, ShortSleepsDoNotStarveDrawing) {
  auto wake = [](double now) { return std::floor(now / 10 + 1) * 10; };
  Simulation sim = simulate(10000, 30, wake);
  EXPECT_LE(longest_gap(sim.drawn), FramePacer::kMaxGapMs + kVsyncMs);
  EXPECT_GE(sim.drawn.size(), 10000 / (FramePacer::kMaxGapMs + kVsyncMs));
}

}  // namespace
