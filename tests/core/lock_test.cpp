// Lock, Event, Condition, Semaphore, BoundedSemaphore: FIFO hand-over, a cancelled
// waiter passing the lock on, wake-all of an event, condition wait_for/notify, the
// semaphore's bound on concurrency, and the misuse errors. Expected sequences: the
// Python in the comments under ../shared/oracle/vtime.py (conformance
// api_sync_primitives.py covers the same ground).
#include <gtest/gtest.h>

#include <algorithm>

#include "loop/condition.h"
#include "loop/gather.h"
#include "loop/lock.h"
#include "loop/queue.h"
#include "loop/semaphore.h"
#include "loop/sync_event.h"
#include "loop_test_util.h"

using namespace loopscope;
using loopscope::testing::LoopTest;

using LockTest = LoopTest;

namespace {
using Log = std::vector<std::string>;

//   async def use(name, hold):
//       log.append(f"{name} wants"); await lock.acquire(); log.append(f"{name} has")
//       await asyncio.sleep(hold); lock.release(); log.append(f"{name} released")
Co<void> use(Lock& lock, Log& log, std::string name, double hold) {
  log.push_back(name + " wants");
  co_await lock.acquire();
  log.push_back(name + " has");
  co_await sleep(hold);
  lock.release();
  log.push_back(name + " released");
}
Co<void> wait_event(Event& ev, Log& log, std::string name) {
  log.push_back(name + " waits");
  co_await ev.wait();
  log.push_back(name + " saw");
}
//   async def cons(n):
//       async with cond:
//           await cond.wait_for(lambda: len(items) > 0); log.append(f"c{n} consumed {items.pop(0)}")
Co<void> consume(Condition& cond, Log& items, Log& log, std::string name) {
  co_await cond.acquire();
  co_await cond.wait_for([&items] { return !items.empty(); });
  log.push_back(name + " consumed " + items.front());
  items.erase(items.begin());
  cond.release();
}
//   async def job(n):
//       await sem.acquire(); active += 1; peak = max(peak, active); log.append(f"job{n} in")
//       await asyncio.sleep(0.1 * (n % 3 + 1)); active -= 1; sem.release()
Co<void> job(Semaphore& sem, Log& log, int n, int& active, int& peak) {
  co_await sem.acquire();
  peak = std::max(peak, ++active);
  log.push_back("job" + std::to_string(n) + " in");
  co_await sleep(0.1 * (n % 3 + 1));
  --active;
  sem.release();
}
}  // namespace

//   await asyncio.gather(use("A", 0.3), use("B", 0.1), use("C", 0.2))
TEST_F(LockTest, WaitersGetTheLockInArrivalOrder) {
  auto main_co = [&]() -> Co<void> {
    Lock lock;
    auto a = create_task(use(lock, log, "A", 0.3));
    auto b = create_task(use(lock, log, "B", 0.1));
    auto c = create_task(use(lock, log, "C", 0.2));
    co_await a;
    co_await b;
    co_await c;
    log.push_back("locked " + std::to_string(lock.locked()));
  };
  loop.run_until_complete(main_co());
  EXPECT_EQ(log, (Log{"A wants", "A has", "B wants", "C wants", "A released", "B has", "B released", "C has",
                      "C released", "locked 0"}));
  EXPECT_NEAR(loop.time(), 0.6, 1e-9);
}

//   await lock.acquire()
//   b = create_task(use("B2", 0.1)); c = create_task(use("C2", 0.1))
//   await asyncio.sleep(0); lock.release(); b.cancel()
//   -> B2 wants, C2 wants, C2 has, B2 cancelled, C2 released, RuntimeError ...
TEST_F(LockTest, CancelledWaiterPassesTheLockOn) {
  auto main_co = [&]() -> Co<void> {
    Lock lock;
    co_await lock.acquire();
    auto b = create_task(use(lock, log, "B2", 0.1));
    auto c = create_task(use(lock, log, "C2", 0.1));
    co_await sleep(0);
    lock.release();
    b->cancel();
    try {
      co_await b;
    } catch (const CancelledError&) {
      log.push_back("B2 cancelled");
    }
    co_await c;
    try {
      lock.release();
    } catch (const RuntimeError& e) {
      log.push_back(std::string("RuntimeError ") + e.what());
    }
  };
  loop.run_until_complete(main_co());
  EXPECT_EQ(log, (Log{"B2 wants", "C2 wants", "C2 has", "B2 cancelled", "C2 released",
                      "RuntimeError Lock is not acquired."}));
}

TEST_F(LockTest, EventWakesEveryWaiter) {
  auto main_co = [&]() -> Co<void> {
    Event ev;
    std::vector<Task<void>> ts;
    for (int i = 0; i < 3; ++i) ts.push_back(create_task(wait_event(ev, log, "w" + std::to_string(i))));
    co_await sleep(0.5);
    log.push_back("set; before " + std::to_string(ev.is_set()));
    ev.set();
    for (auto& t : ts) co_await t;
    co_await ev.wait();  // already set: returns at once
    ev.clear();
    EXPECT_FALSE(ev.is_set());
  };
  loop.run_until_complete(main_co());
  EXPECT_EQ(log, (Log{"w0 waits", "w1 waits", "w2 waits", "set; before 0", "w0 saw", "w1 saw", "w2 saw"}));
}

//   for it in ["apple", "pear"]:
//       async with cond: items.append(it); cond.notify()
//       await asyncio.sleep(0.1)
TEST_F(LockTest, ConditionNotifyWakesOneWaiterAtATime) {
  auto main_co = [&]() -> Co<void> {
    Condition cond;
    Log items;
    auto c0 = create_task(consume(cond, items, log, "c0"));
    auto c1 = create_task(consume(cond, items, log, "c1"));
    co_await sleep(0.1);
    for (std::string it : {"apple", "pear"}) {
      co_await cond.acquire();
      items.push_back(it);
      cond.notify();
      cond.release();
      co_await sleep(0.1);
    }
    co_await c0;
    co_await c1;
    try {
      cond.notify();
    } catch (const RuntimeError& e) {
      log.push_back(std::string("RuntimeError ") + e.what());
    }
    try {
      co_await cond.wait();
    } catch (const RuntimeError& e) {
      log.push_back(std::string("RuntimeError ") + e.what());
    }
  };
  loop.run_until_complete(main_co());
  EXPECT_EQ(log, (Log{"c0 consumed apple", "c1 consumed pear", "RuntimeError cannot notify on un-acquired lock",
                      "RuntimeError cannot wait on un-acquired lock"}));
}

// A waiter cancelled while waiting on a condition still takes the lock back before
// the CancelledError leaves wait().
TEST_F(LockTest, CancelledConditionWaitReacquiresTheLock) {
  auto main_co = [&]() -> Co<void> {
    Condition cond;
    Log items;
    auto c = create_task(consume(cond, items, log, "c"));
    co_await sleep(0.1);
    co_await cond.acquire();  // c waits inside wait(); we hold the lock now
    c->cancel();
    co_await sleep(0.1);
    EXPECT_FALSE(c->done());  // cancelled, but blocked re-acquiring the lock
    cond.release();
    try {
      co_await c;
    } catch (const CancelledError&) {
      log.push_back("c cancelled, lock held: " + std::to_string(cond.locked()));
    }
  };
  loop.run_until_complete(main_co());
  // consume() never releases on cancellation (no `async with`), so the lock stays held.
  EXPECT_EQ(log, (Log{"c cancelled, lock held: 1"}));
}

//   sem = asyncio.Semaphore(2); await asyncio.gather(*(job(i) for i in range(5)))
//   -> job0..job4 in, peak 2, done at t=0.5 (slots: 0.1+0.3+... see sleeps); BoundedSemaphore over-release -> ValueError
TEST_F(LockTest, SemaphoreBoundsConcurrency) {
  auto main_co = [&]() -> Co<void> {
    Semaphore sem(2);
    int active = 0, peak = 0;
    std::vector<Task<void>> ts;
    for (int i = 0; i < 5; ++i) ts.push_back(create_task(job(sem, log, i, active, peak)));
    for (auto& t : ts) co_await t;
    log.push_back("peak " + std::to_string(peak));
    BoundedSemaphore bs(2);
    co_await bs.acquire();
    log.push_back("locked " + std::to_string(bs.locked()));
    bs.release();
    try {
      bs.release();
    } catch (const ValueError& e) {
      log.push_back(std::string("ValueError ") + e.what());
    }
    try {
      Semaphore bad(-1);
    } catch (const ValueError& e) {
      log.push_back(std::string("ValueError ") + e.what());
    }
  };
  loop.run_until_complete(main_co());
  EXPECT_EQ(log, (Log{"job0 in", "job1 in", "job2 in", "job3 in", "job4 in", "peak 2", "locked 0",
                      "ValueError BoundedSemaphore released too many times",
                      "ValueError Semaphore initial value must be >= 0"}));
  EXPECT_NEAR(loop.time(), 0.5, 1e-9);
}

namespace {
Co<void> logged_acquire(Semaphore& sem, Log& log, std::string name) {
  try {
    co_await sem.acquire();
    log.push_back(name + " acquired");
  } catch (const CancelledError&) {
    log.push_back(name + " cancelled");
    throw;
  }
}
Co<void> wait_only(Event& ev) { co_await ev.wait(); }
std::string flag(bool b) { return b ? "True" : "False"; }
}  // namespace

// A semaphore waiter handed the unit and cancelled before it runs gives the unit on;
// one cancelled while still waiting takes nothing; a cancelled event wait leaves no
// waiter behind:
//   sem = asyncio.Semaphore(1); await sem.acquire()
//   s1 = create_task(acq("s1")); s2 = create_task(acq("s2")); await sleep(0)
//   sem.release(); s1.cancel(); await sleep(0); await sleep(0)
//   log(f"s2 done {s2.done()} locked {sem.locked()}")
//   s3 = create_task(acq("s3")); s4 = create_task(acq("s4")); await sleep(0)
//   s3.cancel(); await sleep(0); sem.release(); await sleep(0)
//   log(f"s4 done {s4.done()} value {sem._value}")
//   ev = asyncio.Event(); w = create_task(ev.wait()); await sleep(0); w.cancel()
//   await sleep(0); log(f"event waiters {len(ev._waiters)} cancelled {w.cancelled()}")
// (the output of /work/shared/oracle/vtime.py for that program)
TEST_F(LockTest, CancelledSemaphoreAndEventWaitersLeaveNothingBehind) {
  auto main_co = [&]() -> Co<void> {
    Semaphore sem(1);
    co_await sem.acquire();
    auto s1 = create_task(logged_acquire(sem, log, "s1"));
    auto s2 = create_task(logged_acquire(sem, log, "s2"));
    co_await sleep(0);
    sem.release();
    s1->cancel();
    co_await sleep(0);
    co_await sleep(0);
    log.push_back("s2 done " + flag(s2->done()) + " locked " + flag(sem.locked()));
    auto s3 = create_task(logged_acquire(sem, log, "s3"));
    auto s4 = create_task(logged_acquire(sem, log, "s4"));
    co_await sleep(0);
    s3->cancel();
    co_await sleep(0);
    sem.release();
    co_await sleep(0);
    log.push_back("s4 done " + flag(s4->done()) + " value " + std::to_string(sem.value()));
    Event ev;
    auto w = create_task(wait_only(ev));
    co_await sleep(0);
    w->cancel();
    co_await sleep(0);
    log.push_back("event waiters " + std::to_string(ev.waiter_count()) + " cancelled " + flag(w->cancelled()));
  };
  loop.run_until_complete(main_co());
  EXPECT_EQ(log, (Log{"s1 cancelled", "s2 acquired", "s2 done True locked True", "s3 cancelled", "s4 acquired",
                      "s4 done True value 0", "event waiters 0 cancelled True"}));
}

// Releases that pass waits already woken (their tasks not yet run) and cancelled
// ones, before and after the point where the last release stopped, and a wait queued
// when every queued one is done (semaphore.cpp starts at the first wait not done):
//   sem = asyncio.Semaphore(0); ts = [create_task(acq(sem, n)) for n in "abcdef"]
//   await sleep(0); ts[2].cancel(); sem.release(); sem.release(); ts[1].cancel()
//   sem.release(); log(f"value {sem._value} locked {sem.locked()}")
//   await sleep(0); await sleep(0); log(...)
//   g = create_task(acq(sem, "g")); await sleep(0)
//   sem.release(); sem.release(); sem.release(); await sleep(0); log(...)
//   h = create_task(acq(sem, "h")); await sleep(0); sem.release(); await sleep(0)
//   log(f"value {sem._value} done {h.done()}")
//   await gather(*ts, g, h, return_exceptions=True)
// (the output of /work/shared/oracle/vtime.py for that program)
TEST_F(LockTest, SemaphoreReleasesSkipWokenAndCancelledWaiters) {
  auto main_co = [&]() -> Co<void> {
    Semaphore sem(0);
    auto state = [&] { return "value " + std::to_string(sem.value()) + " locked " + flag(sem.locked()); };
    std::vector<Task<void>> ts;
    for (const char* n : {"a", "b", "c", "d", "e", "f"}) ts.push_back(create_task(logged_acquire(sem, log, n)));
    co_await sleep(0);
    ts[2]->cancel();
    sem.release();
    sem.release();
    ts[1]->cancel();
    sem.release();
    log.push_back(state());
    co_await sleep(0);
    co_await sleep(0);
    log.push_back(state());
    ts.push_back(create_task(logged_acquire(sem, log, "g")));
    co_await sleep(0);
    sem.release();
    sem.release();
    sem.release();
    co_await sleep(0);
    log.push_back(state());
    auto h = create_task(logged_acquire(sem, log, "h"));
    ts.push_back(h);
    co_await sleep(0);
    sem.release();
    co_await sleep(0);
    log.push_back("value " + std::to_string(sem.value()) + " done " + flag(h->done()));
    co_await gather_outcomes(std::move(ts));
  };
  loop.run_until_complete(main_co());
  EXPECT_EQ(log, (Log{"value 0 locked True", "c cancelled", "a acquired", "b cancelled", "d acquired",
                      "e acquired", "value 0 locked True", "f acquired", "g acquired",
                      "value 1 locked False", "h acquired", "value 1 done True"}));
}

// Cancelled waits taken out of a primitive's list at its back, middle and front
// (primitive_wait.h: a singly linked list, so taking out the last wait must move its
// back, or a wait queued next would be lost), a wait queued behind the survivors,
// one queued into an empty list:
//   sem = asyncio.Semaphore(0); ts = [create_task(acq(sem, n)) for n in "abcde"]
//   await sleep(0); ts[4].cancel(); ts[3].cancel(); ts[1].cancel(); await sleep(0)
//   log(f"value {sem._value} locked {sem.locked()}")
//   ts.append(create_task(acq(sem, "f"))); await sleep(0); ts[0].cancel(); await sleep(0)
//   sem.release(); sem.release(); await sleep(0); log(...)
//   ts.append(create_task(acq(sem, "g"))); await sleep(0); sem.release(); await sleep(0)
//   log(...); await gather(*ts, return_exceptions=True)
// (the output of /work/shared/oracle/vtime.py for that program)
TEST_F(LockTest, SemaphoreWaitsTakenOutAtTheBackMiddleAndFront) {
  auto main_co = [&]() -> Co<void> {
    Semaphore sem(0);
    auto state = [&] { return "value " + std::to_string(sem.value()) + " locked " + flag(sem.locked()); };
    std::vector<Task<void>> ts;
    for (const char* n : {"a", "b", "c", "d", "e"}) ts.push_back(create_task(logged_acquire(sem, log, n)));
    co_await sleep(0);
    ts[4]->cancel();
    ts[3]->cancel();
    ts[1]->cancel();
    co_await sleep(0);
    log.push_back(state());
    ts.push_back(create_task(logged_acquire(sem, log, "f")));
    co_await sleep(0);
    ts[0]->cancel();
    co_await sleep(0);
    sem.release();
    sem.release();
    co_await sleep(0);
    log.push_back(state());
    ts.push_back(create_task(logged_acquire(sem, log, "g")));
    co_await sleep(0);
    sem.release();
    co_await sleep(0);
    log.push_back(state());
    co_await gather_outcomes(std::move(ts));
  };
  loop.run_until_complete(main_co());
  EXPECT_EQ(log, (Log{"e cancelled", "d cancelled", "b cancelled", "value 0 locked True", "a cancelled",
                      "c acquired", "f acquired", "value 0 locked True", "g acquired", "value 0 locked True"}));
}

// A task nobody holds a handle to stays alive while it waits in a primitive (its wait
// holds it, as the waiter future's done callback Task.__wakeup holds the task in
// CPython), and gets the lock when it is released:
//   async def main():
//       await lock.acquire(); asyncio.create_task(use("w", 0))  # the task is not kept
//       await asyncio.sleep(0); lock.release(); await asyncio.sleep(0.1)
// prints "w wants", "w has", "w released" (vtime.py).
TEST_F(LockTest, UnreferencedWaitingTaskStaysAliveUntilWoken) {
  auto main_co = [&]() -> Co<void> {
    Lock lock;
    co_await lock.acquire();
    create_task(use(lock, log, "w", 0));
    co_await sleep(0);
    lock.release();
    co_await sleep(0.1);
  };
  loop.run_until_complete(main_co());
  EXPECT_EQ(log, (Log{"w wants", "w has", "w released"}));
}

// A primitive destroyed while tasks wait in it, then the loop with the tasks still
// pending: the waits leave the dead list alone (AddressSanitizer checks) and the
// tasks are dropped with the loop.
TEST_F(LockTest, PrimitiveDestroyedWhileTasksWaitInIt) {
  auto sem = std::make_unique<Semaphore>(0);
  auto ev = std::make_unique<Event>();
  {
    EventLoop inner;
    auto main_co = [&]() -> Co<void> {
      create_task(logged_acquire(*sem, log, "s1"));
      create_task(wait_only(*ev));
      co_await sleep(0);
      sem.reset();
      ev.reset();
    };
    inner.run_until_complete(main_co());
  }
  EXPECT_EQ(log, Log{});
}

namespace {
Co<void> acquire_only(Lock& lock) { co_await lock.acquire(); }
Co<void> put_only(Queue<int>& q, int v) { co_await q.put(v); }
Co<void> get_only(Queue<int>& q) { (void)co_await q.get(); }
Co<void> wait_notified(Condition& cond) {
  co_await cond.acquire();
  co_await cond.wait();
}
}  // namespace

// The other way round: the loop is destroyed with tasks waiting in primitives that
// outlive it. A wait does not know its list, so each awaiter must take its wait out
// as its frame is destroyed; the primitives are left with no waiter, and a release
// wakes nobody (a wait left in a list would be read after its frame is gone, which
// AddressSanitizer reports; here the counts would also stay at 1).
TEST_F(LockTest, LoopDestroyedWhileTasksWaitInPrimitivesThatOutliveIt) {
  Semaphore sem(0);
  Lock lock;
  Event ev;
  Queue<int> empty_q, full_q(1);
  Condition cond;  // checked by AddressSanitizer only: its list is private
  {
    EventLoop inner;
    auto main_co = [&]() -> Co<void> {
      co_await lock.acquire();
      full_q.put_nowait(0);
      create_task(logged_acquire(sem, log, "s1"));
      create_task(acquire_only(lock));
      create_task(wait_only(ev));
      create_task(get_only(empty_q));
      create_task(put_only(full_q, 1));
      create_task(wait_notified(cond));
      co_await sleep(0);
    };
    inner.run_until_complete(main_co());
    EXPECT_EQ(lock.waiter_count(), 1u);
    EXPECT_EQ(ev.waiter_count(), 1u);
    EXPECT_EQ(empty_q.getter_count(), 1u);
    EXPECT_EQ(full_q.putter_count(), 1u);
  }
  EXPECT_EQ(lock.waiter_count(), 0u);
  EXPECT_EQ(ev.waiter_count(), 0u);
  EXPECT_EQ(empty_q.getter_count(), 0u);
  EXPECT_EQ(full_q.putter_count(), 0u);
  sem.release();
  EXPECT_EQ(sem.value(), 1);  // no wait left to hand the unit to
  EXPECT_FALSE(sem.locked());
  lock.release();
  EXPECT_FALSE(lock.locked());
  EXPECT_EQ(log, Log{});  // the abandoned waits raised nothing into their tasks
}
