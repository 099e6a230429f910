// The clock of a program run (Runtime::clock): time.monotonic(), time.sleep() and
// every event loop of the run read this one clock, so asyncio.run twice continues
// the same time line, as under ../shared/oracle/vtime.py. It also decides when a run
// must end: past the virtual time limit (exit 4) or when the host asks to stop
// (the playground's Stop), even in the middle of a long time.sleep.
#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

#include "loop/clock.h"

namespace loopscope::lang {

class ProgramClock : public Clock {
 public:
  ProgramClock(std::unique_ptr<Clock> base, double time_limit, const std::atomic<bool>& stop_requested);

  double now() override { return base_->now(); }
  void wait(double timeout, const std::atomic<bool>& interrupt) override;
  void block(double seconds, const std::atomic<bool>& interrupt) override;
  void gate(const std::atomic<bool>& interrupt) override;
  bool is_virtual() const override { return base_->is_virtual(); }

  // Called between waits so a host can raise stop_requested (the browser reads a JS
  // flag here, since it cannot call into a suspended run).
  std::function<void()> poll_host;
  // Throws RunAborted if the host asked to stop, or once the page has been refused its
  // turns for kRefusedTurnsLimit and the run is still where they are refused
  // (platform_turns_refused_for, platform_may_suspend): from then on at every check,
  // since a finalizer that met it only prints its error.
  void check_stop();
  static constexpr double kRefusedTurnsLimit = 3.0;
  Clock& base() { return *base_; }
  // Ends the run (exit 4) once `seconds` of real time have passed from now, checked
  // wherever a stop request is.
  void set_wall_time_limit(double seconds);

 private:
  std::unique_ptr<Clock> base_;
  double time_limit_;
  double wall_time_limit_ = 0;
  std::chrono::steady_clock::time_point wall_deadline_{};
  const std::atomic<bool>& stop_requested_;
  bool refused_too_long_ = false;
};

// What an EventLoop owns: a view of the program's clock.
class LoopClock : public Clock {
 public:
  explicit LoopClock(Clock& target) : target_(target) {}
  double now() override { return target_.now(); }
  void wait(double timeout, const std::atomic<bool>& interrupt) override { target_.wait(timeout, interrupt); }
  void block(double seconds, const std::atomic<bool>& interrupt) override { target_.block(seconds, interrupt); }
  void gate(const std::atomic<bool>& interrupt) override { target_.gate(interrupt); }
  bool is_virtual() const override { return target_.is_virtual(); }

 private:
  Clock& target_;
};

}  // namespace loopscope::lang
