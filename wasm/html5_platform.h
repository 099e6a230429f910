// A Dear ImGui platform layer on emscripten's html5 API, bound to ONE canvas: mouse,
// wheel, keys and text typed into that canvas reach only its ImGui context, so several
// instances can share a page (GLFW would listen on `window` and every instance would
// get every key). ImGui 1.86 has no input queue, so a press that starts and ends
// between two frames is latched until the next frame sees it.
#pragma once

#include <string>

struct ImGuiContext;

namespace loopscope::web {

class Html5Platform {
 public:
  // `selector` is a CSS selector of the canvas, e.g. "#timeline".
  Html5Platform(std::string selector, ImGuiContext* context);
  ~Html5Platform();
  Html5Platform(const Html5Platform&) = delete;
  Html5Platform& operator=(const Html5Platform&) = delete;

  // Sizes the canvas backing store to its CSS size times the device pixel ratio and
  // feeds ImGui the frame's size, time and latched input. Call before ImGui::NewFrame.
  void new_frame();
  const std::string& selector() const { return selector_; }
  int framebuffer_width() const { return fb_width_; }
  int framebuffer_height() const { return fb_height_; }

  // Input handlers (public for the C callbacks).
  void mouse_move(float x, float y);
  void mouse_button(int button, bool down);
  void wheel(float dx, float dy);
  bool key(int key_code, bool down, bool ctrl, bool shift, bool alt, bool meta);
  void text(const char* utf8);
  void focus(bool focused);

 private:
  void register_callbacks(bool on);

  std::string selector_;
  ImGuiContext* context_;
  double last_time_ms_ = 0;
  int fb_width_ = 0, fb_height_ = 0;
  bool pressed_[3] = {};  // went down since the last frame
  bool down_[3] = {};
};

}  // namespace loopscope::web
