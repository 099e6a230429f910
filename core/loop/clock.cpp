// Clock implementations. Real waits are sliced (kMaxSleepSlice) so Stop is prompt.
#include "loop/clock.h"

#include <algorithm>

#include "loop/platform_sleep.h"

namespace loopscope {

void Clock::block(double seconds, const std::atomic<bool>& interrupt) {
  double end = now() + seconds;
  while (!interrupt.load(std::memory_order_relaxed)) {
    double left = end - now();
    if (left <= 0) break;
    wait(left, interrupt);
  }
}

RealClock::RealClock() : start_(std::chrono::steady_clock::now()) {}

double RealClock::now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void RealClock::wait(double timeout, const std::atomic<bool>& interrupt) {
  if (timeout <= 0 || interrupt.load(std::memory_order_relaxed)) return;
  platform_expect_wake(timeout);
  platform_sleep(std::min(timeout, kMaxSleepSlice));
}

ScaledClock::ScaledClock(double scale)
    : start_(std::chrono::steady_clock::now()), scale_(scale > 0 ? scale : 1.0) {}

double ScaledClock::real_now() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

double ScaledClock::now() {
  if (paused_) return virtual_base_;
  return virtual_base_ + (real_now() - real_base_) * scale_;
}

void ScaledClock::rebase() {
  virtual_base_ = now();
  real_base_ = real_now();
}

void ScaledClock::set_scale(double scale) {
  if (scale <= 0) return;
  rebase();
  scale_ = scale;
}

void ScaledClock::pause() {
  if (paused_) return;
  rebase();
  paused_ = true;
}

void ScaledClock::resume() {
  if (!paused_) return;
  paused_ = false;
  real_base_ = real_now();
  jump_allowed_ = false;
  step_tokens_ = 0;
}

void ScaledClock::gate(const std::atomic<bool>& interrupt) {
  while (paused_ && !interrupt.load(std::memory_order_relaxed)) {
    if (step_tokens_ > 0) {
      --step_tokens_;
      jump_allowed_ = true;
      return;
    }
    platform_sleep(1.0 / 60.0);
  }
}

void ScaledClock::wait(double timeout, const std::atomic<bool>& interrupt) {
  if (timeout <= 0 || interrupt.load(std::memory_order_relaxed)) return;
  if (paused_) {
    if (jump_allowed_) {
      virtual_base_ += timeout;  // the stepped iteration reaches its timer at once
      jump_allowed_ = false;
    } else {
      platform_sleep(1.0 / 60.0);
    }
    return;
  }
  platform_expect_wake(timeout / scale_);
  platform_sleep(std::min(timeout / scale_, kMaxSleepSlice));
}

}  // namespace loopscope
