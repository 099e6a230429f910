// Futures: states, results, misuse errors, done callbacks and followers scheduled in
// order through the loop, and the report of an exception nobody retrieved.
#include <gtest/gtest.h>

#include "loop_test_util.h"

using namespace loopscope;
using loopscope::testing::LoopTest;

using FutureTest = LoopTest;

// set_result finishes the future; result() returns the value.
TEST_F(FutureTest, SetResultThenResult) {
  auto fut = create_future<int>(loop);
  EXPECT_FALSE(fut->done());
  fut->set_result(7);
  EXPECT_TRUE(fut->done());
  EXPECT_FALSE(fut->cancelled());
  EXPECT_EQ(fut->result(), 7);
}

// Setting a result twice is InvalidStateError and keeps the first value.
TEST_F(FutureTest, SetResultTwiceIsInvalidState) {
  auto fut = create_future<int>(loop);
  fut->set_result(1);
  EXPECT_THROW(fut->set_result(2), InvalidStateError);
  EXPECT_THROW(fut->set_exception(ValueError("x")), InvalidStateError);
  EXPECT_EQ(fut->result(), 1);
}

// result() and exception() of a pending future are InvalidStateError with CPython's text.
TEST_F(FutureTest, ResultOfPendingFutureIsInvalidState) {
  auto fut = create_future<int>(loop);
  try {
    fut->result();
    FAIL();
  } catch (const InvalidStateError& e) {
    EXPECT_STREQ(e.what(), "Result is not set.");
  }
  try {
    fut->exception();
    FAIL();
  } catch (const InvalidStateError& e) {
    EXPECT_STREQ(e.what(), "Exception is not set.");
  }
}

// An exception is raised by result() and returned by exception().
TEST_F(FutureTest, ExceptionIsRaisedByResult) {
  auto fut = create_future<int>(loop);
  fut->set_exception(ValueError("bad"));
  EXPECT_THROW(fut->result(), ValueError);
  EXPECT_EQ(describe_exception(fut->exception()), "ValueError: bad");
}

// cancel() on a pending future succeeds once; result() raises CancelledError(msg).
TEST_F(FutureTest, CancelWithMessage) {
  auto fut = create_future<int>(loop);
  EXPECT_TRUE(fut->cancel("stop it"));
  EXPECT_FALSE(fut->cancel());
  EXPECT_TRUE(fut->cancelled());
  try {
    fut->result();
    FAIL();
  } catch (const CancelledError& e) {
    EXPECT_STREQ(e.what(), "stop it");
  }
}

// Cancelling a finished future returns false and changes nothing.
TEST_F(FutureTest, CancelDoneFutureReturnsFalse) {
  auto fut = create_future<int>(loop);
  fut->set_result(3);
  EXPECT_FALSE(fut->cancel());
  EXPECT_EQ(fut->result(), 3);
}

// Done callbacks run in registration order, one iteration after completion.
TEST_F(FutureTest, DoneCallbacksRunInOrderThroughTheLoop) {
  auto fut = create_future<int>(loop);
  fut->add_done_callback([&](FutureBase&) { log.push_back("first"); });
  uint64_t id = fut->add_done_callback([&](FutureBase&) { log.push_back("removed"); });
  fut->add_done_callback([&](FutureBase& f) {
    log.push_back("third sees " + std::to_string(static_cast<FutureState<int>&>(f).result()));
  });
  EXPECT_EQ(fut->remove_done_callback(id), 1u);
  fut->set_result(5);
  EXPECT_TRUE(log.empty());  // scheduled, not run
  loop.run_once();
  EXPECT_EQ(log, (std::vector<std::string>{"first", "third sees 5"}));
}

// A callback added to a done future is scheduled at once (call_soon), not run inline.
TEST_F(FutureTest, CallbackOnDoneFutureIsScheduled) {
  auto fut = create_future<int>(loop);
  fut->set_result(1);
  fut->add_done_callback([&](FutureBase&) { log.push_back("cb"); });
  EXPECT_TRUE(log.empty());
  loop.run_once();
  EXPECT_EQ(log.size(), 1u);
}

namespace {
// A follower (what gather's outer future is) that logs what it is told.
class LoggingFollower : public FutureState<void> {
 public:
  LoggingFollower(EventLoop& loop, std::vector<std::string>& log, std::string name)
      : FutureState<void>(loop), log_(log), name_(std::move(name)) {}
  void followed_done(FutureBase& done) override {
    log_.push_back(name_ + (done.cancelled() ? " sees cancelled" : " sees done"));
    if (name_ == "raising") throw ValueError("in follower");
  }

 private:
  std::vector<std::string>& log_;
  std::string name_;
};
}  // namespace

// A follower is notified like a done callback: one iteration after completion, in
// registration order among callbacks and waiting tasks, whether it is the only
// registration (kept inline) or one of several (kept in the list).
TEST_F(FutureTest, FollowersAreNotifiedInRegistrationOrder) {
  auto alone = create_future<int>(loop);
  auto shared = create_future<int>(loop);
  auto first = make_ref<LoggingFollower>(loop, log, "first");
  auto second = make_ref<LoggingFollower>(loop, log, "second");
  alone->add_follower(first.get());
  shared->add_follower(second.get());  // inline, then moved into the list
  shared->add_done_callback([&](FutureBase&) { log.push_back("callback"); });
  shared->add_follower(first.get());
  alone->set_result(1);
  shared->cancel();
  EXPECT_TRUE(log.empty());  // scheduled, not run
  loop.run_once();
  EXPECT_EQ(log, (std::vector<std::string>{"first sees done", "second sees cancelled", "callback",
                                           "first sees cancelled"}));
  // Following a finished future schedules the notice at once, as add_done_callback does.
  log.clear();
  alone->add_follower(second.get());
  EXPECT_TRUE(log.empty());
  loop.run_once();
  EXPECT_EQ(log, (std::vector<std::string>{"second sees done"}));
}

// An exception from a follower goes to the loop's exception handler, as one from a
// callback does, and the loop carries on with the next ready item.
TEST_F(FutureTest, FollowerErrorIsReportedAndTheLoopCarriesOn) {
  std::vector<std::string> reports;
  loop.set_exception_handler([&](EventLoop&, const ExceptionContext& ctx) {
    reports.push_back(ctx.message + ": " + describe_exception(ctx.exception));
  });
  auto fut = create_future<int>(loop);
  auto raising = make_ref<LoggingFollower>(loop, log, "raising");
  fut->add_follower(raising.get());
  fut->add_done_callback([&](FutureBase&) { log.push_back("callback"); });
  fut->set_result(1);
  loop.run_once();
  EXPECT_EQ(log, (std::vector<std::string>{"raising sees done", "callback"}));
  EXPECT_EQ(reports, (std::vector<std::string>{"Exception in callback: ValueError: in follower"}));
}

// Notifying a follower on a closed loop is the error a done callback's call_soon
// gives (RuntimeError: Event loop is closed), and leaves the follower unreferenced.
TEST_F(FutureTest, FollowerOnAClosedLoopIsAnError) {
  auto follower = make_ref<LoggingFollower>(loop, log, "f");
  auto fut = create_future<int>(loop);
  fut->add_follower(follower.get());
  EXPECT_EQ(follower->ref_count(), 2u);
  loop.close();
  EXPECT_THROW(fut->set_result(1), RuntimeError);
  EXPECT_EQ(follower->ref_count(), 1u);
  EXPECT_THROW(fut->add_follower(follower.get()), RuntimeError);  // fut is done now
  EXPECT_EQ(follower->ref_count(), 1u);
  EXPECT_TRUE(log.empty());
}

// A future dropped while followed lets go of its followers (ASan's leak check sees it).
TEST_F(FutureTest, DroppedFutureReleasesItsFollowers) {
  auto follower = make_ref<LoggingFollower>(loop, log, "f");
  {
    auto alone = create_future<int>(loop);
    auto shared = create_future<int>(loop);
    alone->add_follower(follower.get());
    shared->add_done_callback([](FutureBase&) {});
    shared->add_follower(follower.get());
    EXPECT_EQ(follower->ref_count(), 3u);
  }
  EXPECT_EQ(follower->ref_count(), 1u);
  EXPECT_TRUE(log.empty());
}

// A failed future dropped without anyone looking is reported, as CPython does.
TEST_F(FutureTest, UnretrievedExceptionIsReported) {
  std::vector<std::string> reports;
  loop.set_exception_handler([&](EventLoop&, const ExceptionContext& ctx) {
    reports.push_back(ctx.message + ": " + describe_exception(ctx.exception));
  });
  {
    auto fut = create_future<int>(loop);
    fut->set_exception(ValueError("lost"));
  }
  {
    auto seen = create_future<int>(loop);
    seen->set_exception(ValueError("seen"));
    seen->exception();
  }
  EXPECT_EQ(reports, (std::vector<std::string>{"Future exception was never retrieved: ValueError: lost"}));
}

// Awaiting a future in a task: the task wakes one iteration after set_result
// (CPython: fut callbacks -> call_soon(task.__wakeup)). Python:
//   fut = loop.create_future(); loop.call_later(0.3, fut.set_result, "v")
//   fut.add_done_callback(lambda f: print("cb", f.result())); print("got", await fut)
//   -> cb v / got v
TEST_F(FutureTest, AwaitingTaskWakesAfterEarlierCallbacks) {
  auto body = [&]() -> Co<void> {
    auto fut = create_future<std::string>();
    loop.call_later(0.3, [f = fut.state()] { f->set_result("v"); });
    fut->add_done_callback([&](FutureBase& f) {
      log.push_back("cb " + static_cast<FutureState<std::string>&>(f).result());
    });
    std::string got = co_await fut;
    log.push_back("got " + got);
  };
  loop.run_until_complete(body());
  EXPECT_EQ(log, (std::vector<std::string>{"cb v", "got v"}));
  EXPECT_DOUBLE_EQ(loop.time(), 0.3);
}
