// The task table view (see task_table_view.h): an ImGui table over TaskTable.
#include "ui/task_table_view.h"

#include <imgui.h>

#include <algorithm>

namespace loopscope::ui {

namespace {

// Colours of the State column: the timeline's meaning, readable as text on white.
ImVec4 state_colour(TaskState s) {
  switch (s) {
    case TaskState::Running: return ImVec4(0.0f, 0.45f, 0.70f, 1);     // blue
    case TaskState::Waiting: return ImVec4(0.72f, 0.40f, 0.0f, 1);     // orange, darkened
    case TaskState::Failed: return ImVec4(0.80f, 0.0f, 0.13f, 1);      // red
    case TaskState::Cancelled: return ImVec4(0.55f, 0.30f, 0.50f, 1);  // purple
    default: return ImGui::GetStyleColorVec4(ImGuiCol_Text);
  }
}

void keep_sorted(const TimelineModel& model, TaskTableState& st) {
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs()) {
    if (specs->SpecsDirty) {
      if (specs->SpecsCount > 0) {
        st.sort_column = static_cast<TaskColumn>(specs->Specs[0].ColumnIndex);
        st.sort_descending = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
      } else {
        st.sort_column = TaskColumn::Count;
      }
      specs->SpecsDirty = false;
      st.sorted_at = -1;
    }
  }
  size_t n = st.table.size();
  if (st.sort_column == TaskColumn::Count) {
    // Creation order: only new rows to append.
    for (size_t i = st.order.size(); i < n; ++i) st.order.push_back(static_cast<uint32_t>(i));
    if (st.order.size() > n) st.order.resize(n);
    return;
  }
  // Sorted: again whenever rows or times changed (a live run), else keep it.
  if (st.order.size() != n || st.sorted_at != model.now()) {
    st.table.sort(model, st.sort_column, st.sort_descending, st.order);
    st.sorted_at = model.now();
  }
}

void select_row(const TimelineModel& model, TimelineState& tl, const TaskTable& table, size_t row) {
  uint32_t task = table.task(model, row);
  int32_t line = table.line_to_show(model, row);
  tl.selection_changed = !tl.has_selection || tl.selected_task != task || tl.selected_line != line;
  tl.has_selection = true;
  tl.selected_task = task;
  tl.selected_line = line;
  // Bring the lane into the timeline's view (clamped there on the next frame).
  TimelineViewport& vp = tl.viewport;
  size_t lane = table.lane(row);
  float y = vp.lane_y(lane);
  if (y < vp.lanes_top || y + vp.row_height > vp.lanes_top + vp.height)
    vp.scroll_y = float(lane) * vp.row_height - vp.height * 0.5f;
}

}  // namespace

void draw_task_table(const TimelineModel& model, TimelineState& tl, TaskTableState& st, float height) {
  st.table.update(model);
  TaskTable& table = st.table;
  bool selected_in_timeline = tl.selection_changed;

  constexpr int kColumns = static_cast<int>(TaskColumn::Count);
  ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                          ImGuiTableFlags_BordersV | ImGuiTableFlags_Resizable | ImGuiTableFlags_Sortable |
                          ImGuiTableFlags_SortTristate | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("tasks", kColumns, flags, ImVec2(0, height))) return;
  ImGui::TableSetupScrollFreeze(1, 1);
  // Shares of the width: a name with its coroutine ("Task-2 (worker())") and what a
  // task waits on or returned are the long texts; state, line and time are short.
  const float widths[kColumns] = {1.5f, 0.7f, 1.6f, 0.7f, 0.8f, 2.0f};
  for (int c = 0; c < kColumns; ++c)
    ImGui::TableSetupColumn(task_column_name(static_cast<TaskColumn>(c)), ImGuiTableColumnFlags_None, widths[c]);
  ImGui::TableHeadersRow();
  keep_sorted(model, st);

  float pad = ImGui::GetStyle().CellPadding.y;
  st.row_height = ImGui::GetTextLineHeight() + 2 * pad;
  if (selected_in_timeline && tl.has_selection) {
    size_t row = table.row_of_task(model, tl.selected_task);
    auto it = std::find(st.order.begin(), st.order.end(), static_cast<uint32_t>(row));
    if (it != st.order.end()) {
      float y = float(it - st.order.begin()) * st.row_height;
      float visible = ImGui::GetWindowHeight() - 2 * st.row_height;
      if (y < ImGui::GetScrollY() || y > ImGui::GetScrollY() + visible)
        ImGui::SetScrollY(std::max(0.0f, y - visible * 0.5f));
    }
  }

  st.rows_drawn = 0;
  st.tooltip.clear();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(st.order.size()), st.row_height);
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      size_t row = st.order[size_t(i)];
      ++st.rows_drawn;
      ImGui::TableNextRow(ImGuiTableRowFlags_None, st.row_height);
      ImGui::PushID(static_cast<int>(row));
      ImGui::TableSetColumnIndex(0);
      if (st.rows_drawn == 1) st.rows_top = ImGui::GetCursorScreenPos().y - pad - float(i) * st.row_height;
      uint32_t task = table.task(model, row);
      bool selected = tl.has_selection && tl.selected_task == task;
      if (ImGui::Selectable("##row", selected, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap,
                            ImVec2(0, st.row_height - 2 * pad)))
        select_row(model, tl, table, row);
      ImGui::SameLine(0, 0);
      for (int c = 0; c < kColumns; ++c) {
        if (c > 0) ImGui::TableSetColumnIndex(c);
        st.text.clear();
        table.append_cell(st.text, model, row, static_cast<TaskColumn>(c));
        const char* begin = st.text.c_str();
        const char* end = begin + st.text.size();
        bool cut_off = ImGui::CalcTextSize(begin, end).x > ImGui::GetContentRegionAvail().x;
        if (static_cast<TaskColumn>(c) == TaskColumn::State) {
          ImGui::PushStyleColor(ImGuiCol_Text, state_colour(table.state(model, row)));
          ImGui::TextUnformatted(begin, end);
          ImGui::PopStyleColor();
        } else {
          ImGui::TextUnformatted(begin, end);
        }
        // A narrow column cuts its text ("Task-12 producer()"): the whole of it on hover.
        if (cut_off && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenOverlapped)) {
          st.tooltip = st.text;
          ImGui::SetTooltip("%s", st.tooltip.c_str());
        }
      }
      ImGui::PopID();
    }
  }
  ImGui::EndTable();
}

}  // namespace loopscope::ui
