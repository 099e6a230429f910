// asyncio.sleep's timer: a task sleeps on its own timer (no allocation), or on a
// separate one while its own is still in the loop, cancelled. Either way the
// wake-up order, cancellation and the loop's clean-up of cancelled timers are
// CPython's.
#include <gtest/gtest.h>

#include <cstdio>

#include "loop/gather.h"
#include "loop/sleep.h"
#include "loop/task.h"
#include "loop_test_util.h"

using namespace loopscope;
using loopscope::testing::LoopTest;

using SleepTimerTest = LoopTest;

namespace {

std::string at(const char* what, double t) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s %.1f", what, t);
  return buf;
}

Co<void> sleeper(std::vector<std::string>& log, std::string name, int rounds) {
  EventLoop& loop = EventLoop::running();
  for (int i = 0; i < rounds; ++i) {
    try {
      co_await sleep(1.0);
      log.push_back(at((name + " woke").c_str(), loop.time()));
    } catch (const CancelledError&) {
      log.push_back(at((name + " cancelled").c_str(), loop.time()));
    }
  }
}

}  // namespace

// The same program in Python under ../shared/oracle/vtime.py prints these lines:
//   async def sleeper(name, rounds):
//       for _ in range(rounds):
//           try: await asyncio.sleep(1.0); print(name, "woke", loop.time())
//           except asyncio.CancelledError: print(name, "cancelled", loop.time())
//   a = create_task(sleeper("a", 3)); b = create_task(sleeper("b", 1))
//   await asyncio.sleep(0.5); a.cancel(); c = create_task(sleeper("c", 1))
//   await asyncio.sleep(1.5); print("main", loop.time(), "cancels a"); a.cancel()
//   x = create_task(sleeper("x", 2)); loop.call_at(3.0, x.cancel)
//   await asyncio.gather(a, b, c, x); print("done", loop.time())
// a's second sleep starts while its first timer (due 1.0) is still in the heap,
// cancelled, and is due together with c's; x is cancelled after its timer left the
// heap (due) but before that timer ran.
TEST_F(SleepTimerTest, CancelledSleepsMatchCPython) {
  auto main_co = [&]() -> Co<void> {
    auto a = create_task(sleeper(log, "a", 3));
    auto b = create_task(sleeper(log, "b", 1));
    co_await sleep(0.5);
    a->cancel();
    auto c = create_task(sleeper(log, "c", 1));
    co_await sleep(1.5);
    log.push_back(at("main", loop.time()) + " cancels a");
    a->cancel();
    auto x = create_task(sleeper(log, "x", 2));
    loop.call_at(3.0, [x] { x->cancel(); });
    std::vector<Task<void>> all;  // (g++ 12 rejects a braced list here in a coroutine)
    for (auto& t : {a, b, c, x}) all.push_back(t);
    co_await gather(std::move(all));
    log.push_back(at("done", loop.time()));
  };
  loop.run_until_complete(main_co());
  EXPECT_EQ(log, (std::vector<std::string>{"a cancelled 0.5", "b woke 1.0", "a woke 1.5", "c woke 1.5",
                                           "main 2.0 cancels a", "a cancelled 2.0", "x cancelled 3.0",
                                           "x woke 4.0", "done 4.0"}));
}

// BaseEventLoop._run_once drops cancelled timers from the heap once there are more
// than 100 and over half of them are cancelled: cancelled sleeps count.
TEST_F(SleepTimerTest, CancelledSleepsLeaveTheHeap) {
  auto main_co = [&]() -> Co<void> {
    std::vector<Task<void>> tasks;
    for (int i = 0; i < 200; ++i) tasks.push_back(create_task(sleep_co(10)));
    co_await sleep(0);  // every task now sleeps
    EXPECT_EQ(loop.timer_count(), 200u);
    for (auto& t : tasks) t->cancel();
    co_await sleep(0);
    EXPECT_EQ(loop.timer_count(), 0u);
    auto outcomes = co_await gather_outcomes(std::move(tasks));
    for (auto& o : outcomes) EXPECT_TRUE(o.error);
  };
  loop.run_until_complete(main_co());
  EXPECT_DOUBLE_EQ(loop.time(), 0.0);
}

// A task waiting on its own timer allocates nothing for the sleep: the task itself
// is what the memory benchmark's bytes per suspended task (issue #2: < 200) build on.
TEST(SleepTimerSizeTest, TaskFitsIn96Bytes) {
  EXPECT_LE(sizeof(CoroTask<void>), 96u);
}
