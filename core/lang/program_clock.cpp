// ProgramClock: waits sliced so a stop request is seen within kMaxSleepSlice.
#include "lang/program_clock.h"

#include <algorithm>
#include <cstdio>

#include "lang/runtime.h"
#include "loop/platform_sleep.h"

namespace loopscope::lang {

ProgramClock::ProgramClock(std::unique_ptr<Clock> base, double time_limit, const std::atomic<bool>& stop_requested)
    : base_(std::move(base)), time_limit_(time_limit), stop_requested_(stop_requested) {}

void ProgramClock::set_wall_time_limit(double seconds) {
  wall_time_limit_ = seconds;
  wall_deadline_ = std::chrono::steady_clock::now() +
                   std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(seconds));
}

void ProgramClock::check_stop() {
  if (poll_host) poll_host();
  if (stop_requested_.load(std::memory_order_relaxed)) throw RunAborted(kStoppedExitCode, "loopscope: stopped");
  // The page's Asyncify engine, in Python code run by a destructor or while C++ handles
  // an exception: nothing can reach the run (no frame, no Stop) until it leaves.
  if (platform_turns_refused_for() > kRefusedTurnsLimit && !platform_may_suspend()) refused_too_long_ = true;
  if (refused_too_long_) {
    char text[200];
    std::snprintf(text, sizeof text,
                  "loopscope: stopped: the page had no turn for %g s, in Python code run by a destructor or while "
                  "an exception was handled, where this browser's engine cannot pause a run",
                  kRefusedTurnsLimit);
    throw RunAborted(kStoppedExitCode, text);
  }
  if (wall_time_limit_ > 0 && std::chrono::steady_clock::now() >= wall_deadline_) {
    char text[80];
    std::snprintf(text, sizeof text, "loopscope: time limit reached (%g s of real time)", wall_time_limit_);
    throw RunAborted(4, text);
  }
}

// The event loop's wait for its next timer (vtime.py's select).
void ProgramClock::wait(double timeout, const std::atomic<bool>& interrupt) {
  check_stop();
  base_->wait(timeout, interrupt);
  if (base_->is_virtual() && base_->now() > time_limit_) throw RunAborted(4, "vtime: virtual time limit reached");
  check_stop();
}

// Before each loop iteration: a paused clock (the playground's Pause) holds the loop
// here, polling the host so that Resume, Step and Stop get through.
void ProgramClock::gate(const std::atomic<bool>& interrupt) {
  for (;;) {
    check_stop();
    auto* scaled = dynamic_cast<ScaledClock*>(base_.get());
    if (!scaled || !scaled->paused() || scaled->has_step() || interrupt.load(std::memory_order_relaxed)) break;
    platform_sleep(1.0 / 60.0);
  }
  base_->gate(interrupt);
}

// time.sleep: the virtual clock just moves; a real one waits in slices, checking for
// a stop request between them.
void ProgramClock::block(double seconds, const std::atomic<bool>& interrupt) {
  if (base_->is_virtual()) {
    base_->block(seconds, interrupt);
    return;
  }
  // Done when now - start >= seconds as a float subtraction: the program's own
  // time.monotonic() - t0 (t0 <= start) is then at least `seconds` too. A deadline
  // start + seconds could be reached with now - t0 = 0.49999999999999994 for a 0.5.
  double start = base_->now();
  for (;;) {
    check_stop();
    double elapsed = base_->now() - start;
    if (elapsed >= seconds || interrupt.load(std::memory_order_relaxed)) return;
    // The base clock sleeps one slice (kMaxSleepSlice) of this at a time; given the
    // whole of it, it knows when the sleep really ends (platform_expect_wake).
    base_->wait(std::max(seconds - elapsed, 1e-6), interrupt);
  }
}

}  // namespace loopscope::lang
