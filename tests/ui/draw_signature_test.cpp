// draw_signature: equal for frames that draw the same thing, different when a pixel of
// the frame would change (text, a colour, a position, the display size), and unchanged
// by a still timeline across frames, which is what lets the page skip its GL work.
#include <gtest/gtest.h>

#include <imgui.h>

#include <functional>

#include "ui/draw_signature.h"
#include "ui/timeline_view.h"
#include "ui_test_util.h"

using namespace loopscope;
using namespace loopscope::ui;

namespace {

class DrawSignatureTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(800, 400);
    io.DeltaTime = 1.0f / 60;
    unsigned char* pixels;
    int w, h;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
  }
  void TearDown() override { ImGui::DestroyContext(); }

  // The signature of one frame whose window content `body` draws.
  uint64_t frame(const std::function<void()>& body) {
    ImGuiIO& io = ImGui::GetIO();
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("w", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
    body();
    ImGui::End();
    ImGui::Render();
    return draw_signature(*ImGui::GetDrawData());
  }
};

TEST_F(DrawSignatureTest, SameFrameSameSignature) {
  auto body = [] { ImGui::TextUnformatted("Task-1 main()"); };
  frame(body);  // the first frame settles the window's size
  uint64_t a = frame(body), b = frame(body);
  EXPECT_EQ(a, b);
}

TEST_F(DrawSignatureTest, AnyVisibleChangeChangesIt) {
  auto text = [](const char* s) { return [s] { ImGui::TextUnformatted(s); }; };
  frame(text("sleeping"));
  uint64_t base = frame(text("sleeping"));
  EXPECT_NE(base, frame(text("sleepinG")));  // one glyph
  EXPECT_NE(base, frame([] {
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(200, 0, 0, 255));
    ImGui::TextUnformatted("sleeping");
    ImGui::PopStyleColor();
  }));  // a colour only
  EXPECT_NE(base, frame([] {
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + 1);
    ImGui::TextUnformatted("sleeping");
  }));  // one pixel to the right
  ImGui::GetIO().DisplaySize = ImVec2(801, 400);
  EXPECT_NE(base, frame(text("sleeping")));  // the canvas resized
}

TEST_F(DrawSignatureTest, StillTimelineKeepsItAndTheLiveEdgeChangesIt) {
  TraceRecorder recorder;
  ui::testing::record_tutorial_workers(recorder);
  TimelineModel model(recorder);
  TimelineState state;
  auto body = [&] { draw_timeline(model, state); };
  frame(body);
  frame(body);  // fit-all settles
  uint64_t still = frame(body);
  EXPECT_EQ(still, frame(body));
  state.follow_live = true;
  model.set_now(model.now() + 0.5);  // a live run advances its right edge
  EXPECT_NE(still, frame(body));
}

}  // namespace
