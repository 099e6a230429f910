// SpanBuilder: the spans and marks a recorded run turns into, checked on the
// tutorial's three workers (expected times from vtime.py, see trace_test_util.h),
// plus bare yields, failures, cancellation and a blocked loop.
#include <gtest/gtest.h>

#include <map>
#include <vector>

#include "trace/span_builder.h"
#include "trace/span_text.h"
#include "trace_test_util.h"

using namespace loopscope;

namespace {

struct Collect : SpanSink {
  std::vector<StateSpan> spans;
  std::vector<TaskMark> marks;
  void on_span(const StateSpan& s) override { spans.push_back(s); }
  void on_mark(const TaskMark& m) override { marks.push_back(m); }
  std::vector<StateSpan> of(uint32_t lane) const {
    std::vector<StateSpan> out;
    for (auto& s : spans)
      if (s.lane == lane && s.state != SpanState::Callback) out.push_back(s);
    return out;
  }
  std::vector<SpanState> states(uint32_t lane) const {
    std::vector<SpanState> out;
    for (auto& s : of(lane)) out.push_back(s.state);
    return out;
  }
};

Collect build(const TraceRecorder& rec) {
  Collect c;
  SpanBuilder b(c);
  for (size_t i = 0; i < rec.size(); ++i) b.feed(rec[i]);
  b.close_all(rec.last_time());
  return c;
}

using S = SpanState;

}  // namespace

// Beta (task 3): a step, a bare yield, a step, sleeping 0 -> 1.0, the last step, done.
TEST(SpanBuilderTest, WorkerSpansFollowTheTutorial) {
  TraceRecorder rec;
  loopscope::testing::record_tutorial_workers(rec);
  Collect c = build(rec);
  EXPECT_EQ(c.states(3), (std::vector<S>{S::Running, S::Running, S::Sleeping, S::Running}));
  double sleeps[] = {0, 2.0, 1.0, 1.5};
  for (uint32_t task = 2; task <= 4; ++task) {
    auto spans = c.of(task);
    ASSERT_EQ(spans.size(), 4u);
    EXPECT_EQ(spans[2].wait, WaitKind::Sleep);
    EXPECT_DOUBLE_EQ(spans[2].start, 0.0);
    EXPECT_DOUBLE_EQ(spans[2].end, sleeps[task - 1]);
    EXPECT_EQ(spans[2].line, 0);  // C++ coroutines report no await line (VM tasks do)
    EXPECT_DOUBLE_EQ(spans[3].start, sleeps[task - 1]);  // runs when the sleep ends
  }
}

// The coordinator waits on Alpha 0 -> 2.0; Beta and Gamma are done by then, so
// awaiting them does not suspend.
TEST(SpanBuilderTest, CoordinatorWaitsOnAlpha) {
  TraceRecorder rec;
  loopscope::testing::record_tutorial_workers(rec);
  Collect c = build(rec);
  auto spans = c.of(1);
  std::vector<StateSpan> waits;
  for (auto& s : spans)
    if (s.state == S::Waiting) waits.push_back(s);
  ASSERT_EQ(waits.size(), 1u);
  EXPECT_EQ(waits[0].wait, WaitKind::Task);
  EXPECT_EQ(waits[0].object, 2u);
  EXPECT_DOUBLE_EQ(waits[0].start, 0.0);
  EXPECT_DOUBLE_EQ(waits[0].end, 2.0);
  EXPECT_EQ(span_title(waits[0], rec), "waiting on task Alpha");
  EXPECT_EQ(spans.back().state, S::Running);
  EXPECT_DOUBLE_EQ(spans.back().start, 2.0);
}

// Marks: four created at 0, done at the vtime.py times, in completion order.
TEST(SpanBuilderTest, MarksInCompletionOrder) {
  TraceRecorder rec;
  loopscope::testing::record_tutorial_workers(rec);
  Collect c = build(rec);
  std::vector<std::pair<uint32_t, double>> done;
  int created = 0;
  for (auto& m : c.marks) {
    if (m.kind == MarkKind::Created) {
      ++created;
      EXPECT_EQ(m.time, 0.0);
    }
    if (m.kind == MarkKind::Done) done.emplace_back(m.task, m.time);
  }
  EXPECT_EQ(created, 4);
  EXPECT_EQ(done, (std::vector<std::pair<uint32_t, double>>{{3, 1.0}, {4, 1.5}, {2, 2.0}, {1, 2.0}}));
}

// The loop lane: busy (zero-length in virtual time) between idle waits for the timers.
TEST(SpanBuilderTest, LoopIdlesBetweenTimers) {
  TraceRecorder rec;
  loopscope::testing::record_tutorial_workers(rec);
  Collect c = build(rec);
  std::vector<std::pair<double, double>> idle;
  for (auto& s : c.of(0))
    if (s.state == S::LoopIdle) idle.emplace_back(s.start, s.end);
  EXPECT_EQ(idle, (std::vector<std::pair<double, double>>{{0.0, 1.0}, {1.0, 1.5}, {1.5, 2.0}}));
  int callbacks = 0;
  for (auto& s : c.spans) callbacks += s.state == S::Callback;
  EXPECT_EQ(callbacks, 4);  // the three sleep timers and run_until_complete's stop()
}

// A synchronous call blocks the loop and shows as a running span of that length.
TEST(SpanBuilderTest, BlockingCallIsALoopSpan) {
  TraceRecorder rec;
  EventLoop loop;
  loop.set_observer(&rec);
  auto main_co = [&]() -> Co<void> {
    co_await sleep(0.5);
    loop.block(0.25, "time.sleep");
  };
  loop.run_until_complete(main_co());
  Collect c = build(rec);
  bool blocked = false;
  for (auto& s : c.of(0))
    if (s.state == S::LoopBlocked) {
      blocked = true;
      EXPECT_DOUBLE_EQ(s.start, 0.5);
      EXPECT_DOUBLE_EQ(s.end, 0.75);
      EXPECT_EQ(span_title(s, rec), "blocked by time.sleep");
    }
  EXPECT_TRUE(blocked);
  auto task = c.of(1);
  ASSERT_FALSE(task.empty());
  EXPECT_EQ(task.back().state, S::Running);
  EXPECT_DOUBLE_EQ(task.back().duration(), 0.25);
}

// A failed and a cancelled task end with marks that carry the text.
TEST(SpanBuilderTest, FailureAndCancellationMarks) {
  TraceRecorder rec;
  EventLoop loop;
  loop.set_observer(&rec);
  auto main_co = []() -> Co<void> {
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
  Collect c = build(rec);
  std::map<MarkKind, std::pair<uint32_t, std::string>> ends;
  for (auto& m : c.marks) ends[m.kind] = {m.task, std::string(rec.detail_text(m.detail))};
  EXPECT_EQ(ends[MarkKind::Failed], (std::pair<uint32_t, std::string>{2, "ValueError: nope"}));
  EXPECT_EQ(ends[MarkKind::Cancelled], (std::pair<uint32_t, std::string>{3, "enough"}));
  // The cancelled sleeper slept from 0 to 0.2, then was ready, ran and ended.
  auto slow = c.of(3);
  ASSERT_GE(slow.size(), 3u);
  EXPECT_EQ(slow[slow.size() - 2].state, S::Sleeping);
  EXPECT_DOUBLE_EQ(slow[slow.size() - 2].end, 0.2);
}

// Open spans: before close_all, the lane's current state is readable.
TEST(SpanBuilderTest, OpenSpanIsTheCurrentState) {
  TraceRecorder rec;
  loopscope::testing::record_tutorial_workers(rec);
  Collect c;
  SpanBuilder b(c);
  size_t i = 0;
  for (; i < rec.size() && rec[i].time < 1.0; ++i) b.feed(rec[i]);
  const StateSpan* alpha = b.open_span(2);
  ASSERT_NE(alpha, nullptr);
  EXPECT_EQ(alpha->state, S::Sleeping);
  const StateSpan* loop = b.open_span(0);
  ASSERT_NE(loop, nullptr);
  EXPECT_EQ(loop->state, S::LoopIdle);
  EXPECT_EQ(b.open_span(77), nullptr);
}
