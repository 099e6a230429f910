// TimelineModel: lanes, spans, marks and links of recorded runs (the tutorial's three
// workers; expected times from vtime.py, see ../core/trace_test_util.h), incremental
// updates of a live run, and resets.
#include <gtest/gtest.h>

#include "ui/timeline_model.h"
#include "ui_test_util.h"

using namespace loopscope;
using namespace loopscope::ui;

namespace {

std::vector<SpanState> states(const Lane& lane) {
  std::vector<SpanState> out;
  for (auto& s : lane.spans) out.push_back(s.state);
  return out;
}

using S = SpanState;

class TimelineModelTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ui::testing::record_tutorial_workers(recorder);
    model.update();
  }
  TraceRecorder recorder;
  TimelineModel model{recorder};
};

}  // namespace

// The loop's lane first, then one per task in creation order, named after the task.
TEST_F(TimelineModelTest, LanesInCreationOrder) {
  ASSERT_EQ(model.lane_count(), 5u);
  EXPECT_TRUE(model.lane(0).is_loop());
  const char* names[] = {"event loop", "Task-1", "Alpha", "Beta", "Gamma"};
  for (size_t i = 0; i < 5; ++i) EXPECT_EQ(model.lane_name(i), names[i]);
  EXPECT_EQ(model.lane_of_task(3), 3u);
  EXPECT_EQ(model.lane_of_task(99), TimelineModel::kNoLane);
  EXPECT_EQ(model.task_info(0), nullptr);
  EXPECT_EQ(model.task_info(2)->id, 2u);
}

// Beta: two steps at 0 (around the bare yield), sleeping 0 -> 1.0, the last step at
// 1.0, then done; Alpha and Gamma sleep 2.0 and 1.5 s.
TEST_F(TimelineModelTest, WorkerSpans) {
  const Lane& beta = model.lane(3);
  EXPECT_EQ(states(beta), (std::vector<S>{S::Running, S::Running, S::Sleeping, S::Running}));
  EXPECT_DOUBLE_EQ(beta.spans[2].duration(), 1.0);
  EXPECT_EQ(beta.spans[2].wait, WaitKind::Sleep);
  EXPECT_DOUBLE_EQ(beta.spans[3].start, 1.0);
  EXPECT_DOUBLE_EQ(model.lane(2).spans[2].duration(), 2.0);
  EXPECT_DOUBLE_EQ(model.lane(4).spans[2].duration(), 1.5);
  ASSERT_EQ(beta.marks.size(), 2u);
  EXPECT_EQ(beta.marks[0].kind, MarkKind::Created);
  EXPECT_EQ(beta.marks[0].time, 0.0);
  EXPECT_GT(beta.marks[0].line, 0);
  EXPECT_EQ(beta.marks[1].kind, MarkKind::Done);
  EXPECT_EQ(beta.marks[1].time, 1.0);
  for (const Lane& lane : model.lanes())
    for (size_t i = 1; i < lane.spans.size(); ++i) EXPECT_LE(lane.spans[i - 1].end, lane.spans[i].start);
}

// The coordinator awaits Alpha from 0 to 2.0: a waiting span and a link to Alpha's lane.
TEST_F(TimelineModelTest, AwaitIsALink) {
  const Lane& coordinator = model.lane(1);
  EXPECT_EQ(states(coordinator), (std::vector<S>{S::Running, S::Waiting, S::Running}));
  ASSERT_EQ(model.links().size(), 1u);
  const Link& link = model.links()[0];
  EXPECT_EQ(link.from_lane, 1u);
  EXPECT_EQ(link.to_lane, 2u);
  EXPECT_EQ(link.wait, WaitKind::Task);
  EXPECT_DOUBLE_EQ(link.start, 0.0);
  EXPECT_DOUBLE_EQ(link.end, 2.0);
}

// The loop lane: idle while every task sleeps, busy (zero-length in virtual time) when
// the timers fire.
TEST_F(TimelineModelTest, LoopLane) {
  std::vector<std::pair<double, double>> idle;
  int busy = 0;
  for (const Span& s : model.lane(0).spans) {
    if (s.state == S::LoopIdle) idle.emplace_back(s.start, s.end);
    busy += s.state == S::LoopBusy;
  }
  EXPECT_EQ(idle, (std::vector<std::pair<double, double>>{{0.0, 1.0}, {1.0, 1.5}, {1.5, 2.0}}));
  EXPECT_EQ(busy, 4);
  EXPECT_DOUBLE_EQ(model.now(), 2.0);
}

// Fed a few records at a time, as in a live run, the model ends up with the same lanes
// as one built at once, and shows the current state as open spans.
TEST(TimelineModelLiveTest, IncrementalUpdatesMatchOneShot) {
  TraceRecorder full;
  ui::testing::record_tutorial_workers(full);
  TimelineModel whole(full);
  whole.update();

  TraceRecorder live;
  TimelineModel model(live);
  bool saw_open_sleep = false;
  for (size_t i = 0; i < full.size(); i += 3) {
    ui::testing::replay(full, live, i, i + 3);
    model.update();
    Span open;
    if (model.open_span(3, open) && open.state == S::Sleeping) {
      saw_open_sleep = true;
      EXPECT_DOUBLE_EQ(open.end, model.now());
    }
  }
  EXPECT_TRUE(saw_open_sleep);
  EXPECT_EQ(model.update(), 0u);  // nothing new
  ASSERT_EQ(model.lane_count(), whole.lane_count());
  for (size_t l = 0; l < whole.lane_count(); ++l) {
    ASSERT_EQ(model.lane(l).spans.size(), whole.lane(l).spans.size()) << "lane " << l;
    for (size_t k = 0; k < whole.lane(l).spans.size(); ++k) {
      EXPECT_EQ(model.lane(l).spans[k].state, whole.lane(l).spans[k].state);
      EXPECT_EQ(model.lane(l).spans[k].start, whole.lane(l).spans[k].start);
      EXPECT_EQ(model.lane(l).spans[k].end, whole.lane(l).spans[k].end);
    }
    EXPECT_EQ(model.lane(l).marks.size(), whole.lane(l).marks.size());
  }
  EXPECT_EQ(model.span_count(), whole.span_count());
}

// A live clock moves open spans on between events; it never goes backwards.
TEST(TimelineModelLiveTest, NowExtendsOpenSpans) {
  TraceRecorder full;
  ui::testing::record_tutorial_workers(full);
  TraceRecorder live;
  TimelineModel model(live);
  size_t n = 0;
  while (n < full.size() && full[n].time == 0) ++n;
  ui::testing::replay(full, live, 0, n);
  model.update();
  model.set_now(0.75);
  Span open;
  ASSERT_TRUE(model.open_span(2, open));
  EXPECT_EQ(open.state, S::Sleeping);
  EXPECT_DOUBLE_EQ(open.end, 0.75);
  model.set_now(0.5);
  EXPECT_DOUBLE_EQ(model.now(), 0.75);
}

// Clearing the recorder (a new run) resets the model at its next update.
TEST_F(TimelineModelTest, RecorderClearResets) {
  recorder.clear();
  model.update();
  EXPECT_EQ(model.lane_count(), 1u);
  EXPECT_TRUE(model.empty());
  EXPECT_TRUE(model.links().empty());
  ui::testing::record_tutorial_workers(recorder);
  model.update();
  EXPECT_EQ(model.lane_count(), 5u);
}

// Failed and cancelled tasks end with marks carrying the exception text and message.
TEST(TimelineModelEndsTest, FailureAndCancellationMarks) {
  TraceRecorder rec;
  EventLoop loop;
  loop.set_observer(&rec);
  auto main_co = []() -> Co<void> {
    auto bad = create_task([]() -> Co<void> {
      co_await sleep(0.1);
      throw ValueError("nope");
    }(), "bad");
    auto slow = create_task(sleep_co(9), "slow");
    co_await sleep(0.2);
    slow->cancel("enough");
    try { co_await bad; } catch (const ValueError&) {}
    try { co_await slow; } catch (const CancelledError&) {}
  };
  loop.run_until_complete(main_co());
  TimelineModel model(rec);
  model.update();
  const Mark& failed = model.lane(2).marks.back();
  EXPECT_EQ(failed.kind, MarkKind::Failed);
  EXPECT_DOUBLE_EQ(failed.time, 0.1);
  EXPECT_EQ(rec.detail_text(failed.detail), "ValueError: nope");
  const Mark& cancelled = model.lane(3).marks.back();
  EXPECT_EQ(cancelled.kind, MarkKind::Cancelled);
  EXPECT_DOUBLE_EQ(cancelled.time, 0.2);
  EXPECT_EQ(rec.detail_text(cancelled.detail), "enough");
}

// Past the recorder's capacity the model's time stops at the last stored event, so no
// open span pretends to know what happened after.
TEST(TimelineModelEndsTest, DroppedEventsStopTheClock) {
  TraceRecorder rec(20);
  ui::testing::record_tutorial_workers(rec);
  ASSERT_GT(rec.dropped(), 0u);
  TimelineModel model(rec);
  model.update();
  model.set_now(5.0);
  EXPECT_DOUBLE_EQ(model.now(), rec[rec.size() - 1].time);
}
