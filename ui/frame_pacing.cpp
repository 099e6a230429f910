// FramePacer: skips frames that would overlap a real-time wake, for kMaxHoldMs at most.
#include "ui/frame_pacing.h"

#include <algorithm>
#include <cmath>

namespace loopscope::ui {

bool FramePacer::should_draw(double now_ms, double wake_ms) {
  bool overlaps_wake = wake_ms > now_ms && now_ms + cost_ms_ + kMarginMs > wake_ms;
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
  cost_ms_ = std::max(ms, cost_ms_ * kCostDecay);
}

}  // namespace loopscope::ui
