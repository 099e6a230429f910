// TraceRecorder: the TraceObserver that keeps a run's events for the UI and the
// exporters. Each event becomes one 24-byte TraceRecord (see the static_assert) in
// fixed-size chunks, so a long run never copies what it already stored; strings go
// to a StringTable, and each task's metadata (name, parent, where it was created,
// how it ended) sits in a TaskInfo. Start with TraceRecord, then on_event().
//
// Bytes per event: 24 (sizeof(TraceRecord)), plus a share of the last, partly filled
// chunk and of interned strings; tests/core/trace_recorder_test.cpp measures 1M events
// at 24.4 bytes each.
//
// Not thread-safe: the loop and its readers share one thread (in the browser the loop
// sleeps inside Asyncify while frames are drawn, so a frame never sees a half event).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "trace/event.h"
#include "trace/string_table.h"

namespace loopscope {

// One stored event. The time stays a double (the loop clock's own unit, seconds) so
// nothing is rounded; line, kind and wait share one 32-bit word.
struct TraceRecord {
  static constexpr uint32_t kMaxLine = (1u << 22) - 1;  // larger lines are clamped

  double time;
  uint32_t task;    // task or callback id
  uint32_t other;   // parent task, awaited object, ... (see EventKind)
  uint32_t detail;  // TraceRecorder::detail id of (text, file); 0: both empty
  uint32_t line_ : 22;
  uint32_t kind_ : 5;
  uint32_t wait_ : 5;

  EventKind kind() const { return static_cast<EventKind>(kind_); }
  WaitKind wait() const { return static_cast<WaitKind>(wait_); }
  int32_t line() const { return static_cast<int32_t>(line_); }
};
static_assert(sizeof(TraceRecord) == 24, "TraceRecord must stay 24 bytes: the recorder's memory budget");
static_assert(static_cast<int>(EventKind::Count) <= 32 && static_cast<int>(WaitKind::Count) <= 32,
              "EventKind and WaitKind must fit the 5-bit fields of TraceRecord");

// What the recorder knows about one task, whether or not its events were dropped.
struct TaskInfo {
  uint32_t id = 0;
  uint32_t parent = 0;     // creating task's id (0: created outside any task)
  uint32_t name = 0;       // StringTable id
  uint32_t coro = 0;       // StringTable id of its coroutine's name ("producer"; may be empty)
  uint32_t file = 0;       // StringTable id of the file it was created in
  int32_t line = 0;        // line it was created at (0: unknown)
  double created = 0;
  double ended = -1;       // time it finished; < 0 while pending
  EventKind end = EventKind::TaskCreated;  // TaskDone / TaskFailed / TaskCancelled once ended
  uint32_t end_text = 0;   // StringTable id: exception text or cancel message

  bool finished() const { return ended >= 0; }
};

class TraceRecorder : public TraceObserver {
 public:
  static constexpr size_t kChunkBits = 14;
  static constexpr size_t kChunkRecords = size_t(1) << kChunkBits;  // 384 KB per chunk
  // 2M events = 48 MB: generous for a tutorial program, bounded for a runaway loop.
  static constexpr size_t kDefaultCapacity = 2'000'000;

  explicit TraceRecorder(size_t capacity = kDefaultCapacity);

  void on_event(const TraceEvent& event) override;

  // --- stored events -------------------------------------------------------------------
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const TraceRecord& operator[](size_t i) const { return chunks_[i >> kChunkBits][i & (kChunkRecords - 1)]; }
  std::string_view text(const TraceRecord& r) const { return strings_.get(details_[r.detail].first); }
  std::string_view file(const TraceRecord& r) const { return strings_.get(details_[r.detail].second); }
  // The same for a detail id kept elsewhere (StateSpan::detail, TaskMark::detail).
  std::string_view detail_text(uint32_t detail) const {
    return detail < details_.size() ? strings_.get(details_[detail].first) : std::string_view();
  }
  std::string_view detail_file(uint32_t detail) const {
    return detail < details_.size() ? strings_.get(details_[detail].second) : std::string_view();
  }

  // Events beyond the capacity are counted, not stored; task metadata stays complete.
  size_t capacity() const { return capacity_; }
  void set_capacity(size_t capacity) { capacity_ = capacity; }
  uint64_t dropped() const { return dropped_; }
  // Time of the latest event seen (stored or dropped); 0 before any.
  double last_time() const { return last_time_; }

  // --- tasks ---------------------------------------------------------------------------
  // In creation order.
  const std::vector<TaskInfo>& tasks() const { return tasks_; }
  // The task with this id (the latest one if a second loop reused ids), or null.
  const TaskInfo* task(uint32_t id) const;
  std::string_view string(uint32_t id) const { return strings_.get(id); }
  std::string_view task_name(const TaskInfo& t) const { return strings_.get(t.name); }
  std::string_view coro_name(const TaskInfo& t) const { return strings_.get(t.coro); }

  // Heap bytes held by events, strings and task metadata.
  size_t memory_bytes() const;
  // Forgets everything (a new run). generation() changes so readers notice.
  void clear();
  uint64_t generation() const { return generation_; }

 private:
  uint32_t detail_id(std::string_view text, std::string_view file);
  void update_task(const TraceEvent& event, uint32_t detail);

  std::vector<std::unique_ptr<TraceRecord[]>> chunks_;
  size_t size_ = 0;
  size_t capacity_;
  uint64_t dropped_ = 0;
  double last_time_ = 0;
  uint64_t generation_ = 0;

  StringTable strings_;
  // (text id, file id) pairs; index 0 is ("", "").
  std::vector<std::pair<uint32_t, uint32_t>> details_;
  std::unordered_map<uint64_t, uint32_t> detail_ids_;

  std::vector<TaskInfo> tasks_;
  std::vector<uint32_t> task_index_;  // by task id: position in tasks_ + 1 (0: unknown)
};

}  // namespace loopscope
