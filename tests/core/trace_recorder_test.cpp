// TraceRecorder: 24-byte records in stable chunks, interned strings, per-task
// metadata from a real run, the capacity cap with its dropped counter, and the memory
// a million events take.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "trace/recorder.h"
#include "trace_test_util.h"

using namespace loopscope;

namespace {

TraceEvent event(double time, EventKind kind, uint32_t task, std::string_view text = {}, int32_t line = 0) {
  TraceEvent e;
  e.time = time;
  e.kind = kind;
  e.task = task;
  e.text = text;
  e.line = line;
  return e;
}

size_t heap_in_use() {
#if defined(__GLIBC__)
  return mallinfo2().uordblks;
#else
  return 0;
#endif
}

}  // namespace

// The budget the recorder is built around: one event, 24 bytes.
TEST(TraceRecorderTest, RecordIs24Bytes) {
  static_assert(sizeof(TraceRecord) == 24);
  EXPECT_EQ(sizeof(TraceRecord), 24u);
}

// Fields survive the packing: kind, wait, line, ids, text and file.
TEST(TraceRecorderTest, StoresEveryField) {
  TraceRecorder rec;
  TraceEvent e = event(1.25, EventKind::TaskWaiting, 7, "jobs", 4321);
  e.wait = WaitKind::QueueGet;
  e.other = 99;
  e.file = "prog.py";
  rec.on_event(e);
  ASSERT_EQ(rec.size(), 1u);
  const TraceRecord& r = rec[0];
  EXPECT_EQ(r.time, 1.25);
  EXPECT_EQ(r.kind(), EventKind::TaskWaiting);
  EXPECT_EQ(r.wait(), WaitKind::QueueGet);
  EXPECT_EQ(r.task, 7u);
  EXPECT_EQ(r.other, 99u);
  EXPECT_EQ(r.line(), 4321);
  EXPECT_EQ(rec.text(r), "jobs");
  EXPECT_EQ(rec.file(r), "prog.py");
}

// Lines past the 22-bit field are clamped, negative ones read as unknown (0).
TEST(TraceRecorderTest, ClampsLines) {
  TraceRecorder rec;
  rec.on_event(event(0, EventKind::TaskRunning, 1, {}, 10'000'000));
  rec.on_event(event(0, EventKind::TaskRunning, 1, {}, -5));
  EXPECT_EQ(rec[0].line(), int32_t(TraceRecord::kMaxLine));
  EXPECT_EQ(rec[1].line(), 0);
}

// The same text is stored once; the views the recorder hands out are its own copies.
TEST(TraceRecorderTest, InternsStrings) {
  TraceRecorder rec;
  std::string name = "worker";
  rec.on_event(event(0, EventKind::TaskCreated, 1, name));
  rec.on_event(event(0, EventKind::TaskCreated, 2, name));
  name = "changed";  // the emitter's memory changes after the call
  EXPECT_EQ(rec.text(rec[0]), "worker");
  EXPECT_EQ(rec[0].detail, rec[1].detail);
  EXPECT_EQ(rec.task_name(*rec.task(2)), "worker");
}

// A real run: names, parents, creation lines and how each task ended.
TEST(TraceRecorderTest, RecordsTaskMetadataOfARun) {
  TraceRecorder rec;
  loopscope::testing::record_tutorial_workers(rec);
  ASSERT_EQ(rec.tasks().size(), 4u);
  const char* names[] = {"Task-1", "Alpha", "Beta", "Gamma"};
  double ends[] = {2.0, 2.0, 1.0, 1.5};
  for (int i = 0; i < 4; ++i) {
    const TaskInfo& t = rec.tasks()[i];
    EXPECT_EQ(t.id, uint32_t(i + 1));
    EXPECT_EQ(rec.task_name(t), names[i]);
    EXPECT_EQ(t.parent, i == 0 ? 0u : 1u);
    EXPECT_GT(t.line, 0);
    EXPECT_TRUE(t.finished());
    EXPECT_EQ(t.end, EventKind::TaskDone);
    EXPECT_DOUBLE_EQ(t.ended, ends[i]);
  }
  EXPECT_NE(rec.string(rec.tasks()[1].file).find("trace_test_util.h"), std::string_view::npos);
  EXPECT_EQ(rec.dropped(), 0u);
  EXPECT_DOUBLE_EQ(rec.last_time(), 2.0);
}

// Past the capacity events are counted, not stored, and task endings still arrive.
TEST(TraceRecorderTest, CapDropsEventsButKeepsTaskEnds) {
  TraceRecorder rec(10);
  loopscope::testing::record_tutorial_workers(rec);
  EXPECT_EQ(rec.size(), 10u);
  EXPECT_GT(rec.dropped(), 0u);
  ASSERT_EQ(rec.tasks().size(), 4u);
  EXPECT_DOUBLE_EQ(rec.task(3)->ended, 1.0);  // Beta
  EXPECT_DOUBLE_EQ(rec.last_time(), 2.0);
}

// Failure text and cancel messages end up in the task's metadata.
TEST(TraceRecorderTest, KeepsExceptionText) {
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
  EXPECT_EQ(rec.task(2)->end, EventKind::TaskFailed);
  EXPECT_EQ(rec.string(rec.task(2)->end_text), "ValueError: nope");
  EXPECT_DOUBLE_EQ(rec.task(2)->ended, 0.1);
  EXPECT_EQ(rec.task(3)->end, EventKind::TaskCancelled);
  EXPECT_EQ(rec.string(rec.task(3)->end_text), "enough");
}

// clear() forgets everything and tells readers through generation().
TEST(TraceRecorderTest, ClearStartsOver) {
  TraceRecorder rec;
  loopscope::testing::record_tutorial_workers(rec);
  uint64_t gen = rec.generation();
  rec.clear();
  EXPECT_EQ(rec.size(), 0u);
  EXPECT_TRUE(rec.tasks().empty());
  EXPECT_EQ(rec.task(1), nullptr);
  EXPECT_NE(rec.generation(), gen);
}

// A million events: records never move (chunks, no reallocation copies), and the
// memory per event stays at the 24-byte record plus under one byte of overhead.
TEST(TraceRecorderTest, MillionEventsMemory) {
  constexpr size_t kEvents = 1'000'000;
  size_t heap_before = heap_in_use();
  TraceRecorder rec(kEvents);
  rec.on_event(event(0, EventKind::TaskCreated, 1, "main"));
  const TraceRecord* first = &rec[0];
  for (size_t i = 1; i < kEvents; ++i) {
    TraceEvent e = event(double(i) * 1e-3, EventKind(i % 4 + 1), uint32_t(i % 1000 + 1));
    rec.on_event(e);
  }
  size_t heap_after = heap_in_use();
  EXPECT_EQ(rec.size(), kEvents);
  EXPECT_EQ(&rec[0], first);
  EXPECT_EQ(rec[kEvents - 1].time, double(kEvents - 1) * 1e-3);
  double per_event = double(rec.memory_bytes()) / kEvents;
  std::printf("[ recorder ] %zu events: memory_bytes %zu = %.2f bytes/event", kEvents, rec.memory_bytes(),
              per_event);
  if (heap_after > heap_before) {
    std::printf(", heap measured %.2f bytes/event", double(heap_after - heap_before) / kEvents);
  }
  std::printf("\n");
  EXPECT_LE(per_event, 25.0);
  if (heap_after > heap_before) {
    EXPECT_LE(double(heap_after - heap_before) / kEvents, 25.0);
  }
  rec.on_event(event(1e4, EventKind::TaskRunning, 1));
  EXPECT_EQ(rec.dropped(), 1u);
}
