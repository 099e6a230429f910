// EventLoop: callback scheduling order, timers in heapq order, stop/close/misuse,
// the exception handler, deadlock and interrupt. Expected orders come from CPython
// 3.11 under ../shared/oracle/vtime.py; each test shows the Python it mirrors.
#include <gtest/gtest.h>

#include <cstdint>
#include <functional>

#include "loop_test_util.h"

using namespace loopscope;
using loopscope::testing::LoopTest;

using EventLoopTest = LoopTest;

// call_soon callbacks run in FIFO order, in the next iteration, not at once.
TEST_F(EventLoopTest, CallSoonRunsNextIterationInOrder) {
  loop.call_soon([&] { log.push_back("a"); });
  loop.call_soon([&] { log.push_back("b"); });
  EXPECT_TRUE(log.empty());
  loop.run_once();
  EXPECT_EQ(log, (std::vector<std::string>{"a", "b"}));
}

// A callback scheduled by a running callback waits for the following iteration.
TEST_F(EventLoopTest, CallbacksScheduledMeanwhileWaitOneIteration) {
  loop.call_soon([&] {
    log.push_back("first");
    loop.call_soon([&] { log.push_back("nested"); });
  });
  loop.call_soon([&] { log.push_back("second"); });
  loop.run_once();
  EXPECT_EQ(log, (std::vector<std::string>{"first", "second"}));
  loop.run_once();
  EXPECT_EQ(log.back(), "nested");
}

// Equal deadlines pop in heapq order, not FIFO. Python:
//   for i, d in enumerate([1,1,.5,1,.5,1,1,2,1,.5,1,1]): loop.call_at(t0+d, order.append, i)
//   -> [2, 4, 9, 0, 6, 5, 11, 8, 10, 1, 3, 7]
// A socket event (add_io_event) runs in the next iteration after the callbacks that
// were scheduled before and after it meanwhile (CPython's _process_events appends
// the selector's callbacks to _ready), before the timers due then; a pending one
// keeps the loop from waiting for a timer (streams: data written at 0 s is read at 0 s).
TEST_F(EventLoopTest, IoEventsRunAfterScheduledCallbacksBeforeDueTimers) {
  loop.call_soon([&] {
    log.push_back("cb1");
    loop.call_later(0, [&] { log.push_back("timer"); });
    loop.add_io_event([&] { log.push_back("io"); });
    loop.call_soon([&] { log.push_back("cb2"); });
  });
  loop.call_later(5.0, [&] { log.push_back("later"); });
  double start = loop.time();
  loop.run_once();
  EXPECT_EQ(log, (std::vector<std::string>{"cb1"}));
  loop.run_once();
  EXPECT_EQ(log, (std::vector<std::string>{"cb1", "cb2", "io", "timer"}));
  loop.add_io_event([&] { log.push_back("io2"); });
  loop.run_once();  // the io event, without waiting for the 5 s timer
  EXPECT_EQ(log.back(), "io2");
  EXPECT_LT(loop.time() - start, 1.0);
}

TEST_F(EventLoopTest, TimersWithEqualDeadlinesFollowHeapqOrder) {
  std::vector<int> order;
  const double delays[] = {1, 1, 0.5, 1, 0.5, 1, 1, 2, 1, 0.5, 1, 1};
  for (int i = 0; i < 12; ++i) loop.call_at(delays[i], [&order, i] { order.push_back(i); });
  loop.call_at(3, [&] { loop.stop(); });
  loop.run_forever();
  EXPECT_EQ(order, (std::vector<int>{2, 4, 9, 0, 6, 5, 11, 8, 10, 1, 3, 7}));
  EXPECT_EQ(loop.time(), 3.0);
}

// A heap big enough to have many levels, with many equal deadlines, timers added
// while others pop, and a lone left child at times: the order is heapq's, step for
// step (the sift is branchless and prefetches, timer_heap.h). Expected order from
// CPython 3.11 under ../shared/oracle/vtime.py running:
//   state = [1]
//   def draw(n):  # this LCG
//       state[0] = (state[0] * 1103515245 + 12345) % 2**31
//       return (state[0] >> 16) % n
//   async def main():
//       loop = asyncio.get_running_loop()
//       def fire(i):
//           order.append(i)
//           if i < 1000 and i % 3 == 0:
//               loop.call_at(loop.time() + draw(5) * 0.25, fire, 1000 + i)
//       for i in range(200):
//           loop.call_at(draw(8) * 0.25, fire, i)
//       await asyncio.sleep(10)
TEST_F(EventLoopTest, ManyTimersWithEqualDeadlinesFollowHeapqOrder) {
  uint32_t state = 1;
  auto draw = [&state](uint32_t n) {
    state = uint32_t((uint64_t(state) * 1103515245u + 12345u) % (uint64_t(1) << 31));
    return (state >> 16) % n;
  };
  std::vector<int> order;
  std::function<void(int)> fire = [&](int i) {
    order.push_back(i);
    if (i < 1000 && i % 3 == 0) loop.call_at(loop.time() + draw(5) * 0.25, [&fire, i] { fire(1000 + i); });
  };
  loop.run_until_complete([](EventLoop& loop, std::function<void(int)>& fire, auto& draw) -> Co<void> {
    for (int i = 0; i < 200; ++i) loop.call_at(draw(8) * 0.25, [&fire, i] { fire(i); });
    co_await sleep(10);
  }(loop, fire, draw));
  const std::vector<int> expected = {
      29, 51, 111, 118, 98, 192, 199, 39, 83, 88, 187, 90, 181, 182, 176, 84,
      168, 66, 146, 155, 133, 136, 1111, 1192, 1084, 124, 59, 119, 14, 58, 114, 112,
      50, 99, 2, 193, 194, 27, 92, 183, 186, 87, 175, 172, 16, 82, 77, 154,
      38, 147, 149, 143, 140, 18, 31, 129, 1114, 6, 28, 117, 113, 54, 108, 106,
      102, 100, 49, 96, 197, 121, 189, 1168, 180, 171, 21, 48, 36, 72, 1186, 69,
      32, 132, 1006, 1102, 1051, 179, 53, 110, 174, 1087, 47, 97, 101, 1189, 1066, 94,
      184, 4, 173, 85, 160, 161, 1147, 5, 152, 1099, 150, 35, 1132, 1036, 3, 1171,
      190, 1027, 141, 1096, 34, 1054, 7, 65, 30, 120, 1090, 116, 13, 1174, 93, 52,
      73, 1180, 76, 12, 169, 1069, 1117, 1039, 177, 41, 40, 8, 139, 137, 134, 1177,
      123, 1108, 153, 135, 1018, 37, 1093, 46, 1129, 159, 1072, 107, 1048, 142, 103, 78,
      1021, 198, 156, 196, 10, 91, 95, 191, 89, 1183, 42, 68, 67, 162, 157, 130,
      158, 1123, 1135, 1078, 1042, 1162, 56, 163, 122, 0, 1003, 109, 1, 19, 104, 144,
      79, 166, 20, 81, 70, 170, 74, 167, 71, 45, 9, 33, 75, 64, 63, 125,
      25, 131, 115, 164, 55, 128, 1000, 1075, 24, 43, 23, 22, 138, 1009, 1150, 151,
      1081, 1141, 61, 1156, 11, 86, 44, 105, 188, 185, 165, 1159, 145, 15, 195, 1063,
      17, 62, 57, 26, 60, 126, 148, 178, 80, 127, 1138, 1195, 1033, 1012, 1105, 1030,
      1120, 1024, 1057, 1153, 1165, 1198, 1144, 1126, 1045, 1060, 1015,
  };
  ASSERT_EQ(expected.size(), 267u);
  EXPECT_EQ(order, expected);
}

// The virtual clock jumps straight to each timer; call_later is relative to now.
TEST_F(EventLoopTest, VirtualClockJumpsToTimers) {
  std::vector<double> seen;
  loop.call_later(0.25, [&] {
    seen.push_back(loop.time());
    loop.call_later(0.5, [&] {
      seen.push_back(loop.time());
      loop.stop();
    });
  });
  loop.run_forever();
  EXPECT_EQ(seen, (std::vector<double>{0.25, 0.75}));
}

// A cancelled handle does not run; a cancelled timer is dropped from the heap.
TEST_F(EventLoopTest, CancelledHandlesDoNotRun) {
  auto h = loop.call_soon([&] { log.push_back("soon"); });
  auto t = loop.call_later(1, [&] { log.push_back("timer"); });
  h->cancel();
  t->cancel();
  EXPECT_TRUE(h->cancelled());
  EXPECT_TRUE(t->cancelled());
  loop.call_later(2, [&] { loop.stop(); });
  loop.run_forever();
  EXPECT_TRUE(log.empty());
  EXPECT_EQ(loop.timer_count(), 0u);
}

// Many cancelled timers are swept in one pass (more than 100, over half cancelled).
TEST_F(EventLoopTest, MassCancelledTimersAreSwept) {
  std::vector<Ref<TimerHandle>> timers;
  for (int i = 0; i < 300; ++i) timers.push_back(loop.call_later(10 + i, [] {}));
  for (int i = 0; i < 300; i += 3) timers[i]->cancel();
  for (int i = 1; i < 300; i += 3) timers[i]->cancel();
  loop.call_soon([] {});
  loop.run_once();
  EXPECT_EQ(loop.timer_count(), 100u);
}

// An exception in a callback goes to the handler and the loop keeps running.
TEST_F(EventLoopTest, FailingCallbackIsReportedAndLoopGoesOn) {
  std::vector<std::string> reports;
  loop.set_exception_handler([&](EventLoop&, const ExceptionContext& ctx) {
    reports.push_back(ctx.message + " / " + describe_exception(ctx.exception));
  });
  loop.call_soon([] { throw ValueError("boom"); });
  loop.call_soon([&] { log.push_back("after"); });
  loop.run_once();
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(reports[0], "Exception in callback / ValueError: boom");
  EXPECT_EQ(log, (std::vector<std::string>{"after"}));
}

// stop() ends run_forever after the current iteration; the loop can run again.
TEST_F(EventLoopTest, StopEndsRunForeverAndLoopRestarts) {
  loop.call_soon([&] {
    log.push_back("one");
    loop.stop();
  });
  loop.run_forever();
  EXPECT_FALSE(loop.is_running());
  loop.call_soon([&] {
    log.push_back("two");
    loop.stop();
  });
  loop.run_forever();
  EXPECT_EQ(log, (std::vector<std::string>{"one", "two"}));
}

// A closed loop refuses new work with asyncio's message.
TEST_F(EventLoopTest, ClosedLoopRefusesWork) {
  loop.close();
  EXPECT_TRUE(loop.is_closed());
  try {
    loop.call_soon([] {});
    FAIL() << "call_soon on a closed loop";
  } catch (const RuntimeError& e) {
    EXPECT_STREQ(e.what(), "Event loop is closed");
  }
  EXPECT_THROW(loop.run_forever(), RuntimeError);
}

// run_until_complete inside a running loop is an error, not a re-entry.
TEST_F(EventLoopTest, RunWhileRunningIsAnError) {
  std::string error;
  loop.call_soon([&] {
    try {
      loop.run_forever();
    } catch (const RuntimeError& e) {
      error = e.what();
    }
    loop.stop();
  });
  loop.run_forever();
  EXPECT_EQ(error, "This event loop is already running");
}

// Nothing ready and no timer: a deadlock, reported instead of hanging.
TEST_F(EventLoopTest, DeadlockIsReported) {
  auto fut = create_future<int>(loop);
  EXPECT_THROW(loop.run_until_complete(*fut.state()), DeadlockError);
  EXPECT_FALSE(loop.is_running());
}

// request_interrupt stops a loop that would otherwise run forever.
TEST_F(EventLoopTest, InterruptStopsAnEndlessLoop) {
  int ticks = 0;
  std::function<void()> tick = [&] {
    if (++ticks == 1000) loop.request_interrupt();
    loop.call_soon(tick);
  };
  loop.call_soon(tick);
  EXPECT_THROW(loop.run_forever(), Interrupted);
  EXPECT_EQ(ticks, 1000);
  EXPECT_FALSE(loop.interrupt_requested());
}

// block() (time.sleep) moves the virtual clock by exactly the duration.
TEST_F(EventLoopTest, BlockAdvancesVirtualTime) {
  loop.call_soon([&] {
    loop.block(0.1);
    loop.block(0.2);
    log.push_back(std::to_string(loop.time()));
    loop.stop();
  });
  loop.run_forever();
  EXPECT_EQ(loop.time(), 0.1 + 0.2);  // same float sum as CPython's Clock.now += s
}

// current() is the running loop only while it runs.
TEST_F(EventLoopTest, CurrentLoopOnlyWhileRunning) {
  EXPECT_EQ(EventLoop::current(), nullptr);
  EXPECT_THROW(EventLoop::running(), RuntimeError);
  EventLoop* seen = nullptr;
  loop.call_soon([&] {
    seen = EventLoop::current();
    loop.stop();
  });
  loop.run_forever();
  EXPECT_EQ(seen, &loop);
  EXPECT_EQ(EventLoop::current(), nullptr);
}

// A real clock really waits: a 30 ms timer fires after at least 30 ms.
TEST(RealClockTest, TimerWaitsRealTime) {
  EventLoop loop(std::make_unique<RealClock>());
  double fired = -1;
  loop.call_later(0.03, [&] {
    fired = loop.time();
    loop.stop();
  });
  loop.run_forever();
  EXPECT_GE(fired, 0.03);
}

// A paused scaled clock holds time; step() lets one iteration reach its timer.
TEST(ScaledClockTest, PauseHoldsTimeAndStepJumpsToNextTimer) {
  auto clock = std::make_unique<ScaledClock>(1.0);
  ScaledClock* scaled = clock.get();
  EventLoop loop(std::move(clock));
  scaled->pause();
  double t0 = loop.time();
  bool fired = false;
  loop.call_later(5.0, [&] { fired = true; });
  scaled->step();
  loop.run_once();  // the stepped iteration jumps 5 s at once
  EXPECT_TRUE(fired);
  EXPECT_NEAR(loop.time() - t0, 5.0, 1e-9);
}

// Scaling by 10 makes a 0.2 s timer fire after about 20 ms of real time.
TEST(ScaledClockTest, ScaleSpeedsUpTime) {
  auto clock = std::make_unique<ScaledClock>(10.0);
  EventLoop loop(std::move(clock));
  RealClock wall;
  loop.call_later(0.2, [&] { loop.stop(); });
  loop.run_forever();
  EXPECT_GE(loop.time(), 0.2);
  EXPECT_LT(wall.now(), 0.15);
}

// Ready work longer than the host-turn interval lets the host run (in wasm, under
// the browser, a turn of the page; under node and natively nothing): a long chain
// of sleep(0) on a real clock still completes with every step taken. (How fast the
// turns are is measured by the browser test, not asserted here.)
TEST(HostTurnTest, LongReadyChainsFinishQuickly) {
  EventLoop loop(std::make_unique<RealClock>());
  auto spin = []() -> Co<int> {
    int n = 0;
    for (int i = 0; i < 20000; ++i) {
      co_await sleep(0);
      ++n;
    }
    co_return n;
  };
  EXPECT_EQ(loop.run_until_complete(spin()), 20000);
}

// Debug mode times each callback and task step on the loop's clock and reports those
// that take slow_callback_duration (0.1 s) or longer; without it nothing is timed.
namespace {
std::vector<SlowCallback> g_slow;
void record_slow(EventLoop&, const SlowCallback& slow) { g_slow.push_back(slow); }
Co<void> blocks_then_sleeps(EventLoop& loop, double seconds) {
  loop.block(seconds);
  co_await sleep(0.01);
}
}  // namespace

TEST_F(EventLoopTest, DebugModeReportsSlowCallbacksAndSteps) {
  g_slow.clear();
  loop.set_slow_callback_reporter(record_slow);
  loop.call_soon([&] { loop.block(0.5); });  // not in debug mode yet: not reported
  loop.run_once();
  EXPECT_TRUE(g_slow.empty());

  loop.set_debug(true);
  Ref<Handle> quick = loop.call_soon([&] { loop.block(0.05); });
  Ref<Handle> slow = loop.call_soon([&] { loop.block(0.15); });
  loop.run_once();
  ASSERT_EQ(g_slow.size(), 1u);
  EXPECT_EQ(g_slow[0].handle, slow.get());
  EXPECT_EQ(g_slow[0].callback_id, slow->id());
  EXPECT_NEAR(g_slow[0].seconds, 0.15, 1e-9);

  auto task = create_task(loop, blocks_then_sleeps(loop, 0.3), "blocker");
  loop.set_slow_callback_duration(0.25);
  loop.run_until_complete(*task);
  ASSERT_EQ(g_slow.size(), 2u);  // the first step only; the wake-up after the sleep is quick
  EXPECT_EQ(g_slow[1].task, static_cast<TaskBase*>(task.state().get()));
  EXPECT_EQ(g_slow[1].handle, nullptr);
  EXPECT_NEAR(g_slow[1].seconds, 0.3, 1e-9);
}
