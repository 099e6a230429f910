// gather, wait_for, timeout, TaskGroup, wait, as_completed and shield, translated from
// the conformance programs ../shared/conformance/api_gather_errors.py,
// api_wait_for_timeout.py, api_taskgroup.py and api_wait_as_completed.py; the expected
// sequences are those programs' output under ../shared/oracle/vtime.py (KeyError is
// ValueError here: the loop has no KeyError).
#include <gtest/gtest.h>

#include <algorithm>

#include "loop/gather.h"
#include "loop/task_group.h"
#include "loop/timeout.h"
#include "loop/wait.h"
#include "loop_test_util.h"

using namespace loopscope;
using loopscope::testing::LoopTest;

using CombinatorTest = LoopTest;
using Log = std::vector<std::string>;

namespace {

std::string fmt(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

// async def step(name, delay, fail=False)
Co<double> step(Log& log, std::string name, double delay, bool fail = false) {
  co_await sleep(delay);
  if (fail) throw ValueError(name);
  log.push_back(name + " finished");
  co_return delay;
}

// async def slow(name, delay) with its cancel/cleanup prints
Co<std::string> slow(Log& log, std::string name, double delay) {
  struct Cleanup {
    Log& log;
    std::string name;
    ~Cleanup() { log.push_back(name + ": cleanup"); }
  } cleanup{log, name};
  try {
    log.push_back(name + ": start (" + fmt(delay) + "s)");
    co_await sleep(delay);
    log.push_back(name + ": done");
    std::string upper = name;
    std::transform(upper.begin(), upper.end(), upper.begin(), ::toupper);
    co_return upper;
  } catch (const CancelledError&) {
    char at[64];
    std::snprintf(at, sizeof at, ": cancelled at %.2f", EventLoop::running().time());
    log.push_back(name + at);
    throw;
  }
}

// api_taskgroup.py's job
Co<std::string> job(Log& log, std::string name, double delay, bool fail = false) {
  try {
    co_await sleep(delay);
    if (fail) throw ValueError(name + " failed");
    log.push_back(name + " ok");
    co_return name;
  } catch (const CancelledError&) {
    log.push_back(name + " cancelled");
    throw;
  }
}

// api_wait_as_completed.py's job
Co<std::string> named_job(std::string name, double delay, bool fail = false) {
  co_await sleep(delay);
  if (fail) throw RuntimeError(name + " broke");
  co_return name + "@" + fmt(delay);
}

template <class T>
std::vector<Ref<FutureBase>> futures_of(const std::vector<Task<T>>& tasks) {
  std::vector<Ref<FutureBase>> out;
  for (auto& t : tasks) out.emplace_back(t.state().get());
  return out;
}

std::string result_of(const Ref<FutureBase>& f) {
  return static_cast<CoroTask<std::string>*>(f.get())->result();
}

}  // namespace

TEST_F(CombinatorTest, GatherErrorsNestingAndReturnExceptions) {
  auto main_co = [&]() -> Co<void> {
    try {
      std::vector<Co<double>> steps;
      steps.push_back(step(log, "a", 0.1));
      steps.push_back(step(log, "b", 0.2, true));
      steps.push_back(step(log, "c", 0.3));
      co_await gather(std::move(steps));
    } catch (const ValueError& e) {
      log.push_back(std::string("gather raised ") + e.what());
    }
    co_await sleep(0.5);
    // gather(gather(step("x", 0.1), step("y", 0.05)), step("z", 0.2))
    auto inner_body = [](Log& log) -> Co<std::vector<double>> {
      std::vector<Co<double>> xy;
      xy.push_back(step(log, "x", 0.1));
      xy.push_back(step(log, "y", 0.05));
      co_return co_await gather(std::move(xy));
    };
    auto inner = create_task(inner_body(log));
    auto z = create_task(step(log, "z", 0.2));
    co_await gather(std::vector<Task<void>>{});  // gather() of nothing completes at once
    auto both = GatheringFuture::start(loop, {Ref<FutureBase>(inner.state().get()), Ref<FutureBase>(z.state().get())}, false);
    co_await await_done(both);
    auto xy = inner->result();
    log.push_back("[[" + fmt(xy[0]) + ", " + fmt(xy[1]) + "], " + fmt(z->result()) + "]");
    std::vector<Task<double>> pq{create_task(step(log, "p", 0.1, true)), create_task(step(log, "q", 0.1))};
    auto outcomes = co_await gather_outcomes(std::move(pq));
    log.push_back(std::string("[") + (outcomes[0].error ? describe_exception(outcomes[0].error) : "?") + ", " +
                  fmt(*outcomes[1].value) + "]");
  };
  loop.run_until_complete(main_co());
  EXPECT_EQ(log, (Log{"a finished", "gather raised b", "c finished", "y finished", "x finished", "z finished",
                      "[[0.1, 0.05], 0.2]", "q finished", "[ValueError: p, 0.1]"}));
}

// gather(t, t): one callback per distinct future (CPython's arg_to_fut), so it finishes
// once t has, and t's result fills both places.
TEST_F(CombinatorTest, GatherOfTheSameTaskTwice) {
  auto main_co = [&]() -> Co<void> {
    auto t = create_task(step(log, "t", 0.1));
    auto u = create_task(step(log, "u", 0.2));
    std::vector<Task<double>> tasks{t, u, t};
    auto results = co_await gather(std::move(tasks));
    log.push_back(fmt(results[0]) + " " + fmt(results[1]) + " " + fmt(results[2]));
  };
  loop.run_until_complete(main_co());
  EXPECT_EQ(log, (Log{"t finished", "u finished", "0.1 0.2 0.1"}));
}

// Many children, each passed twice: every task counts once (counted twice, the gather
// would never finish and the loop would report a deadlock), and every place gets its
// task's result. The set of seen children must hold across hash collisions.
TEST_F(CombinatorTest, GatherOfManyTasksEachTwice) {
  constexpr int kTasks = 3000;
  auto main_co = [&]() -> Co<void> {
    std::vector<Task<double>> tasks;
    for (int i = 0; i < kTasks; ++i) tasks.push_back(create_task(sleep_for(0.001 * (i % 7), double(i))));
    for (int i = kTasks; i-- > 0;) tasks.push_back(tasks[i]);
    auto results = co_await gather(std::move(tasks));
    EXPECT_EQ(results.size(), size_t(2 * kTasks));
    for (int i = 0; i < kTasks; ++i) {
      EXPECT_EQ(results[i], double(i));
      EXPECT_EQ(results[2 * kTasks - 1 - i], double(i));
    }
    log.push_back("gathered");
  };
  loop.run_until_complete(main_co());
  EXPECT_EQ(log, (Log{"gathered"}));
}

// When the outer future of a gather is done, seen by a task whose steps run between
// the children's done callbacks (tests/lang/golden/async_gather_order_01.py; expected
// logs from CPython under the oracle). A child counted without its callback (one with
// its result, not the last) must not make a failed child's queued callback the last
// one: "fail then ok, return_exceptions" shows done a step early if it does.
namespace {
struct ChildSpec {
  int steps;
  bool fail;
};
Co<int> gather_child(int steps, bool fail, int index) {
  for (int i = 0; i < steps; ++i) co_await sleep(0);
  if (fail) throw ValueError("c" + std::to_string(index));
  co_return index;
}
Co<void> gather_watcher(Log& log, Ref<GatheringFuture>& outer, int steps) {
  for (int i = 0; i < steps; ++i) {
    log.push_back("w" + std::to_string(i) + ":" + (outer ? (outer->done() ? "True" : "False") : "None"));
    co_await sleep(0);
  }
}
Log gather_order(EventLoop& loop, std::vector<ChildSpec> specs, bool return_exceptions, int watch_steps = 6) {
  Log log;
  auto main_co = [&]() -> Co<void> {
    Ref<GatheringFuture> outer;
    std::vector<Task<int>> tasks;
    Task<void> watcher;
    for (size_t i = 0; i < specs.size(); ++i) {
      tasks.push_back(create_task(gather_child(specs[i].steps, specs[i].fail, int(i))));
      if (i == 0) watcher = create_task(gather_watcher(log, outer, watch_steps));
    }
    outer = GatheringFuture::start(loop, futures_of(tasks), return_exceptions);
    std::string result;
    try {
      co_await await_done(outer);
      result = "ok";
    } catch (const ValueError& e) {
      result = std::string("ValueError ") + e.what();
    }
    log.push_back("result " + result);
    co_await watcher;
    for (auto& t : tasks) {
      try {
        co_await t;
      } catch (const ValueError&) {
      }
    }
  };
  loop.run_until_complete(main_co());
  return log;
}
}  // namespace

TEST_F(CombinatorTest, GatherCompletesAfterTheDecidingChildsCallback) {
  EXPECT_EQ(gather_order(loop, {{1, false}, {1, false}}, false),
            (Log{"w0:False", "w1:False", "w2:False", "w3:True", "result ok", "w4:True", "w5:True"}));
  EXPECT_EQ(gather_order(loop, {{1, true}, {1, false}}, false),
            (Log{"w0:False", "w1:False", "w2:True", "result ValueError c0", "w3:True", "w4:True", "w5:True"}));
  EXPECT_EQ(gather_order(loop, {{1, true}, {1, false}}, true),
            (Log{"w0:False", "w1:False", "w2:False", "w3:True", "result ok", "w4:True", "w5:True"}));
  EXPECT_EQ(gather_order(loop, {{1, false}, {1, true}}, true),
            (Log{"w0:False", "w1:False", "w2:False", "w3:True", "result ok", "w4:True", "w5:True"}));
  EXPECT_EQ(gather_order(loop, {{1, true}, {1, false}, {1, false}}, true),
            (Log{"w0:False", "w1:False", "w2:False", "w3:True", "result ok", "w4:True", "w5:True"}));
  EXPECT_EQ(gather_order(loop, {{1, false}, {2, false}, {3, true}, {3, false}}, false),
            (Log{"w0:False", "w1:False", "w2:False", "w3:False", "w4:False", "w5:True", "result ValueError c2"}));
  EXPECT_EQ(gather_order(loop, {{3, false}, {1, true}, {2, false}, {1, false}}, true),
            (Log{"w0:False", "w1:False", "w2:False", "w3:False", "w4:True", "result ok", "w5:True"}));
  std::vector<ChildSpec> ten;
  for (int i = 0; i < 10; ++i) ten.push_back({1 + i % 3, false});
  EXPECT_EQ(gather_order(loop, ten, false, 8),
            (Log{"w0:False", "w1:False", "w2:False", "w3:False", "w4:False", "w5:True", "result ok", "w6:True",
                 "w7:True"}));
}

// Cancelling a gather cancels its children; awaiting it raises CancelledError.
TEST_F(CombinatorTest, CancellingGatherCancelsChildren) {
  auto main_co = [&]() -> Co<void> {
    std::vector<Task<std::string>> tasks{create_task(job(log, "a", 1.0)), create_task(job(log, "b", 2.0))};
    auto outer = GatheringFuture::start(loop, futures_of(tasks), false);
    co_await sleep(0.5);
    EXPECT_TRUE(outer->cancel("stop"));
    try {
      co_await await_done(outer);
    } catch (const CancelledError& e) {
      log.push_back(std::string("gather cancelled: ") + e.what());
    }
    log.push_back("children cancelled " + std::to_string(tasks[0]->cancelled()) + std::to_string(tasks[1]->cancelled()));
  };
  loop.run_until_complete(main_co());
  EXPECT_EQ(log, (Log{"a cancelled", "b cancelled", "gather cancelled: stop", "children cancelled 11"}));
}

TEST_F(CombinatorTest, WaitForAndTimeoutMatchCPython) {
  auto main_co = [&]() -> Co<void> {
    log.push_back(co_await wait_for(slow(log, "fast", 0.5), 1.0));
    try {
      co_await wait_for(slow(log, "slow", 3), 1.25);
    } catch (const TimeoutError&) {
      log.push_back("wait_for timed out");
    }
    try {
      co_await with_timeout(0.75, slow(log, "scoped", 2));
    } catch (const TimeoutError& e) {
      log.push_back("timeout() raised " + e.type());
    }
    char now[32];
    std::snprintf(now, sizeof now, "now=%.2f", loop.time());
    log.push_back(now);
  };
  loop.run_until_complete(main_co());
  EXPECT_EQ(log, (Log{"fast: start (0.5s)", "fast: done", "fast: cleanup", "FAST", "slow: start (3s)",
                      "slow: cancelled at 1.75", "slow: cleanup", "wait_for timed out", "scoped: start (2s)",
                      "scoped: cancelled at 2.50", "scoped: cleanup", "timeout() raised TimeoutError",
                      "now=2.50"}));
}

// A Timeout that has not expired changes nothing; reschedule moves the deadline and
// expired() reports what happened.
TEST_F(CombinatorTest, TimeoutRescheduleAndExpired) {
  auto main_co = [&]() -> Co<void> {
    Timeout t(deadline_after(1.0));
    EXPECT_THROW(t.reschedule(2.0), RuntimeError);  // not entered yet
    t.enter();
    t.reschedule(loop.time() + 0.25);
    std::exception_ptr error;
    try {
      co_await sleep(1.0);
    } catch (...) {
      error = std::current_exception();
    }
    std::exception_ptr out = t.exit(error);
    EXPECT_TRUE(t.expired());
    EXPECT_EQ(describe_exception(out), "TimeoutError");
    EXPECT_DOUBLE_EQ(loop.time(), 0.25);
    Timeout calm(deadline_after(5.0));
    calm.enter();
    co_await sleep(0.1);
    EXPECT_EQ(calm.exit(nullptr), nullptr);
    EXPECT_FALSE(calm.expired());
  };
  loop.run_until_complete(main_co());
}

TEST_F(CombinatorTest, TaskGroupCancelsSiblingsAndRaisesGroup) {
  auto main_co = [&]() -> Co<void> {
    Task<std::string> a, b;
    co_await run_group([&](TaskGroup& tg) -> Co<void> {
      a = tg.create_task(job(log, "a", 0.2));
      b = tg.create_task(job(log, "b", 0.1));
      co_return;
    });
    log.push_back("results: " + a->result() + " " + b->result());
    try {
      co_await run_group([&](TaskGroup& tg) -> Co<void> {
        tg.create_task(job(log, "x", 0.5));
        tg.create_task(job(log, "y", 0.1, true));
        tg.create_task(job(log, "z", 1.0));
        co_return;
      });
    } catch (const ExceptionGroup& eg) {
      for (auto& e : eg.exceptions()) log.push_back("caught: " + describe_exception(e));
      log.push_back(eg.what());
    }
    char at[32];
    std::snprintf(at, sizeof at, "elapsed %.1f", loop.time());
    log.push_back(at);
  };
  loop.run_until_complete(main_co());
  EXPECT_EQ(log, (Log{"b ok", "a ok", "results: a b", "x cancelled", "z cancelled", "caught: ValueError: y failed",
                      "unhandled errors in a TaskGroup (1 sub-exception)", "elapsed 0.3"}));
}

TEST_F(CombinatorTest, WaitAndAsCompletedMatchCPython) {
  auto main_co = [&]() -> Co<void> {
    std::vector<Task<std::string>> tasks{create_task(named_job("a", 0.3)), create_task(named_job("b", 0.1)),
                                         create_task(named_job("c", 0.2))};
    WaitResult r = co_await wait(futures_of(tasks), std::nullopt, ReturnWhen::FirstCompleted);
    log.push_back("first done: " + result_of(r.done[0]) + " pending: " + std::to_string(r.pending.size()));
    r = co_await wait(r.pending);
    std::vector<std::string> rest;
    for (auto& f : r.done) rest.push_back(result_of(f));
    std::sort(rest.begin(), rest.end());
    log.push_back("rest: " + rest[0] + " " + rest[1] + " " + std::to_string(r.pending.size()));

    std::vector<Task<std::string>> xyz{create_task(named_job("x", 0.4)), create_task(named_job("y", 0.1)),
                                       create_task(named_job("z", 0.25))};
    AsCompleted ac(futures_of(xyz));
    for (size_t i = 0; i < ac.size(); ++i) log.push_back("as_completed -> " + result_of(co_await ac.next()));

    std::vector<Task<std::string>> three{create_task(named_job("ok", 0.1)), create_task(named_job("bad", 0.2, true)),
                                         create_task(named_job("late", 0.5))};
    r = co_await wait(futures_of(three), std::nullopt, ReturnWhen::FirstException);
    log.push_back(std::to_string(r.done.size()) + " " + std::to_string(r.pending.size()));
    for (auto& f : r.pending) f->cancel();
    r = co_await wait(futures_of(three), 0.05);
    log.push_back("after timeout: " + std::to_string(r.done.size()) + " " + std::to_string(r.pending.size()));
    three[1]->exception();  // retrieved, as t.result() would in Python
    char at[32];
    std::snprintf(at, sizeof at, "t=%.2f", loop.time());
    log.push_back(at);
    co_await wait(futures_of(std::vector<Task<std::string>>{}), 1.0);  // ValueError: empty
  };
  EXPECT_THROW(loop.run_until_complete(main_co()), ValueError);
  EXPECT_EQ(log, (Log{"first done: b@0.1 pending: 2", "rest: a@0.3 c@0.2 0", "as_completed -> y@0.1",
                      "as_completed -> z@0.25", "as_completed -> x@0.4", "2 1", "after timeout: 3 0", "t=0.90"}));
}

// as_completed with a timeout: the futures not done by then raise TimeoutError.
TEST_F(CombinatorTest, AsCompletedTimeout) {
  auto main_co = [&]() -> Co<void> {
    std::vector<Task<std::string>> ts{create_task(named_job("quick", 0.1)), create_task(named_job("slow", 5))};
    AsCompleted ac(futures_of(ts), 1.0);
    log.push_back(result_of(co_await ac.next()));
    try {
      co_await ac.next();
    } catch (const TimeoutError&) {
      log.push_back("TimeoutError at " + fmt(loop.time()));
    }
    ts[1]->cancel();
  };
  loop.run_until_complete(main_co());
  EXPECT_EQ(log, (Log{"quick@0.1", "TimeoutError at 1"}));
}

// shield: cancelling the caller does not cancel the shielded task, which finishes.
//   async def main():
//       inner = create_task(job("inner", 1.0))
//       outer = create_task(waiter())   # await asyncio.shield(inner)
//       await asyncio.sleep(0.5); outer.cancel()
//       ... outer raises CancelledError, inner prints "inner ok" at 1.0
TEST_F(CombinatorTest, ShieldProtectsTheInnerTask) {
  auto main_co = [&]() -> Co<void> {
    auto inner = create_task(job(log, "inner", 1.0));
    auto waiter = [](Task<std::string> inner) -> Co<std::string> { co_return co_await shielded(inner); };
    auto outer = create_task(waiter(inner));
    co_await sleep(0.5);
    outer->cancel();
    try {
      co_await outer;
    } catch (const CancelledError&) {
      log.push_back("outer cancelled at " + fmt(loop.time()));
    }
    log.push_back("inner result " + co_await inner);
  };
  loop.run_until_complete(main_co());
  EXPECT_EQ(log, (Log{"outer cancelled at 0.5", "inner ok", "inner result inner"}));
}
