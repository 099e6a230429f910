// TraceRecorder: appends 24-byte records to chunked storage and keeps per-task
// metadata current, even for events dropped beyond the capacity.
#include "trace/recorder.h"

#include <algorithm>

namespace loopscope {

namespace {
// Task ids are dense from 1; an id past this is not a task of ours (metadata skipped).
constexpr uint32_t kMaxIndexedTaskId = 1u << 26;
}  // namespace

TraceRecorder::TraceRecorder(size_t capacity) : capacity_(capacity) { clear(); }

void TraceRecorder::clear() {
  chunks_.clear();
  size_ = 0;
  dropped_ = 0;
  last_time_ = 0;
  ++generation_;
  strings_.clear();
  details_.assign(1, {0, 0});
  detail_ids_.clear();
  tasks_.clear();
  task_index_.clear();
}

uint32_t TraceRecorder::detail_id(std::string_view text, std::string_view file) {
  if (text.empty() && file.empty()) return 0;
  uint32_t t = strings_.intern(text);
  uint32_t f = strings_.intern(file);
  uint64_t key = (uint64_t(t) << 32) | f;
  auto [it, inserted] = detail_ids_.emplace(key, uint32_t(details_.size()));
  if (inserted) details_.emplace_back(t, f);
  return it->second;
}

void TraceRecorder::on_event(const TraceEvent& event) {
  last_time_ = event.time;
  bool keep = size_ < capacity_;
  // Dropped events still need their strings if they change task metadata.
  bool needs_detail = keep || event.kind == EventKind::TaskCreated || event.kind == EventKind::TaskFailed ||
                      event.kind == EventKind::TaskCancelled;
  uint32_t detail = needs_detail ? detail_id(event.text, event.file) : 0;
  update_task(event, detail);
  if (!keep) {
    ++dropped_;
    return;
  }
  if ((size_ & (kChunkRecords - 1)) == 0 && (size_ >> kChunkBits) == chunks_.size()) {
    // Uninitialised on purpose: every slot is written before it is read.
    chunks_.emplace_back(new TraceRecord[kChunkRecords]);
  }
  TraceRecord& r = chunks_[size_ >> kChunkBits][size_ & (kChunkRecords - 1)];
  r.time = event.time;
  r.task = event.task;
  r.other = event.other;
  r.detail = detail;
  r.line_ = static_cast<uint32_t>(std::clamp<int64_t>(event.line, 0, TraceRecord::kMaxLine));
  r.kind_ = static_cast<uint32_t>(event.kind);
  r.wait_ = static_cast<uint32_t>(event.wait);
  ++size_;
}

void TraceRecorder::update_task(const TraceEvent& event, uint32_t detail) {
  switch (event.kind) {
    case EventKind::TaskCreated: {
      if (event.task == 0 || event.task >= kMaxIndexedTaskId) return;
      if (task_index_.size() <= event.task) task_index_.resize(size_t(event.task) + 1, 0);
      task_index_[event.task] = static_cast<uint32_t>(tasks_.size() + 1);
      TaskInfo& t = tasks_.emplace_back();
      t.id = event.task;
      t.parent = event.other;
      t.name = details_[detail].first;
      t.file = details_[detail].second;
      t.coro = strings_.intern(event.coro);
      t.line = event.line;
      t.created = event.time;
      return;
    }
    case EventKind::TaskDone:
    case EventKind::TaskFailed:
    case EventKind::TaskCancelled: {
      if (event.task >= task_index_.size() || task_index_[event.task] == 0) return;
      TaskInfo& t = tasks_[task_index_[event.task] - 1];
      t.ended = event.time;
      t.end = event.kind;
      t.end_text = details_[detail].first;
      return;
    }
    default:
      return;
  }
}

const TaskInfo* TraceRecorder::task(uint32_t id) const {
  if (id >= task_index_.size() || task_index_[id] == 0) return nullptr;
  return &tasks_[task_index_[id] - 1];
}

size_t TraceRecorder::memory_bytes() const {
  return chunks_.size() * kChunkRecords * sizeof(TraceRecord) +
         chunks_.capacity() * sizeof(chunks_[0]) + strings_.memory_bytes() +
         details_.capacity() * sizeof(details_[0]) + detail_ids_.size() * 32 +
         detail_ids_.bucket_count() * sizeof(void*) + tasks_.capacity() * sizeof(TaskInfo) +
         task_index_.capacity() * sizeof(uint32_t);
}

}  // namespace loopscope
