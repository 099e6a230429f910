// Smoke test of the loop while the full suites are written.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "loop/event_loop.h"
#include "loop/sleep.h"
#include "loop/task.h"

using namespace loopscope;

namespace {
Co<int> worker(std::vector<std::string>& log, std::string name, double delay) {
  log.push_back(name + " start");
  co_await sleep(delay);
  log.push_back(name + " done");
  co_return int(delay * 10);
}

Co<int> main_co(std::vector<std::string>& log) {
  auto a = create_task(worker(log, "A", 2.0));
  auto b = create_task(worker(log, "B", 1.0));
  auto c = create_task(worker(log, "C", 1.5));
  int total = co_await a;
  total += co_await b;
  total += co_await c;
  co_return total;
}
}  // namespace

// The three-worker example finishes in deadline order at virtual t=2.0.
TEST(Smoke, ThreeWorkers) {
  EventLoop loop;
  std::vector<std::string> log;
  int total = loop.run_until_complete(main_co(log));
  EXPECT_EQ(total, 45);
  EXPECT_EQ(loop.time(), 2.0);
  std::vector<std::string> expected{"A start", "B start", "C start", "B done", "C done", "A done"};
  EXPECT_EQ(log, expected);
}
