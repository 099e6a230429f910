// ProgramClock::block (time.sleep on a real clock): the program measures the sleep as
// time.monotonic() - t0, a float subtraction, and must see at least what it asked for.
#include <gtest/gtest.h>

#include <atomic>
#include <memory>

#include "lang/program_clock.h"

using namespace loopscope;
using namespace loopscope::lang;

namespace {

// A real (not virtual) clock whose waits move it by exactly what was asked, as a
// fast real clock landing on the deadline would: 0.1 + 0.5 is 0.6 as a double, and
// 0.6 - 0.1 is 0.49999999999999994.
class ExactRealClock : public Clock {
 public:
  explicit ExactRealClock(double start) : now_(start) {}
  double now() override { return now_; }
  void wait(double timeout, const std::atomic<bool>&) override {
    ++waits;
    if (timeout > 0) now_ += timeout;
  }
  int waits = 0;

 private:
  double now_;
};

}  // namespace

TEST(ProgramClockTest, TimeSleepLastsAtLeastWhatWasAskedAsTheProgramMeasuresIt) {
  std::atomic<bool> stop{false}, interrupt{false};
  for (double start : {0.1, 0.7, 1.1, 3.3, 1e5 + 0.1}) {
    for (double seconds : {0.5, 0.1, 0.3, 1.7}) {
      auto base = std::make_unique<ExactRealClock>(start);
      ExactRealClock* raw = base.get();
      ProgramClock clock(std::move(base), 1e9, stop);
      double t0 = clock.now();
      clock.block(seconds, interrupt);
      EXPECT_GE(clock.now() - t0, seconds) << "start " << start << ", sleep " << seconds;
      EXPECT_LE(raw->waits, 3) << "start " << start << ", sleep " << seconds;
    }
  }
}
