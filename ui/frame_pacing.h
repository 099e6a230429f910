// FramePacer: whether the timeline draws in this animation frame of a real-time run.
// A drawn frame holds the page's thread for its whole cost (ImGui, the GL submission
// and, without a GPU, the browser's read-back of the canvas when it commits the
// frame): a timer due meanwhile fires only after it, so a run sleeping in real time
// would wake late. A frame that would still be running when the run expects to wake
// is skipped (the next one, after the wake, draws), but drawing never stops: a frame
// is drawn at least every kMaxGapMs.
#pragma once

#include <limits>

namespace loopscope::ui {

class FramePacer {
 public:
  // The longest time between two drawn frames (at least 10 frames a second).
  static constexpr double kMaxGapMs = 100;
  // Kept free before a wake on top of the estimated cost of a frame.
  static constexpr double kMarginMs = 2;
  // Each measured cost counts fully, then fades by this factor per measurement, so
  // that one slow frame widens the guard for a few frames only.
  static constexpr double kCostDecay = 0.9;

  // Whether a frame starting at now_ms draws, the run expecting to wake at wake_ms
  // (the same clock, milliseconds; a time not after now_ms: no wake ahead).
  bool should_draw(double now_ms, double wake_ms) const;
  // A frame started at start_ms was drawn.
  void drew(double start_ms) { last_drawn_ms_ = start_ms; }
  // A drawn frame held the page's thread for `ms` (from its start to the page's next
  // task, after the browser committed it).
  void measured(double ms);
  // What a frame is expected to cost: the decaying maximum of the measured costs.
  double cost_ms() const { return cost_ms_; }

 private:
  double cost_ms_ = 0;
  double last_drawn_ms_ = -std::numeric_limits<double>::infinity();  // none yet
};

}  // namespace loopscope::ui
