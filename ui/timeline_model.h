// TimelineModel: what the timeline draws, built from a TraceRecorder and kept current
// as a run adds events: lanes (the loop first, then one per task in creation order),
// each with its state spans and marks, and links from an awaiting task to what it
// awaits. update() reads only the records added since the last call, so a live run
// costs per frame what it recorded that frame. Plain C++, no ImGui: the layout
// (timeline_layout.h) and the view (timeline_view.h) read it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "trace/recorder.h"
#include "trace/span_builder.h"

namespace loopscope::ui {

using loopscope::MarkKind;
using loopscope::SpanState;

// One span of a lane. Spans of a lane are sorted by start and never overlap, so they
// are sorted by end too (the layout binary-searches both). 32 bytes.
struct Span {
  double start = 0;
  double end = 0;
  uint32_t object = 0;  // Waiting: the awaited object (a task id when wait == Task)
  uint32_t detail = 0;  // TraceRecorder detail id: wait label, blocking call
  int32_t line = 0;     // Sleeping/Waiting: line of the await (0: unknown)
  SpanState state = SpanState::Ready;
  WaitKind wait = WaitKind::None;  // Sleeping/Waiting: on what; Ready: what woke it

  double duration() const { return end - start; }
};

struct Mark {
  double time = 0;
  uint32_t detail = 0;  // Created: name + file; Failed: exception text; Cancelled: message
  int32_t line = 0;
  MarkKind kind = MarkKind::Created;
};

struct Lane {
  static constexpr uint32_t kNoTask = 0;
  uint32_t task = kNoTask;    // task id; kNoTask for the loop lane
  uint32_t info = 0;          // index into recorder.tasks() (task lanes)
  std::vector<Span> spans;
  std::vector<Mark> marks;    // sorted by time

  bool is_loop() const { return task == kNoTask; }
};

// An awaiting task's wait on another task or a future: from_lane waits on `object`
// from start to end. to_lane is the awaited task's lane, or kNoLane for a future.
struct Link {
  static constexpr size_t kNoLane = static_cast<size_t>(-1);
  double start = 0;
  double end = 0;
  size_t from_lane = 0;
  size_t to_lane = kNoLane;
  uint32_t object = 0;
  WaitKind wait = WaitKind::None;
};

class TimelineModel {
 public:
  static constexpr size_t kLoopLane = 0;
  static constexpr size_t kNoLane = Link::kNoLane;

  explicit TimelineModel(const TraceRecorder& recorder);
  ~TimelineModel();
  TimelineModel(const TimelineModel&) = delete;
  TimelineModel& operator=(const TimelineModel&) = delete;

  // Reads the records added since the last call (all of them after the recorder was
  // cleared). Returns how many were read.
  size_t update();
  // Live runs: the clock's time, where open spans end. It never goes backwards and is
  // at least the last event's time.
  void set_now(double now);
  double now() const;
  // The span of recorded time: [begin_time(), now()].
  double begin_time() const { return begin_time_; }
  bool empty() const { return lanes_.size() <= 1 && lanes_[0].spans.empty(); }

  const std::vector<Lane>& lanes() const { return lanes_; }
  const Lane& lane(size_t i) const { return lanes_[i]; }
  size_t lane_count() const { return lanes_.size(); }
  size_t lane_of_task(uint32_t task) const;
  // The lane's task metadata (null for the loop lane).
  const TaskInfo* task_info(size_t lane) const;
  std::string_view lane_name(size_t lane) const;
  // The coroutine a task lane runs ("producer"), empty for the loop and C++ tasks.
  std::string_view lane_coro(size_t lane) const;

  // The span lane `lane` is in right now, ending at now(); false if none.
  bool open_span(size_t lane, Span& out) const;
  const std::vector<Link>& links() const { return links_; }
  size_t span_count() const { return span_count_; }

  const TraceRecorder& recorder() const { return recorder_; }

 private:
  class Sink;
  void reset();
  void add_task_lane(uint32_t task);

  const TraceRecorder& recorder_;
  std::unique_ptr<Sink> sink_;
  std::unique_ptr<SpanBuilder> builder_;
  std::vector<Lane> lanes_;
  std::vector<uint32_t> lane_by_task_;  // task id -> lane index + 1 (0: none)
  std::vector<Link> links_;
  size_t consumed_ = 0;
  uint64_t generation_ = 0;
  size_t span_count_ = 0;
  double begin_time_ = 0;
  double now_ = 0;
};

}  // namespace loopscope::ui
