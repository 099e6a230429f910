// TaskTable and its view: rows in creation order with state, what a task waits on (and
// the line of the await), creation line, running time, result or exception, built
// from hand-made event streams whose expected cells follow from the events; a live
// run's rows change as events arrive; sorting; a click on a row selects the task like
// a click on its lane does; a frame with 10k tasks lays out only the visible rows.
#include <gtest/gtest.h>

#include <imgui.h>

#include <cmath>
#include <string>

#include "ui/task_table_view.h"
#include "ui_test_util.h"

using namespace loopscope;
using namespace loopscope::ui;

namespace {

// Feeds events by hand: each call is one event as the loop would emit it.
struct Events {
  TraceRecorder& rec;
  void operator()(double t, EventKind kind, uint32_t task, uint32_t other = 0, std::string_view text = {},
                  int line = 0, WaitKind wait = WaitKind::None) {
    TraceEvent e;
    e.time = t;
    e.kind = kind;
    e.task = task;
    e.other = other;
    e.text = text;
    e.line = line;
    e.wait = wait;
    e.file = "main.py";
    rec.on_event(e);
  }
};

using K = EventKind;

// main (task 1, created line 20) runs 0.25 s, then awaits `worker` (task 2, created
// line 12), which runs 0.5 s in two steps, waits on a queue get at line 7, and at 2.0
// task 3 ("fails", line 13) fails after running 0.125 s; task 4 is cancelled.
void record_story(TraceRecorder& rec) {
  Events ev{rec};
  ev(0.0, K::TaskCreated, 1, 0, "main", 20);
  ev(0.0, K::TaskReady, 1);
  ev(0.0, K::TaskRunning, 1);
  ev(0.0, K::TaskCreated, 2, 1, "worker", 12);
  ev(0.0, K::TaskReady, 2);
  ev(0.0, K::TaskCreated, 3, 1, "fails", 13);
  ev(0.0, K::TaskReady, 3);
  ev(0.0, K::TaskCreated, 4, 1, "cancelled", 14);
  ev(0.0, K::TaskReady, 4);
  ev(0.25, K::TaskSuspended, 1);
  ev(0.25, K::TaskWaiting, 1, 2, {}, 21, WaitKind::Task);
  ev(0.25, K::TaskRunning, 2);
  ev(0.5, K::TaskSuspended, 2);
  ev(0.5, K::TaskRunning, 2);
  ev(0.75, K::TaskSuspended, 2);
  ev(0.75, K::TaskWaiting, 2, 0, {}, 7, WaitKind::QueueGet);
  ev(0.75, K::TaskRunning, 3);
  ev(0.875, K::TaskFailed, 3, 0, "ValueError: boom");
  ev(0.875, K::TaskRunning, 4);
  ev(0.875, K::TaskSuspended, 4);
  ev(1.0, K::TaskCancelled, 4, 0, "stop now");
}

class TaskTableTest : public ::testing::Test {
 protected:
  void SetUp() override {
    record_story(recorder);
    model.update();
    table.update(model);
  }
  std::string cell(size_t row, TaskColumn c) {
    std::string out;
    table.append_cell(out, model, row, c);
    return out;
  }
  TraceRecorder recorder;
  TimelineModel model{recorder};
  TaskTable table;
};

}  // namespace

TEST_F(TaskTableTest, ARowPerTaskInCreationOrder) {
  ASSERT_EQ(table.size(), 4u);
  EXPECT_EQ(cell(0, TaskColumn::Name), "main");
  EXPECT_EQ(cell(1, TaskColumn::Name), "worker");
  EXPECT_EQ(cell(3, TaskColumn::Name), "cancelled");
  EXPECT_EQ(table.row_of_task(model, 3), 2u);
  EXPECT_EQ(cell(0, TaskColumn::Created), "line 20");
  EXPECT_EQ(cell(2, TaskColumn::Created), "line 13");
}

TEST_F(TaskTableTest, WaitingTasksSayOnWhatAndWhere) {
  EXPECT_EQ(table.state(model, 0), TaskState::Waiting);
  EXPECT_EQ(cell(0, TaskColumn::WaitingOn), "task worker (line 21)");
  EXPECT_EQ(table.state(model, 1), TaskState::Waiting);
  EXPECT_EQ(cell(1, TaskColumn::WaitingOn), "queue get (line 7)");
  EXPECT_EQ(cell(1, TaskColumn::State), "waiting");
  // Selecting a waiting task shows its await; a finished one, where it was created.
  EXPECT_EQ(table.line_to_show(model, 1), 7);
  EXPECT_EQ(table.line_to_show(model, 2), 13);
}

TEST_F(TaskTableTest, RunningTimeSumsTheRunningSpans) {
  EXPECT_DOUBLE_EQ(table.running_time(model, 0), 0.25);
  EXPECT_DOUBLE_EQ(table.running_time(model, 1), 0.5);
  EXPECT_DOUBLE_EQ(table.running_time(model, 2), 0.125);
  char want[48];
  format_duration(want, sizeof want, 0.5);  // the timeline's words for durations
  EXPECT_EQ(cell(1, TaskColumn::RunningTime), want);
}

TEST_F(TaskTableTest, ResultOrException) {
  EXPECT_EQ(table.state(model, 2), TaskState::Failed);
  EXPECT_EQ(cell(2, TaskColumn::Result), "ValueError: boom");
  EXPECT_EQ(cell(2, TaskColumn::WaitingOn), "");
  EXPECT_EQ(table.state(model, 3), TaskState::Cancelled);
  EXPECT_EQ(cell(3, TaskColumn::Result), "cancelled: stop now");
  EXPECT_EQ(cell(1, TaskColumn::Result), "");  // pending
  Events ev{recorder};
  ev(1.5, K::TaskReady, 2, 0, {}, 0, WaitKind::QueueGet);
  ev(1.5, K::TaskRunning, 2);
  ev(1.75, K::TaskDone, 2, 0, "'fetched'");
  model.update();
  table.update(model);
  EXPECT_EQ(table.state(model, 1), TaskState::Done);
  EXPECT_EQ(cell(1, TaskColumn::Result), "'fetched'");
  EXPECT_DOUBLE_EQ(table.running_time(model, 1), 0.75);
}

// While a task runs, its running time grows with the live clock.
TEST_F(TaskTableTest, LiveRunningTimeGrowsWithTheClock) {
  Events ev{recorder};
  ev(1.5, K::TaskReady, 2, 0, {}, 0, WaitKind::QueueGet);
  ev(1.5, K::TaskRunning, 2);
  model.update();
  model.set_now(1.625);
  table.update(model);
  EXPECT_EQ(table.state(model, 1), TaskState::Running);
  EXPECT_DOUBLE_EQ(table.running_time(model, 1), 0.625);
}

// Recorded by the real loop: the tutorial's workers end done, Task-1 is the oldest.
TEST(TaskTableLoopTest, TutorialWorkersEndDone) {
  TraceRecorder recorder;
  ui::testing::record_tutorial_workers(recorder);
  TimelineModel model(recorder);
  model.update();
  TaskTable table;
  table.update(model);
  ASSERT_EQ(table.size(), 4u);
  for (size_t r = 0; r < 4; ++r) EXPECT_EQ(table.state(model, r), TaskState::Done);
  recorder.clear();
  model.update();
  table.update(model);
  EXPECT_EQ(table.size(), 0u);
}

TEST_F(TaskTableTest, SortsByAColumnKeepingCreationOrderForTies) {
  std::vector<uint32_t> order;
  table.sort(model, TaskColumn::RunningTime, true, order);
  EXPECT_EQ(order, (std::vector<uint32_t>{1, 0, 2, 3}));
  table.sort(model, TaskColumn::State, false, order);  // waiting, waiting, failed, cancelled
  EXPECT_EQ(order, (std::vector<uint32_t>{0, 1, 2, 3}));
  table.sort(model, TaskColumn::Name, false, order);  // cancelled, fails, main, worker
  EXPECT_EQ(order, (std::vector<uint32_t>{3, 2, 0, 1}));
}

// --- the view, headless ------------------------------------------------------------------

namespace {

class TaskTableViewTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1200, 600);
    io.DeltaTime = 1.0f / 60;
    unsigned char* pixels;
    int w, h;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    record_story(recorder);
  }
  void TearDown() override { ImGui::DestroyContext(); }

  // The timeline above, the table in the bottom 250 px, as the page lays them out.
  void frame(ImVec2 mouse = ImVec2(-1, -1), bool down = false) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = mouse;
    io.MouseDown[0] = down;
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("w", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
    ImGui::BeginChild("timeline", ImVec2(0, 330));
    draw_timeline(model, timeline);
    ImGui::EndChild();
    draw_task_table(model, timeline, table);
    ImGui::End();
    ImGui::Render();
  }
  void click_row(size_t display_row) {
    ImVec2 p(300, std::floor(table.rows_top + table.row_height * (float(display_row) + 0.5f)));
    frame(p);
    frame(p, true);
    frame(p, false);
  }

  TraceRecorder recorder;
  TimelineModel model{recorder};
  TimelineState timeline;
  TaskTableState table;
};

}  // namespace

TEST_F(TaskTableViewTest, ClickingARowSelectsItsTaskAndLine) {
  frame();
  frame();
  ASSERT_EQ(table.rows_drawn, 4u);
  click_row(1);
  EXPECT_TRUE(timeline.has_selection);
  EXPECT_EQ(timeline.selected_task, 2u);
  EXPECT_EQ(timeline.selected_line, 7);  // the await on the queue
  click_row(2);
  EXPECT_EQ(timeline.selected_task, 3u);
  EXPECT_EQ(timeline.selected_line, 13);  // failed: where it was created
}

// A column too narrow for its text shows the whole text when hovered; a wide one does not.
TEST_F(TaskTableViewTest, HoveringACutOffCellShowsItsWholeText) {
  frame();
  frame();
  ImVec2 first_name(16, std::floor(table.rows_top + table.row_height * 0.5f));  // on its text
  frame(first_name);
  frame(first_name);
  EXPECT_EQ(table.tooltip, "");  // 1200 px: every name fits
  std::string name;
  table.table.append_cell(name, model, table.order[0], TaskColumn::Name);
  ImGui::GetIO().DisplaySize = ImVec2(120, 600);  // six columns in 120 px
  frame();
  frame();
  first_name.y = std::floor(table.rows_top + table.row_height * 0.5f);
  frame(first_name);
  frame(first_name);
  EXPECT_EQ(table.tooltip, name);
  EXPECT_GT(ImGui::CalcTextSize(name.c_str()).x, 120.0f / 6);  // it is cut off there
}

// 10k tasks: the clipper lays out a screenful of rows, not 10k.
TEST(TaskTableViewManyTest, LaysOutOnlyVisibleRows) {
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(1200, 600);
  io.DeltaTime = 1.0f / 60;
  unsigned char* pixels;
  int w, h;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
  TraceRecorder recorder;
  ui::testing::record_many_tasks(recorder, 10'000, 2);
  TimelineModel model(recorder);
  TimelineState timeline;
  TaskTableState table;
  for (int f = 0; f < 2; ++f) {
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("w", nullptr, ImGuiWindowFlags_NoDecoration);
    model.update();
    draw_task_table(model, timeline, table);
    ImGui::End();
    ImGui::Render();
  }
  EXPECT_EQ(table.table.size(), 10'001u);  // the workers and main
  EXPECT_GT(table.rows_drawn, 5u);
  EXPECT_LT(table.rows_drawn, 60u);
  ImGui::DestroyContext();
}
