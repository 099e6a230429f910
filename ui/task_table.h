// TaskTable: the task table's rows, one per task of a TimelineModel, and the text of
// each cell: name, state, what it waits on (with the line of the await), the line it
// was created at, its running time and its result or exception. Plain C++, no ImGui:
// the view (task_table_view.h) draws it. update() is incremental like the model's:
// it reads only the spans added since the last call (the running time is a sum), so a
// live run with 10k tasks costs a pass over the rows per frame, not over the spans.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "ui/timeline_model.h"

namespace loopscope::ui {

// A task's state as the table shows it: the open span while pending, the end once
// finished. Order is the sort order of the State column.
enum class TaskState : uint8_t { Running, Ready, Sleeping, Waiting, Done, Failed, Cancelled, Count };
const char* task_state_name(TaskState state);

enum class TaskColumn : uint8_t { Name, State, WaitingOn, Created, RunningTime, Result, Count };
const char* task_column_name(TaskColumn column);

class TaskTable {
 public:
  // Catches up with the model; call after model.update(). A cleared recorder (a new
  // run) empties the table.
  void update(const TimelineModel& model);

  size_t size() const { return rows_.size(); }
  // The model lane of row i (rows are in creation order, lane = i + 1).
  size_t lane(size_t row) const { return rows_[row].lane; }
  uint32_t task(const TimelineModel& model, size_t row) const { return model.lane(lane(row)).task; }
  size_t row_of_task(const TimelineModel& model, uint32_t task) const;

  TaskState state(const TimelineModel& model, size_t row) const;
  // Seconds spent running (closed spans plus the open one up to the model's now()).
  double running_time(const TimelineModel& model, size_t row) const;
  // The line where the task was created (0: unknown).
  int32_t created_line(const TimelineModel& model, size_t row) const;
  // The line of the await it is in now (sleeping or waiting), else 0.
  int32_t await_line(const TimelineModel& model, size_t row) const;
  // What selecting the row shows in the editor: the await line, else the creation line.
  int32_t line_to_show(const TimelineModel& model, size_t row) const;

  // Cell text, appended to `out` (a reused buffer): "lock (line 7)", "task Beta";
  // "" when not waiting. Result: the value's repr when done, "ValueError: boom" when
  // failed, "cancelled" (with its message) when cancelled, "" while pending.
  void append_waiting_on(std::string& out, const TimelineModel& model, size_t row) const;
  void append_result(std::string& out, const TimelineModel& model, size_t row) const;
  void append_cell(std::string& out, const TimelineModel& model, size_t row, TaskColumn column) const;

  // Row order for display: creation order, or sorted by `column`. Sorting copies each
  // row's key once (O(n log n) with cheap compares); ties keep creation order.
  void sort(const TimelineModel& model, TaskColumn column, bool descending, std::vector<uint32_t>& order) const;

 private:
  struct Row {
    size_t lane = 0;
    size_t spans_seen = 0;  // spans of the lane already summed into `running`
    double running = 0;
  };
  std::vector<Row> rows_;
  uint64_t generation_ = 0;
  const TimelineModel* model_ = nullptr;
};

}  // namespace loopscope::ui
