// FramePacer: skips frames that would overlap a real-time wake, for kMaxHoldMs at most.
#include "ui/frame_pacing.h"

#include <cmath>

namespace loopscope::ui {

bool FramePacer::should_draw(double now_ms, double wake_ms) {
  bool overlaps_wake = wake_ms > now_ms && now_ms + cost_ms() + kMarginMs > wake_ms;
  if (overlaps_wake && !(holding_ && now_ms - held_since_ms_ >= kMaxHoldMs)) {
    if (!holding_) held_since_ms_ = now_ms;
    holding_ = true;
    return false;
  }
  holding_ = false;
  return true;
}

void FramePacer::measured(double ms) {
  if (!std::isfinite(ms) || ms < 0) return;
  recent_ms_[next_] = ms;
  next_ = (next_ + 1) % kRecentFrames;
}

double FramePacer::cost_ms() const {
  double largest = 0, second = 0;
  for (double ms : recent_ms_) {
    if (ms > largest) {
      second = largest;
      largest = ms;
    } else if (ms > second) {
      second = ms;
    }
  }
  return second;
}

}  // namespace loopscope::ui
