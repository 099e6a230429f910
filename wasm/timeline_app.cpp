// TimelineApp: context creation and the per-frame draw.
#include "wasm/timeline_app.h"

#include <GLES3/gl3.h>
#include <emscripten.h>

#include "backends/imgui_impl_opengl3.h"
#include "imgui.h"

namespace loopscope::web {

TimelineApp::TimelineApp(std::string selector) : selector_(std::move(selector)), model_(recorder_) {
  EmscriptenWebGLContextAttributes attrs;
  emscripten_webgl_init_context_attributes(&attrs);
  attrs.majorVersion = 2;  // WebGL2 = OpenGL ES 3: ImGui's "#version 300 es" shaders
  attrs.minorVersion = 0;
  attrs.alpha = EM_FALSE;
  attrs.antialias = EM_FALSE;
  gl_ = emscripten_webgl_create_context(selector_.c_str(), &attrs);
  emscripten_webgl_make_context_current(gl_);

  imgui_ = ImGui::CreateContext();
  ImGui::SetCurrentContext(imgui_);
  ImGui::StyleColorsLight();
  platform_ = std::make_unique<Html5Platform>(selector_, imgui_);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  emscripten_request_animation_frame_loop(on_animation_frame, this);
}

TimelineApp::~TimelineApp() {
  ImGui::SetCurrentContext(imgui_);
  emscripten_webgl_make_context_current(gl_);
  ImGui_ImplOpenGL3_Shutdown();
  platform_.reset();
  ImGui::DestroyContext(imgui_);
  emscripten_webgl_destroy_context(gl_);
}

void TimelineApp::run_finished() {
  live_clock_ = nullptr;
  state_.fit_pending = true;  // show the whole run once it is over
}

void TimelineApp::reset() {
  recorder_.clear();
  state_ = ui::TimelineState{};
}

EM_BOOL TimelineApp::on_animation_frame(double, void* user) {
  // A widget out of view (Module.loopscopeHidden) skips drawing; a disposed one
  // (Module.loopscopeDisposed) ends the loop, which lets the instance be collected.
  int skip = EM_ASM_INT({ return Module.loopscopeDisposed ? 2 : Module.loopscopeHidden ? 1 : 0; });
  if (skip == 2) return EM_FALSE;
  if (skip == 0) static_cast<TimelineApp*>(user)->frame();
  return EM_TRUE;  // keep the loop going (never sleep in here: the loop would end)
}

void TimelineApp::frame() {
  ++frames_;
  // For the page and its tests, without calling into wasm during a suspended run.
  EM_ASM({ Module.loopscopeFrames = $0; }, static_cast<double>(frames_));
  emscripten_webgl_make_context_current(gl_);
  ImGui::SetCurrentContext(imgui_);
  platform_->new_frame();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui::NewFrame();

  ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  ImGui::Begin("timeline", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  if (live_clock_) model_.set_now(live_clock_->now());
  ImGui::TextUnformatted(status_.c_str());
  ui::draw_timeline(model_, state_);
  // A click on a task tells the page which source line to show in the editor.
  if (state_.selection_changed && state_.has_selection && state_.selected_line > 0) {
    EM_ASM({ if (Module.loopscopeSelect) Module.loopscopeSelect($0, $1); }, state_.selected_task,
           state_.selected_line);
  }
  ImGui::End();

  ImGui::Render();
  glViewport(0, 0, platform_->framebuffer_width(), platform_->framebuffer_height());
  glClearColor(1, 1, 1, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

}  // namespace loopscope::web
