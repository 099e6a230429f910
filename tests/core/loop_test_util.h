// Helpers shared by the core test suites: a fixture with a deterministic loop and a
// log of what happened, in the order it happened.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "loop/event_loop.h"
#include "loop/sleep.h"
#include "loop/task.h"

namespace loopscope::testing {

class LoopTest : public ::testing::Test {
 protected:
  std::vector<std::string> log;
  EventLoop loop;  // after `log`: tasks still pending at the end may write to it
};

}  // namespace loopscope::testing
