// The loop's clocks behind one interface: VirtualClock (deterministic: jumps to the
// next timer, as ../shared/oracle/vtime.py does), RealClock (monotonic, really waits),
// ScaledClock (real time times a factor; pause and single step for the playground).
// How a real wait happens (a sleep natively, an Asyncify suspension in the browser)
// is platform_sleep() in platform_sleep.h.
#pragma once

#include <atomic>
#include <chrono>

namespace loopscope {

class Clock {
 public:
  virtual ~Clock() = default;
  // Seconds on this clock (loop.time()).
  virtual double now() = 0;
  // The loop has nothing ready: let up to `timeout` seconds pass. May return early
  // (the loop recomputes its timeout each iteration) and returns soon after
  // `interrupt` is set.
  virtual void wait(double timeout, const std::atomic<bool>& interrupt) = 0;
  // A synchronous call (time.sleep) holds the whole loop for `seconds`.
  virtual void block(double seconds, const std::atomic<bool>& interrupt);
  // Called at the top of every loop iteration: a paused clock holds the loop here.
  virtual void gate(const std::atomic<bool>& interrupt) {}
  // True when time passes only as the loop waits (no real waiting at all).
  virtual bool is_virtual() const { return false; }
};

// Deterministic time: starts at 0.0; a wait of t seconds adds t at once, exactly as
// vtime.py's selector does (`now += timeout`, so float rounding matches CPython).
class VirtualClock : public Clock {
 public:
  double now() override { return now_; }
  void wait(double timeout, const std::atomic<bool>&) override {
    if (timeout > 0) now_ += timeout;
  }
  // time.sleep(s) under vtime.py: the clock moves by exactly `seconds`.
  void block(double seconds, const std::atomic<bool>&) override {
    if (seconds > 0) now_ += seconds;
  }
  bool is_virtual() const override { return true; }
  void advance(double seconds) { now_ += seconds; }

 private:
  double now_ = 0.0;
};

// Monotonic real time since the clock was made.
class RealClock : public Clock {
 public:
  RealClock();
  double now() override;
  void wait(double timeout, const std::atomic<bool>& interrupt) override;

 private:
  std::chrono::steady_clock::time_point start_;
};

// Real time scaled by a factor (0.1x slow motion .. 10x fast forward), which can be
// paused; while paused, step() lets exactly one loop iteration run, jumping to the
// next timer if nothing is ready.
class ScaledClock : public Clock {
 public:
  explicit ScaledClock(double scale = 1.0);
  double now() override;
  void wait(double timeout, const std::atomic<bool>& interrupt) override;
  void gate(const std::atomic<bool>& interrupt) override;

  void set_scale(double scale);
  double scale() const { return scale_; }
  void pause();
  void resume();
  bool paused() const { return paused_; }
  void step() { ++step_tokens_; }
  // A paused clock that has a step to give: gate() will return at once.
  bool has_step() const { return step_tokens_ > 0; }

 private:
  double real_now() const;
  void rebase();

  std::chrono::steady_clock::time_point start_;
  double scale_;
  double virtual_base_ = 0;  // clock value at real_base_
  double real_base_ = 0;     // real seconds since start_ when last rebased
  bool paused_ = false;
  int step_tokens_ = 0;
  bool jump_allowed_ = false;  // the stepped iteration may jump to its timer
};

}  // namespace loopscope
