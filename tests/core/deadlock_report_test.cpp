// The deadlock explanation: after the loop reports a deadlock, every pending task is
// listed with what it waits on (a lock, an event, another task), in creation order.
#include <gtest/gtest.h>

#include "loop/deadlock_report.h"
#include "loop/lock.h"
#include "loop/sync_event.h"
#include "loop_test_util.h"

using namespace loopscope;
using loopscope::testing::LoopTest;

using DeadlockReportTest = LoopTest;

namespace {
Co<void> hold_then_wait(Lock& lock, Event& never) {
  co_await lock.acquire();
  co_await never.wait();
}
Co<void> want(Lock& lock) { co_await lock.acquire(); }
}  // namespace

// main awaits `holder`, which holds the lock and waits on an event nobody sets;
// `wanter` waits on the lock: nothing can ever run again.
TEST_F(DeadlockReportTest, ListsEachPendingTaskWithWhatItWaitsOn) {
  Lock lock(loop);
  Event never(loop);
  Task<void> holder, wanter;
  auto main_co = [&]() -> Co<void> {
    holder = create_task(hold_then_wait(lock, never), "holder");
    wanter = create_task(want(lock), "wanter");
    co_await holder;
  };
  EXPECT_THROW(loop.run_until_complete(main_co()), DeadlockError);

  std::vector<TaskWait> waits = pending_waits(loop);
  ASSERT_EQ(waits.size(), 3u);
  EXPECT_EQ(waits[0].wait, WaitKind::Task);
  EXPECT_EQ(waits[0].awaited_task, "holder");
  EXPECT_EQ(waits[1].task, "holder");
  EXPECT_EQ(waits[1].wait, WaitKind::Event);
  EXPECT_EQ(waits[2].task, "wanter");
  EXPECT_EQ(waits[2].wait, WaitKind::Lock);

  std::string report = deadlock_report(loop);
  EXPECT_NE(report.find("  holder waits on event\n"), std::string::npos) << report;
  EXPECT_NE(report.find("  wanter waits on lock\n"), std::string::npos) << report;
  EXPECT_NE(report.find("waits on task holder\n"), std::string::npos) << report;
}

TEST_F(DeadlockReportTest, DescribesTheLineOfTheAwaitWhenKnown) {
  TaskWait w{"Task-2", WaitKind::QueueGet, "", 7};
  EXPECT_EQ(describe_wait(w), "Task-2 waits on queue get (line 7)");
}

TEST_F(DeadlockReportTest, NothingPendingMeansNoReport) { EXPECT_EQ(deadlock_report(loop), ""); }
