// The task table's rows and cells (see task_table.h).
#include "ui/task_table.h"

#include <algorithm>
#include <cstdio>

#include "trace/span_text.h"
#include "ui/timeline_layout.h"

namespace loopscope::ui {

const char* task_state_name(TaskState state) {
  switch (state) {
    case TaskState::Running: return "running";
    case TaskState::Ready: return "ready";
    case TaskState::Sleeping: return "sleeping";
    case TaskState::Waiting: return "waiting";
    case TaskState::Done: return "done";
    case TaskState::Failed: return "failed";
    case TaskState::Cancelled: return "cancelled";
    case TaskState::Count: break;
  }
  return "?";
}

const char* task_column_name(TaskColumn column) {
  switch (column) {
    case TaskColumn::Name: return "Task";
    case TaskColumn::State: return "State";
    case TaskColumn::WaitingOn: return "Waiting on";
    case TaskColumn::Created: return "Created at";
    case TaskColumn::RunningTime: return "Running time";
    case TaskColumn::Result: return "Result or exception";
    case TaskColumn::Count: break;
  }
  return "?";
}

void TaskTable::update(const TimelineModel& model) {
  uint64_t generation = model.recorder().generation();
  if (&model != model_ || generation != generation_ || model.lane_count() < rows_.size() + 1) {
    rows_.clear();
    model_ = &model;
    generation_ = generation;
  }
  for (size_t lane = rows_.size() + 1; lane < model.lane_count(); ++lane) rows_.push_back(Row{lane});
  for (Row& row : rows_) {
    const std::vector<Span>& spans = model.lane(row.lane).spans;
    for (; row.spans_seen < spans.size(); ++row.spans_seen)
      if (spans[row.spans_seen].state == SpanState::Running) row.running += spans[row.spans_seen].duration();
  }
}

size_t TaskTable::row_of_task(const TimelineModel& model, uint32_t task) const {
  size_t lane = model.lane_of_task(task);
  if (lane == TimelineModel::kNoLane || lane == TimelineModel::kLoopLane || lane > rows_.size()) return size_t(-1);
  return lane - 1;
}

TaskState TaskTable::state(const TimelineModel& model, size_t row) const {
  const TaskInfo* info = model.task_info(lane(row));
  if (info && info->finished()) {
    if (info->end == EventKind::TaskFailed) return TaskState::Failed;
    if (info->end == EventKind::TaskCancelled) return TaskState::Cancelled;
    return TaskState::Done;
  }
  Span open;
  if (!model.open_span(lane(row), open)) return TaskState::Ready;
  switch (open.state) {
    case SpanState::Running: return TaskState::Running;
    case SpanState::Sleeping: return TaskState::Sleeping;
    case SpanState::Waiting: return TaskState::Waiting;
    default: return TaskState::Ready;
  }
}

double TaskTable::running_time(const TimelineModel& model, size_t row) const {
  double total = rows_[row].running;
  Span open;
  if (model.open_span(lane(row), open) && open.state == SpanState::Running) total += open.duration();
  return total;
}

int32_t TaskTable::created_line(const TimelineModel& model, size_t row) const {
  const TaskInfo* info = model.task_info(lane(row));
  return info ? info->line : 0;
}

int32_t TaskTable::await_line(const TimelineModel& model, size_t row) const {
  Span open;
  if (!model.open_span(lane(row), open)) return 0;
  if (open.state != SpanState::Sleeping && open.state != SpanState::Waiting) return 0;
  return open.line;
}

int32_t TaskTable::line_to_show(const TimelineModel& model, size_t row) const {
  const TaskInfo* info = model.task_info(lane(row));
  int32_t line = info && info->finished() ? 0 : await_line(model, row);
  return line > 0 ? line : created_line(model, row);
}

void TaskTable::append_waiting_on(std::string& out, const TimelineModel& model, size_t row) const {
  const TaskInfo* info = model.task_info(lane(row));
  if (info && info->finished()) return;
  Span open;
  if (!model.open_span(lane(row), open)) return;
  if (open.state == SpanState::Sleeping) {
    out += "sleep";
  } else if (open.state == SpanState::Waiting) {
    StateSpan s{open.start, open.end, model.lane(lane(row)).task, open.object, open.detail, open.line, open.state,
                open.wait};
    append_wait_target(out, s, model.recorder());
  } else {
    return;
  }
  if (open.line > 0) {
    out += " (line ";
    out += std::to_string(open.line);
    out += ')';
  }
}

void TaskTable::append_result(std::string& out, const TimelineModel& model, size_t row) const {
  const TaskInfo* info = model.task_info(lane(row));
  if (!info || !info->finished()) return;
  std::string_view text = model.recorder().string(info->end_text);
  if (info->end == EventKind::TaskCancelled) {
    out += "cancelled";
    if (!text.empty()) {
      out += ": ";
      out += text;
    }
    return;
  }
  out += text;
}

void TaskTable::append_cell(std::string& out, const TimelineModel& model, size_t row, TaskColumn column) const {
  switch (column) {
    case TaskColumn::Name:
      out += model.lane_name(lane(row));
      if (std::string_view coro = model.lane_coro(lane(row)); !coro.empty()) {
        out += " (";
        out += coro;
        out += ")";
      }
      return;
    case TaskColumn::State:
      out += task_state_name(state(model, row));
      return;
    case TaskColumn::WaitingOn:
      append_waiting_on(out, model, row);
      return;
    case TaskColumn::Created:
      if (int32_t line = created_line(model, row); line > 0) {
        out += "line ";
        out += std::to_string(line);
      }
      return;
    case TaskColumn::RunningTime: {
      char buf[48];
      format_duration(buf, sizeof buf, running_time(model, row));
      out += buf;
      return;
    }
    case TaskColumn::Result:
      append_result(out, model, row);
      return;
    case TaskColumn::Count:
      return;
  }
}

void TaskTable::sort(const TimelineModel& model, TaskColumn column, bool descending,
                     std::vector<uint32_t>& order) const {
  order.resize(rows_.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<uint32_t>(i);
  auto by = [&](auto key_of) {
    using Key = decltype(key_of(size_t(0)));
    std::vector<Key> keys(rows_.size());
    for (size_t i = 0; i < keys.size(); ++i) keys[i] = key_of(i);
    std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
      return descending ? keys[b] < keys[a] : keys[a] < keys[b];
    });
  };
  std::string text;
  switch (column) {
    case TaskColumn::Name:
      by([&](size_t i) { return std::string(model.lane_name(lane(i))); });
      return;
    case TaskColumn::State:
      by([&](size_t i) { return static_cast<int>(state(model, i)); });
      return;
    case TaskColumn::Created:
      by([&](size_t i) { return created_line(model, i); });
      return;
    case TaskColumn::RunningTime:
      by([&](size_t i) { return running_time(model, i); });
      return;
    case TaskColumn::WaitingOn:
    case TaskColumn::Result:
      by([&](size_t i) {
        text.clear();
        append_cell(text, model, i, column);
        return text;
      });
      return;
    case TaskColumn::Count:
      return;
  }
}

}  // namespace loopscope::ui
