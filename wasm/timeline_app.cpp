// TimelineApp: context creation and the per-frame draw.
#include "wasm/timeline_app.h"

#include <GLES3/gl3.h>
#include <emscripten.h>

#include <algorithm>

#include "backends/imgui_impl_opengl3.h"
#include "imgui.h"
#include "loop/platform_sleep.h"
#include "ui/draw_signature.h"

namespace loopscope::web {

TimelineApp::TimelineApp(std::string selector) : selector_(std::move(selector)), model_(recorder_) {
  imgui_ = ImGui::CreateContext();
  ImGui::SetCurrentContext(imgui_);
  ImGui::StyleColorsLight();
  platform_ = std::make_unique<Html5Platform>(selector_, imgui_);
  emscripten_request_animation_frame_loop(on_animation_frame, this);
}

// The GL side is set up by the first frame drawn, not by the constructor: runs only
// need the recorder, so the page is usable before the 20 to 200 ms that a WebGL2
// context and ImGui's renderer take (a widget out of view never pays them).
void TimelineApp::init_gl() {
  EmscriptenWebGLContextAttributes attrs;
  emscripten_webgl_init_context_attributes(&attrs);
  attrs.majorVersion = 2;  // WebGL2 = OpenGL ES 3: ImGui's "#version 300 es" shaders
  attrs.minorVersion = 0;
  attrs.alpha = EM_FALSE;
  attrs.antialias = EM_FALSE;
  // A frame that would draw what the canvas already shows is not drawn (see frame()):
  // the canvas must keep its last image, also for whoever reads its pixels.
  attrs.preserveDrawingBuffer = EM_TRUE;
  gl_ = emscripten_webgl_create_context(selector_.c_str(), &attrs);
  emscripten_webgl_make_context_current(gl_);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  gl_initialized_ = true;
}

TimelineApp::~TimelineApp() {
  ImGui::SetCurrentContext(imgui_);
  if (gl_initialized_) {
    emscripten_webgl_make_context_current(gl_);
    ImGui_ImplOpenGL3_Shutdown();
  }
  platform_.reset();
  ImGui::DestroyContext(imgui_);
  if (gl_initialized_) emscripten_webgl_destroy_context(gl_);
}

void TimelineApp::run_finished(bool deadlock) {
  live_clock_ = nullptr;
  state_.fit_pending = true;  // show the whole run once it is over
  if (deadlock) {
    // Nothing will ever happen again: show the waits going on a while past the end.
    model_.update();
    double end = model_.now();
    state_.deadlock_time = end;
    model_.set_now(end + std::max((end - model_.begin_time()) * 0.15, 0.001));
  }
}

void TimelineApp::reset() {
  recorder_.clear();
  state_ = ui::TimelineState{};
  table_.order.clear();
}

EM_BOOL TimelineApp::on_animation_frame(double, void* user) {
  // A widget out of view (Module.loopscopeHidden) skips drawing; a disposed one
  // (Module.loopscopeDisposed) ends the loop, which lets the instance be collected.
  // Module.loopscopeAlwaysDraw (the frame-time benchmark) submits even unchanged frames.
  int flags = EM_ASM_INT({
    return (Module.loopscopeDisposed ? 2 : Module.loopscopeHidden ? 1 : 0) | (Module.loopscopeAlwaysDraw ? 4 : 0);
  });
  if ((flags & 3) == 2) return EM_FALSE;
  if ((flags & 3) == 0) {
    auto* app = static_cast<TimelineApp*>(user);
    bool always_draw = (flags & 4) != 0;
    if (app->paced_frame_draws(emscripten_get_now()) || always_draw) app->frame(always_draw);
  }
  return EM_TRUE;  // keep the loop going (never sleep in here: the loop would end)
}

bool TimelineApp::paced_frame_draws(double now_ms) {
  // What the last drawn frame cost the page's thread, up to the browser's commit of
  // it: frame() posts a message as it ends; the message runs once that is over.
  double cost = EM_ASM_DOUBLE({
    var ms = Module.loopscopeFrameCostMs;
    Module.loopscopeFrameCostMs = -1;
    return ms === undefined ? -1 : ms;
  });
  if (cost >= 0) pacer_.measured(cost);
  // Only a real-time run sleeps in real time (a deterministic one never waits).
  if (!live_clock_ || live_clock_->is_virtual()) return true;
  if (pacer_.should_draw(now_ms, platform_expected_wake_ms())) return true;
  ++frames_paced_out_;
  EM_ASM({ Module.loopscopeFramesPacedOut = $0; }, static_cast<double>(frames_paced_out_));
  return false;
}

void TimelineApp::frame(bool always_draw) {
  double start_ms = emscripten_get_now();
  ++frames_;
  ImGui::SetCurrentContext(imgui_);
  if (!gl_initialized_) init_gl();
  emscripten_webgl_make_context_current(gl_);
  platform_->new_frame();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui::NewFrame();

  ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  ImGui::Begin("timeline", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
  if (live_clock_) model_.set_now(live_clock_->now());
  ImGui::TextUnformatted(status_.c_str());
  // The timeline on top, a splitter, the task table below.
  constexpr float kSplitter = 6, kMinPane = 60;
  float avail = ImGui::GetContentRegionAvail().y;
  float table_h = std::clamp(avail * table_fraction_, kMinPane, std::max(kMinPane, avail - kSplitter - 2 * kMinPane));
  ImGui::BeginChild("timeline-pane", ImVec2(0, avail - table_h - kSplitter), false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  ui::draw_timeline(model_, state_);
  ImGui::EndChild();
  ImGui::InvisibleButton("##splitter", ImVec2(-1, kSplitter));
  if (ImGui::IsItemHovered() || ImGui::IsItemActive()) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeNS);
  if (ImGui::IsItemActive() && avail > 0) table_fraction_ -= ImGui::GetIO().MouseDelta.y / avail;
  table_fraction_ = std::clamp(table_fraction_, 0.1f, 0.9f);
  ui::draw_task_table(model_, state_, table_);
  // A click on a task tells the page which source line to show in the editor.
  if (state_.selection_changed && state_.has_selection && state_.selected_line > 0) {
    EM_ASM({ if (Module.loopscopeSelect) Module.loopscopeSelect($0, $1); }, state_.selected_task,
           state_.selected_line);
  }
  ImGui::End();

  ImGui::Render();
  // Submitting a frame makes the browser update the canvas; without a GPU (headless,
  // software compositing) that reads the whole canvas back and can stall the page for
  // hundreds of ms while its DOM also changes fast (a print flood). A still timeline
  // (a finished run, a program printing without awaiting) is not submitted again.
  uint64_t signature = ui::draw_signature(*ImGui::GetDrawData());
  bool draw = always_draw || frames_drawn_ == 0 || signature != drawn_signature_;
  if (draw) {
    glViewport(0, 0, platform_->framebuffer_width(), platform_->framebuffer_height());
    glClearColor(1, 1, 1, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    drawn_signature_ = signature;
    ++frames_drawn_;
    // Measures the frame's cost (paced_frame_draws reads it): the message runs after
    // the browser has committed the frame (and, without a GPU, read the canvas back).
    // A run's turn or wake-up queued before it would be counted in (platform_sleep.cpp
    // counts them in loopscopeRunTurns): such a measurement is dropped.
    EM_ASM({
      if (!Module.loopscopeFramePing) {
        var ping = new MessageChannel();
        ping.port1.onmessage = function(event) {
          if ((Module.loopscopeRunTurns || 0) == event.data.turns)
            Module.loopscopeFrameCostMs = performance.now() - event.data.start;
        };
        Module.loopscopeFramePing = ping.port2;
      }
      Module.loopscopeFramePing.postMessage({start: $0, turns: Module.loopscopeRunTurns || 0});
    }, start_ms);
  }
  // For the page, its tests and the benchmark (scripts/bench.sh, suite web), without
  // calling into wasm during a suspended run: the frame count, how many were submitted
  // to GL, and this frame's CPU time. The task table's first row and row height (CSS
  // pixels in the canvas) let tests click a row.
  EM_ASM({
    Module.loopscopeFrames = $0;
    Module.loopscopeFramesDrawn = $1;
    Module.loopscopeFrameMs = $2;
    Module.loopscopeTableTop = $3;
    Module.loopscopeTableRowHeight = $4;
  }, static_cast<double>(frames_), static_cast<double>(frames_drawn_), emscripten_get_now() - start_ms,
     table_.rows_top, table_.row_height);
}

}  // namespace loopscope::web
