// The timeline view, run headless: an ImGui context with a built font atlas and no
// renderer. Checks what ImGui would draw (vertices, a tooltip window), the tooltip's
// text over a span, selection by click, zoom by wheel, pan by drag, follow-live
// during a replayed live run, and a frame with 10k lanes (time printed).
#include <gtest/gtest.h>

#include <imgui.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>

#include "ui/timeline_view.h"
#include "ui_test_util.h"

using namespace loopscope;
using namespace loopscope::ui;

namespace {

class TimelineViewTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1200, 600);
    io.DeltaTime = 1.0f / 60;
    unsigned char* pixels;
    int w, h;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // builds the atlas; no texture upload
    ui::testing::record_tutorial_workers(recorder);
  }
  void TearDown() override { ImGui::DestroyContext(); }

  // One frame: the timeline fills a window covering the display.
  ImDrawData* frame(TimelineModel& m, const std::function<void(ImGuiIO&)>& input = nullptr) {
    ImGuiIO& io = ImGui::GetIO();
    io.MouseWheel = 0;
    if (input) input(io);
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("Timeline", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
    draw_timeline(m, state);
    ImGui::End();
    ImGui::Render();
    return ImGui::GetDrawData();
  }
  ImDrawData* frame(const std::function<void(ImGuiIO&)>& input = nullptr) { return frame(model, input); }

  // Whole pixels: ImGui floors the mouse position in NewFrame.
  ImVec2 point(size_t lane, double time) const {
    return ImVec2(std::floor(state.viewport.axis.to_x(time)),
                  std::floor(state.viewport.lane_y(lane) + state.viewport.row_height / 2));
  }
  void mouse_at(ImVec2 p, bool down = false) {
    frame([&](ImGuiIO& io) {
      io.MousePos = p;
      io.MouseDown[0] = down;
    });
  }

  TraceRecorder recorder;
  TimelineModel model{recorder};
  TimelineState state;
};

bool has_tooltip_window(ImDrawData* data) {
  for (int i = 0; i < data->CmdListsCount; ++i) {
    const char* owner = data->CmdLists[i]->_OwnerName;
    if (owner && std::strncmp(owner, "##Tooltip", 9) == 0) return true;
  }
  return false;
}

}  // namespace

// A frame draws lanes, spans and the axis: vertices, and the whole run fitted.
TEST_F(TimelineViewTest, DrawsTheRun) {
  ImDrawData* data = frame();
  ASSERT_NE(data, nullptr);
  EXPECT_TRUE(data->Valid);
  EXPECT_GT(data->TotalVtxCount, 500);
  EXPECT_GT(data->TotalIdxCount, 0);
  EXPECT_LE(state.viewport.axis.t0, 0.0);
  EXPECT_GE(state.viewport.axis.t1, 2.0);
  EXPECT_EQ(model.lane_count(), 5u);
  EXPECT_FALSE(has_tooltip_window(data));
}

// Over Beta's sleep, the tooltip names the task, the state, the duration and where the
// task was created; ImGui draws a tooltip window.
TEST_F(TimelineViewTest, TooltipOverASpan) {
  frame();
  ImVec2 p = point(3, 0.5);
  mouse_at(p);
  ImDrawData* data = frame([&](ImGuiIO& io) { io.MousePos = p; });
  EXPECT_EQ(state.hover.kind, TimelineHit::Kind::Span);
  EXPECT_EQ(state.hover.lane, 3u);
  EXPECT_NE(state.tooltip.find("Beta"), std::string::npos) << state.tooltip;
  EXPECT_NE(state.tooltip.find("sleeping"), std::string::npos) << state.tooltip;
  EXPECT_NE(state.tooltip.find("duration 1.000 s"), std::string::npos) << state.tooltip;
  EXPECT_NE(state.tooltip.find("trace_test_util.h:"), std::string::npos) << state.tooltip;
  EXPECT_NE(state.tooltip.find("by Task-1"), std::string::npos) << state.tooltip;
  EXPECT_TRUE(has_tooltip_window(data));
}

// Over the coordinator's wait, the tooltip says what it waits on.
TEST_F(TimelineViewTest, TooltipNamesTheAwaitedTask) {
  frame();
  ImVec2 p = point(1, 1.0);
  mouse_at(p);
  frame([&](ImGuiIO& io) { io.MousePos = p; });
  EXPECT_NE(state.tooltip.find("waiting on task Alpha"), std::string::npos) << state.tooltip;
  EXPECT_NE(state.tooltip.find("duration 2.000 s"), std::string::npos) << state.tooltip;
}

// A click (press and release without moving) selects the task and its line.
TEST_F(TimelineViewTest, ClickSelectsATask) {
  frame();
  ImVec2 p = point(4, 0.7);  // Gamma, sleeping
  mouse_at(p);
  mouse_at(p, true);
  EXPECT_FALSE(state.has_selection);
  mouse_at(p, false);
  EXPECT_TRUE(state.has_selection);
  EXPECT_TRUE(state.selection_changed);
  EXPECT_EQ(state.selected_task, 4u);
  EXPECT_EQ(state.selected_line, recorder.task(4)->line);  // no await line from C++: the creation line
  mouse_at(p);
  EXPECT_FALSE(state.selection_changed);
}

// The wheel zooms around the mouse: the span shrinks, the time under the mouse stays.
TEST_F(TimelineViewTest, WheelZoomsAroundTheMouse) {
  frame();
  ImVec2 p = point(2, 0.5);
  mouse_at(p);
  double span = state.viewport.axis.span();
  double under = state.viewport.axis.to_time(p.x);
  frame([&](ImGuiIO& io) {
    io.MousePos = p;
    io.MouseWheel = 2;
  });
  EXPECT_LT(state.viewport.axis.span(), span * 0.7);
  EXPECT_NEAR(state.viewport.axis.to_time(p.x), under, span * 1e-4);
  EXPECT_FALSE(state.follow_live);
}

// A drag pans: the content follows the mouse and following the live end stops.
TEST_F(TimelineViewTest, DragPans) {
  frame();
  ImVec2 p = point(2, 1.0);
  mouse_at(p);
  double t0 = state.viewport.axis.t0;
  double spp = state.viewport.axis.seconds_per_pixel();
  mouse_at(p, true);
  for (int i = 1; i <= 10; ++i) mouse_at(ImVec2(p.x + 10 * i, p.y), true);
  mouse_at(ImVec2(p.x + 100, p.y), false);
  EXPECT_NEAR(state.viewport.axis.t0, t0 - 100 * spp, spp * 0.5);
  EXPECT_FALSE(state.follow_live);
  EXPECT_FALSE(state.has_selection);  // a drag is not a click
}

// A live run replayed a few events per frame: the newest time stays in view.
TEST_F(TimelineViewTest, FollowsALiveRun) {
  TraceRecorder live;
  TimelineModel live_model(live);
  for (size_t i = 0; i < recorder.size(); i += 4) {
    ui::testing::replay(recorder, live, i, i + 4);
    frame(live_model);
    EXPECT_GE(state.viewport.axis.t1, live_model.now());
    EXPECT_LE(state.viewport.axis.t0, live_model.now());
  }
  EXPECT_EQ(live_model.lane_count(), 5u);
}

// 10'000 lanes: only the visible rows are drawn, so a frame stays small and quick.
TEST_F(TimelineViewTest, ManyLanesFrame) {
  TraceRecorder big(8'000'000);
  ui::testing::record_many_tasks(big, 10000, 10);
  TimelineModel big_model(big);
  frame(big_model);
  auto t = std::chrono::steady_clock::now();
  constexpr int kFrames = 20;
  int vertices = 0;
  for (int i = 0; i < kFrames; ++i) vertices = frame(big_model)->TotalVtxCount;
  double ms = ui::testing::elapsed_ms(t) / kFrames;
  std::printf("[ timeline ] view frame with %zu lanes, %zu spans: %.2f ms, %d vertices\n", big_model.lane_count(),
              big_model.span_count(), ms, vertices);
  EXPECT_GT(vertices, 0);
  EXPECT_LT(vertices, 2'000'000);
}
