// FramePacer: whether the timeline draws in this animation frame of a real-time run.
// A drawn frame holds the page's thread for its whole cost (ImGui, the GL submission
// and, without a GPU, the browser's read-back of the canvas when it commits the
// frame): a timer due meanwhile fires only after it, so a run sleeping in real time
// would wake late. A frame that would still be running when the run expects to wake
// is skipped (the next one, after the wake, draws), but drawing is never held back
// for longer than kMaxHoldMs in a row: a program that is always about to wake (one
// sleeping 10 ms in a loop) still sees the timeline move.
#pragma once

namespace loopscope::ui {

class FramePacer {
 public:
  // The longest run of skipped frames, from the first skipped one to the next drawn.
  static constexpr double kMaxHoldMs = 100;
  // Kept free before a wake on top of the estimated cost of a frame.
  static constexpr double kMarginMs = 2;
  // The cost of a frame is predicted from the last kRecentFrames measured: the second
  // largest of them, so that one stray measurement (a frame that set up GL, a run's
  // start compiling before the measuring message ran) does not hold frames back for
  // long, while a page that is often slow is guarded against its slow frames.
  static constexpr int kRecentFrames = 8;

  // Whether the frame starting at now_ms draws, the run expecting to wake at wake_ms
  // (the same clock, milliseconds; a time not after now_ms: no wake ahead). Call it
  // once per animation frame: it counts how long frames have been held back.
  bool should_draw(double now_ms, double wake_ms);
  // A drawn frame held the page's thread for `ms` (from its start to the page's next
  // task, after the browser committed it).
  void measured(double ms);
  // What a frame is expected to cost (0 before any is measured).
  double cost_ms() const;

 private:
  double recent_ms_[kRecentFrames] = {};  // the last measured costs, a ring
  int next_ = 0;                          // where the next measurement goes
  bool holding_ = false;      // the last frame was skipped
  double held_since_ms_ = 0;  // when the current run of skipped frames began
};

}  // namespace loopscope::ui
