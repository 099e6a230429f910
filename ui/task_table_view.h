// The task table view: a Dear ImGui table of every task (TaskTable's cells), sortable
// by any column, with only the visible rows laid out (ImGuiListClipper), so 10k tasks
// cost what a screenful costs. It shares the selection with the timeline: clicking a
// row selects the task as clicking its lane does (TimelineState::selected_*, so the
// host highlights the line in the editor) and scrolls the timeline to its lane; a
// task selected in the timeline scrolls the table to its row.
//
// Contract: call draw_task_table() after draw_timeline() in the same frame (it reads
// the model draw_timeline updated), between ImGui::Begin() and ImGui::End(); it fills
// `height` pixels (0: the rest of the window).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ui/task_table.h"
#include "ui/timeline_view.h"

namespace loopscope::ui {

struct TaskTableState {
  TaskTable table;
  // Display order (indices of table rows); creation order unless sorted.
  std::vector<uint32_t> order;
  TaskColumn sort_column = TaskColumn::Count;  // Count: creation order
  bool sort_descending = false;
  double sorted_at = -1;  // the model's now() when `order` was computed

  // --- as last drawn (tests and hosts read these) ----------------------------------------
  float rows_top = 0;    // screen y of the first displayed row's top, after scrolling
  float row_height = 0;
  size_t rows_drawn = 0;  // rows laid out this frame (the clipper's visible ones)
  std::string tooltip;    // the whole text of a cut-off cell under the mouse, else empty
  std::string text;       // scratch for cell text
};

void draw_task_table(const TimelineModel& model, TimelineState& timeline, TaskTableState& state, float height = 0);

}  // namespace loopscope::ui
