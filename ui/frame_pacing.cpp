// FramePacer: skips frames that would overlap a real-time wake, within kMaxGapMs.
#include "ui/frame_pacing.h"

#include <algorithm>
#include <cmath>

namespace loopscope::ui {

bool FramePacer::should_draw(double now_ms, double wake_ms) const {
  if (now_ms - last_drawn_ms_ >= kMaxGapMs) return true;
  if (wake_ms <= now_ms) return true;
  return now_ms + cost_ms_ + kMarginMs <= wake_ms;
}

void FramePacer::measured(double ms) {
  if (!std::isfinite(ms) || ms < 0) return;
  cost_ms_ = std::max(ms, cost_ms_ * kCostDecay);
}

}  // namespace loopscope::ui
