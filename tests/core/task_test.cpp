// Tasks: names, stepping order, awaiting coroutines inline, cancellation delivered at
// the next suspension point (and caught), results and exceptions, current_task,
// all_tasks, "Task exception was never retrieved", and the trace events a task emits.
#include <gtest/gtest.h>

#include <map>

#include "loop_test_util.h"

using namespace loopscope;
using loopscope::testing::LoopTest;

using TaskTest = LoopTest;

namespace {

Co<void> ticker(std::vector<std::string>& log, std::string name, double period) {
  int n = 0;
  try {
    for (;;) {
      co_await sleep(period);
      ++n;
      log.push_back(name + " tick " + std::to_string(n));
    }
  } catch (const CancelledError&) {
    log.push_back(name + " was cancelled after " + std::to_string(n) + " ticks");
    throw;
  }
}

Co<std::string> stubborn(std::vector<std::string>& log) {
  try {
    co_await sleep(10);
  } catch (const CancelledError&) {
    log.push_back("stubborn: ignoring first cancel");
  }
  co_await sleep(0.2);
  co_return "stubborn finished anyway";
}

}  // namespace

// ../shared/conformance/api_cancel.py (first part) under vtime.py prints:
//   A tick 1..3, cancel returns True, cancel again returns True,
//   A was cancelled after 3 ticks, stubborn: ignoring first cancel,
//   awaiting t1 raised CancelledError, stubborn finished anyway,
//   ticker-A True True, True False stubborn finished anyway
TEST_F(TaskTest, CancellationMatchesCPython) {
  auto main_co = [&]() -> Co<void> {
    auto t1 = create_task(ticker(log, "A", 0.3), "ticker-A");
    auto t2 = create_task(stubborn(log));
    co_await sleep(1.0);
    log.push_back(std::string("cancel returns ") + (t1->cancel() ? "True" : "False"));
    log.push_back(std::string("cancel again returns ") + (t1->cancel() ? "True" : "False"));
    t2->cancel();
    try {
      co_await t1;
    } catch (const CancelledError&) {
      log.push_back("awaiting t1 raised CancelledError");
    }
    log.push_back(co_await t2);
    log.push_back(t1->name() + " " + std::to_string(t1->done()) + " " + std::to_string(t1->cancelled()));
    log.push_back(std::to_string(t2->done()) + " " + std::to_string(t2->cancelled()) + " " + t2->result());
  };
  loop.run_until_complete(main_co());
  std::vector<std::string> expected{
      "A tick 1", "A tick 2", "A tick 3", "cancel returns True", "cancel again returns True",
      "A was cancelled after 3 ticks", "stubborn: ignoring first cancel",
      "awaiting t1 raised CancelledError", "stubborn finished anyway", "ticker-A 1 1",
      "1 0 stubborn finished anyway"};
  EXPECT_EQ(log, expected);
  EXPECT_DOUBLE_EQ(loop.time(), 1.2);
}

// Tasks are named Task-N in creation order; the first (main) task is Task-1.
TEST_F(TaskTest, DefaultNamesCountFromOne) {
  auto main_co = [&]() -> Co<void> {
    log.push_back(current_task()->name());
    auto a = create_task(sleep_co(0));
    auto b = create_task(sleep_co(0), "custom");
    auto c = create_task(sleep_co(0));
    log.push_back(a->name() + " " + b->name() + " " + c->name());
    co_await a;
    co_await b;
    co_await c;
  };
  loop.run_until_complete(main_co());
  EXPECT_EQ(log, (std::vector<std::string>{"Task-1", "Task-2 custom Task-4"}));
}

// sleep(0) interleaves tasks round-robin, each step one loop iteration. Python:
//   async def w(n): for i in range(3): print(n, i); await asyncio.sleep(0)
//   gather(w('a'), w('b')) -> a 0, b 0, a 1, b 1, a 2, b 2
TEST_F(TaskTest, SleepZeroInterleavesRoundRobin) {
  auto worker = [&](std::string n) -> Co<void> {
    for (int i = 0; i < 3; ++i) {
      log.push_back(n + std::to_string(i));
      co_await sleep(0);
    }
  };
  auto main_co = [&]() -> Co<void> {
    auto a = create_task(worker("a"));
    auto b = create_task(worker("b"));
    co_await a;
    co_await b;
  };
  loop.run_until_complete(main_co());
  EXPECT_EQ(log, (std::vector<std::string>{"a0", "b0", "a1", "b1", "a2", "b2"}));
}

// Awaiting a coroutine runs it inline: no new task, no extra loop iteration.
TEST_F(TaskTest, AwaitingCoroutineRunsInline) {
  auto leaf = [&](int x) -> Co<int> {
    log.push_back("leaf in " + current_task()->name());
    co_return x * 2;
  };
  auto mid = [&](int x) -> Co<int> {
    int y = co_await leaf(x);
    co_await sleep(0.5);
    co_return y + co_await leaf(1);
  };
  int result = loop.run_until_complete(mid(20));
  EXPECT_EQ(result, 42);
  EXPECT_EQ(log, (std::vector<std::string>{"leaf in Task-1", "leaf in Task-1"}));
  EXPECT_EQ(loop.all_tasks().size(), 0u);
}

// A coroutine started inline that suspends resumes its awaiter when it ends later,
// from the loop; one that ends while being started does not (its awaiter carries on
// by itself). Each level starts its child inline; mid_a suspends at once, mid_b
// between two children that end at once.
TEST_F(TaskTest, InlineStartedCoroutineThatSuspendsResumesItsAwaiter) {
  auto leaf = [&](int x) -> Co<int> {
    log.push_back("leaf " + std::to_string(x));
    co_return x;
  };
  auto mid_a = [&]() -> Co<int> {
    co_await sleep(0);
    log.push_back("mid_a resumed");
    co_return 1;
  };
  auto mid_b = [&]() -> Co<int> {
    int a = co_await leaf(2);
    co_await sleep(0.5);
    co_return a + co_await leaf(3);
  };
  auto top = [&]() -> Co<int> {
    int r = co_await mid_a();
    log.push_back("top got " + std::to_string(r));
    int s = co_await mid_b();
    log.push_back("top got " + std::to_string(s));
    co_return r + s + co_await leaf(4);
  };
  auto other = [&]() -> Co<void> {
    log.push_back("other");
    co_return;
  };
  auto main_co = [&]() -> Co<int> {
    auto t = create_task(top());
    auto o = create_task(other());
    co_await o;
    co_return co_await t;
  };
  EXPECT_EQ(loop.run_until_complete(main_co()), 10);
  EXPECT_EQ(log, (std::vector<std::string>{"other", "mid_a resumed", "top got 1", "leaf 2", "leaf 3", "top got 5",
                                           "leaf 4"}));
  EXPECT_NEAR(loop.time(), 0.5, 1e-9);
}

// An exception propagates through awaited coroutines and out of the task.
TEST_F(TaskTest, ExceptionPropagatesThroughAwaits) {
  auto inner = []() -> Co<int> {
    co_await sleep(0.1);
    throw ValueError("deep");
  };
  auto outer = [&]() -> Co<int> { co_return co_await inner() + 1; };
  auto main_co = [&]() -> Co<std::string> {
    auto t = create_task(outer());
    try {
      co_await t;
    } catch (const ValueError& e) {
      co_return std::string("caught ") + e.what();
    }
    co_return "not caught";
  };
  EXPECT_EQ(loop.run_until_complete(main_co()), "caught deep");
}

// The error a coroutine ends with reaches the one awaiting it and nothing else: it
// waits in one slot per thread (CoPromiseBase) from the coroutine's end until its
// awaiter or its task takes it. Errors raised at once (the awaiter started the
// coroutine inline) and after a suspension (the end resumes the awaiter), each caught
// and followed by awaits that return normally; a task failing at its outermost
// coroutine in between, at its first step and after a suspension.
TEST_F(TaskTest, CoroutineErrorsReachOnlyTheirOwnAwaiter) {
  auto fails_at_once = []() -> Co<int> {
    throw ValueError("at once");
    co_return 0;
  };
  auto fails_later = []() -> Co<int> {
    co_await sleep(0);
    throw RuntimeError("later");
    co_return 0;
  };
  auto returns_later = []() -> Co<int> {
    co_await sleep(0);
    co_return 5;
  };
  auto returns_at_once = []() -> Co<int> { co_return 7; };
  auto middle = [&]() -> Co<std::string> {
    std::string out;
    try {
      co_await fails_at_once();
    } catch (const ValueError& e) {
      out += e.what();
    }
    out += " " + std::to_string(co_await returns_at_once());
    out += " " + std::to_string(co_await returns_later());
    try {
      co_await fails_later();
    } catch (const RuntimeError& e) {
      out += std::string(" ") + e.what();
    }
    out += " " + std::to_string(co_await returns_later());
    out += " " + std::to_string(co_await returns_at_once());
    co_return out;
  };
  auto main_co = [&]() -> Co<std::string> {
    auto first_step = create_task(fails_at_once());
    auto after_sleep = create_task(fails_later());
    auto t = create_task(middle());
    std::string out = co_await t;
    EXPECT_THROW(first_step->result(), ValueError);
    EXPECT_THROW(after_sleep->result(), RuntimeError);
    co_return out;
  };
  EXPECT_EQ(loop.run_until_complete(main_co()), "at once 7 5 later 5 7");
}

// cancel() on a done task returns false; a task cancelled before it starts never runs.
TEST_F(TaskTest, CancelBeforeStartAndAfterDone) {
  // A capturing coroutine lambda must outlive its coroutine: keep it named.
  auto body = [&]() -> Co<void> {
    log.push_back("never runs");
    co_return;
  };
  auto main_co = [&]() -> Co<void> {
    auto never = create_task(body());
    EXPECT_TRUE(never->cancel());
    auto quick = create_task(sleep_co(0));
    co_await sleep(0.1);
    EXPECT_TRUE(never->cancelled());
    EXPECT_TRUE(quick->done());
    EXPECT_FALSE(quick->cancel());
  };
  loop.run_until_complete(main_co());
  EXPECT_TRUE(log.empty());
}

// A cancel that arrives while the task is running takes effect at its next await.
TEST_F(TaskTest, CancelWhileRunningHitsNextAwait) {
  auto main_co = [&]() -> Co<void> {
    auto self = current_task();
    self->cancel("self-cancel");
    log.push_back("still running");
    try {
      co_await sleep(0);
    } catch (const CancelledError& e) {
      log.push_back(std::string("cancelled: ") + e.what());
    }
    EXPECT_EQ(self->cancelling(), 1);
    EXPECT_EQ(self->uncancel(), 0);
  };
  loop.run_until_complete(main_co());
  EXPECT_EQ(log, (std::vector<std::string>{"still running", "cancelled: self-cancel"}));
}

// A task that swallows CancelledError and returns finishes normally.
TEST_F(TaskTest, SwallowedCancellationFinishesNormally) {
  auto main_co = [&]() -> Co<int> {
    auto t = create_task([]() -> Co<int> {
      try {
        co_await sleep(5);
      } catch (const CancelledError&) {
        co_return 1;
      }
      co_return 2;
    }());
    co_await sleep(0);
    t->cancel();
    co_return co_await t;
  };
  EXPECT_EQ(loop.run_until_complete(main_co()), 1);
}

// current_task() is the running task; all_tasks() holds the pending ones.
TEST_F(TaskTest, CurrentTaskAndAllTasks) {
  auto main_co = [&]() -> Co<void> {
    TaskBase* me = current_task();
    auto t = create_task(sleep_co(1), "sleeper");
    auto all = loop.all_tasks();
    EXPECT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].get(), me);
    EXPECT_EQ(all[1]->name(), "sleeper");
    co_await t;
    EXPECT_EQ(loop.all_tasks().size(), 1u);
  };
  loop.run_until_complete(main_co());
  EXPECT_EQ(current_task(), nullptr);
}

// all_tasks() lists the pending tasks in creation order, however many and in whatever
// order the others finished (here the even ones of 100 first, the odd ones sleep on).
TEST_F(TaskTest, AllTasksInCreationOrderAfterOthersFinish) {
  auto main_co = [&]() -> Co<void> {
    std::vector<Task<void>> tasks;
    for (int i = 0; i < 100; ++i) tasks.push_back(create_task(sleep_co(i % 2 ? 10.0 : 0.5), "t" + std::to_string(i)));
    co_await sleep(1);
    std::vector<std::string> names;
    for (auto& t : loop.all_tasks()) names.push_back(t->name());
    std::vector<std::string> expected{"Task-1"};
    for (int i = 1; i < 100; i += 2) expected.push_back("t" + std::to_string(i));
    EXPECT_EQ(names, expected);
    for (auto& t : tasks) t->cancel();
  };
  loop.run_until_complete(main_co());
}

// A loop destroyed with pending tasks drops them all, oldest first (their coroutines'
// locals are destroyed), in creation order.
TEST(TaskTeardownTest, LoopDestroyedWithPendingTasksDropsThemAll) {
  std::vector<int> dropped;
  struct Note {
    std::vector<int>* log;
    int n;
    ~Note() { log->push_back(n); }
  };
  {
    EventLoop loop;
    auto waiter = [](std::vector<int>* log, int n) -> Co<void> {
      Note note{log, n};
      co_await sleep(100);
    };
    auto main_co = [&]() -> Co<void> {
      for (int i = 0; i < 70; ++i) create_task(waiter(&dropped, i));
      co_await sleep(1);
    };
    loop.run_until_complete(main_co());
    EXPECT_EQ(loop.all_tasks().size(), 70u);
  }
  std::vector<int> expected;
  for (int i = 0; i < 70; ++i) expected.push_back(i);
  EXPECT_EQ(dropped, expected);
}

// A task awaiting itself gets RuntimeError, as in CPython.
TEST_F(TaskTest, AwaitingItselfIsAnError) {
  Task<void> self;
  auto body = [&]() -> Co<void> {
    co_await sleep(0);
    co_await self;
  };
  auto main_co = [&]() -> Co<std::string> {
    self = create_task(body());
    try {
      co_await self;
    } catch (const RuntimeError& e) {
      co_return e.what();
    }
    co_return "";
  };
  std::string msg = loop.run_until_complete(main_co());
  EXPECT_EQ(msg.rfind("Task cannot await on itself", 0), 0u) << msg;
  self = Task<void>();
}

// A failed task nobody awaited is reported when it is dropped.
TEST_F(TaskTest, NeverRetrievedExceptionIsReported) {
  std::vector<std::string> reports;
  loop.set_exception_handler([&](EventLoop&, const ExceptionContext& ctx) {
    reports.push_back(ctx.message + " " + ctx.source + " " + describe_exception(ctx.exception));
  });
  auto main_co = [&]() -> Co<void> {
    create_task([]() -> Co<void> {
      throw ValueError("oops");
      co_return;
    }(), "doomed");
    co_await sleep(0.1);
  };
  loop.run_until_complete(main_co());
  EXPECT_EQ(reports, (std::vector<std::string>{"Task exception was never retrieved doomed ValueError: oops"}));
}

// Pending tasks left when the loop dies are torn down without leaks or reports.
TEST(TaskLifetimeTest, PendingTasksAtLoopDestructionAreDropped) {
  int destroyed = 0;
  struct Guard {
    int* n;
    ~Guard() { ++*n; }
  };
  {
    EventLoop loop;
    auto forever = [&]() -> Co<void> {
      Guard g{&destroyed};
      auto fut = create_future<int>();
      co_await fut;
    };
    auto main_co = [&]() -> Co<void> {
      create_task(forever());
      create_task(forever());
      co_await sleep(1);
    };
    loop.run_until_complete(main_co());
    EXPECT_EQ(destroyed, 0);
  }
  EXPECT_EQ(destroyed, 2);
}

namespace {
// Records (kind, task) pairs of trace events.
struct EventLog : TraceObserver {
  std::vector<TraceEvent> events;
  std::vector<std::string> texts;
  void on_event(const TraceEvent& e) override {
    events.push_back(e);
    texts.emplace_back(e.text);
  }
  std::vector<EventKind> kinds_of(uint32_t task) const {
    std::vector<EventKind> out;
    for (auto& e : events)
      if (e.task == task && e.kind <= EventKind::TaskCancelled) out.push_back(e.kind);
    return out;
  }
};
}  // namespace

// A task's life in trace events: created, ready, running, waiting (sleep), ready, done.
TEST_F(TaskTest, TraceEventsFollowTheTaskLifecycle) {
  EventLog events;
  loop.set_observer(&events);
  auto main_co = [&]() -> Co<void> {
    auto t = create_task(sleep_co(0.5), "sleeper");
    co_await t;
  };
  loop.run_until_complete(main_co());
  using K = EventKind;
  EXPECT_EQ(events.kinds_of(2), (std::vector<K>{K::TaskCreated, K::TaskReady, K::TaskRunning, K::TaskSuspended,
                                                K::TaskWaiting, K::TaskReady, K::TaskRunning, K::TaskSuspended,
                                                K::TaskDone}));
  bool saw_sleep_wait = false, saw_parent = false, saw_task_wait = false;
  for (auto& e : events.events) {
    if (e.kind == K::TaskWaiting && e.task == 2 && e.wait == WaitKind::Sleep) saw_sleep_wait = true;
    if (e.kind == K::TaskCreated && e.task == 2 && e.other == 1) saw_parent = true;
    if (e.kind == K::TaskWaiting && e.task == 1 && e.wait == WaitKind::Task && e.other == 2) saw_task_wait = true;
  }
  EXPECT_TRUE(saw_sleep_wait);
  EXPECT_TRUE(saw_parent);
  EXPECT_TRUE(saw_task_wait);
  EXPECT_DOUBLE_EQ(events.events.back().time, 0.5);
}

// Failed and cancelled tasks end with their own events and text.
TEST_F(TaskTest, TraceEventsForFailureAndCancellation) {
  EventLog events;
  loop.set_observer(&events);
  auto main_co = [&]() -> Co<void> {
    auto bad = create_task([]() -> Co<void> {
      co_await sleep(0.1);
      throw ValueError("nope");
    }());
    auto slow = create_task(sleep_co(9));
    co_await sleep(0.2);
    slow->cancel("enough");
    try { co_await bad; } catch (const ValueError&) {}
    try { co_await slow; } catch (const CancelledError&) {}
  };
  loop.run_until_complete(main_co());
  std::map<EventKind, std::string> ends;
  for (size_t i = 0; i < events.events.size(); ++i)
    if (events.events[i].kind == EventKind::TaskFailed || events.events[i].kind == EventKind::TaskCancelled)
      ends[events.events[i].kind] = events.texts[i];
  EXPECT_EQ(ends[EventKind::TaskFailed], "ValueError: nope");
  EXPECT_EQ(ends[EventKind::TaskCancelled], "enough");
}

// A million sleep(0) awaits in one task neither overflow the stack nor leak.
TEST_F(TaskTest, ManySuspendingAwaitsAreFlat) {
  auto spin = [&]() -> Co<int> {
    int n = 0;
    for (int i = 0; i < 200000; ++i) {
      co_await sleep(0);
      ++n;
    }
    co_return n;
  };
  EXPECT_EQ(loop.run_until_complete(spin()), 200000);
}

// Deeply nested inline awaits that finish synchronously do not grow the loop's stack.
TEST_F(TaskTest, ManySynchronousAwaitsAreFlat) {
  auto leaf = []() -> Co<int> { co_return 1; };
  auto spin = [&]() -> Co<int> {
    int n = 0;
    for (int i = 0; i < 1000000; ++i) n += co_await leaf();
    co_return n;
  };
  EXPECT_EQ(loop.run_until_complete(spin()), 1000000);
}

// A task that cancels itself and then sleeps is woken at once with the message, and
// the clock does not move (CPython cancels the sleep's future right after the step):
//   async def main():
//       asyncio.current_task().cancel("self")
//       try: await asyncio.sleep(5)
//       except asyncio.CancelledError as e: print("cancelled", e.args, loop.time())
TEST_F(TaskTest, SelfCancelBeforeSleepWakesAtOnce) {
  auto main_co = [&]() -> Co<void> {
    current_task()->cancel("self");
    try {
      co_await sleep(5);
      log.push_back("slept");
    } catch (const CancelledError& e) {
      log.push_back(std::string("cancelled ") + e.what());
    }
  };
  loop.run_until_complete(main_co());
  EXPECT_EQ(log, (std::vector<std::string>{"cancelled self"}));
  EXPECT_DOUBLE_EQ(loop.time(), 0.0);
}
