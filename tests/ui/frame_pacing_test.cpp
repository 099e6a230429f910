// FramePacer: a frame that would overlap the run's wake-up is skipped, frames are never
// held back for longer than kMaxHoldMs, and the cost estimate follows the measured frames.
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
    pacer.measured(cost_ms);
    busy_until = now + cost_ms;
    sim.drawn.push_back(now);
    if (wake > now && wake < busy_until) ++sim.overlaps;
  }
  return sim;
}

// The longest time the thread was free while no frame was drawn: from the end of a
// drawn frame to the start of the next.
double longest_hold(const std::vector<double>& drawn, double cost_ms) {
  double hold = 0;
  for (size_t i = 1; i < drawn.size(); ++i) hold = std::max(hold, drawn[i] - (drawn[i - 1] + cost_ms));
  return hold;
}

TEST(FramePacer, WithoutAMeasuredFrameOnlyTheMarginIsKept) {
  FramePacer pacer;
  EXPECT_TRUE(pacer.should_draw(1000, 1000 + FramePacer::kMarginMs + 1));
  EXPECT_FALSE(pacer.should_draw(1000, 1000 + FramePacer::kMarginMs - 1));
}

TEST(FramePacer, SkipsAFrameThatWouldOverlapTheWake) {
  FramePacer pacer;
  pacer.measured(20);
  pacer.measured(20);
  // 20 ms of frame plus the margin fit before a wake 23 ms away, not before one 15 ms away.
  EXPECT_TRUE(pacer.should_draw(1010, 1010 + 20 + FramePacer::kMarginMs + 1));
  EXPECT_FALSE(pacer.should_draw(1010, 1025));
  // A wake that is past, or none at all (0), never holds a frame back.
  EXPECT_TRUE(pacer.should_draw(1010, 1005));
  EXPECT_TRUE(pacer.should_draw(1010, 0));
}

TEST(FramePacer, HoldsFramesBackForAtMostMaxHold) {
  FramePacer pacer;
  pacer.measured(50);
  pacer.measured(50);
  // A run that is always 10 ms from waking up.
  EXPECT_FALSE(pacer.should_draw(1000, 1010));
  EXPECT_FALSE(pacer.should_draw(1000 + FramePacer::kMaxHoldMs - 1, 1000 + FramePacer::kMaxHoldMs + 9));
  EXPECT_TRUE(pacer.should_draw(1000 + FramePacer::kMaxHoldMs, 1000 + FramePacer::kMaxHoldMs + 10));
  // Once a frame is drawn, the next run of skipped frames counts from its own start.
  EXPECT_FALSE(pacer.should_draw(1000 + FramePacer::kMaxHoldMs + 60, 1000 + FramePacer::kMaxHoldMs + 70));
}

TEST(FramePacer, CostIsTheSecondLargestOfTheRecentFrames) {
  FramePacer pacer;
  pacer.measured(5);
  pacer.measured(500);  // one stray measurement
  EXPECT_DOUBLE_EQ(pacer.cost_ms(), 5);
  pacer.measured(40);  // a second slow frame: the page is slow now
  EXPECT_DOUBLE_EQ(pacer.cost_ms(), 40);
  for (int i = 0; i < FramePacer::kRecentFrames - 3; ++i) pacer.measured(7);
  EXPECT_DOUBLE_EQ(pacer.cost_ms(), 40);  // both slow frames still among the recent ones
  pacer.measured(7);
  pacer.measured(7);  // the 500 ms frame is forgotten: 40 is a stray one again
  EXPECT_DOUBLE_EQ(pacer.cost_ms(), 7);
  pacer.measured(std::nan(""));
  pacer.measured(-3);
  EXPECT_DOUBLE_EQ(pacer.cost_ms(), 7);  // no measurement, no change
}

// asyncio.sleep(0.5) in a loop, frames costing 30 ms: no drawn frame runs over a
// wake-up, and nearly all frames the thread has time for are drawn.
TEST(FramePacer, LongSleepsAreNotOverlappedAndFramesGoOn) {
  auto wake = [](double now) { return std::floor(now / 500 + 1) * 500; };
  Simulation sim = simulate(10000, 30, wake);
  EXPECT_EQ(sim.overlaps, 0);
  // Without pacing a 30 ms frame leaves the thread every second vsync: 10 s / 33 ms.
  EXPECT_GT(sim.drawn.size(), 0.85 * 10000 / (2 * kVsyncMs));
  EXPECT_LE(longest_hold(sim.drawn, 30), FramePacer::kMaxHoldMs);
}

// A program sleeping 10 ms in a loop is always about to wake: frames are still drawn,
// held back for kMaxHoldMs at most (plus the vsync the hold starts in after a frame
// ends, and the one it ends in).
TEST(FramePacer, ShortSleepsDoNotStarveDrawing) {
  auto wake = [](double now) { return std::floor(now / 10 + 1) * 10; };
  Simulation sim = simulate(10000, 30, wake);
  EXPECT_LE(longest_hold(sim.drawn, 30), FramePacer::kMaxHoldMs + 2 * kVsyncMs);
  EXPECT_GE(sim.drawn.size(), 10000 / (30 + FramePacer::kMaxHoldMs + 2 * kVsyncMs));
}

}  // namespace
