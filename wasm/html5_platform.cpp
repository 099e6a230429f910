// Html5Platform: emscripten html5 callbacks -> ImGui IO, per canvas.
#include "wasm/html5_platform.h"

#include <emscripten.h>
#include <emscripten/html5.h>

#include <cstring>

#include "imgui.h"

namespace loopscope::web {
namespace {

Html5Platform* self(void* user) { return static_cast<Html5Platform*>(user); }

EM_BOOL on_mouse(int type, const EmscriptenMouseEvent* e, void* user) {
  Html5Platform* p = self(user);
  p->mouse_move(static_cast<float>(e->targetX), static_cast<float>(e->targetY));
  if (type == EMSCRIPTEN_EVENT_MOUSEDOWN) p->mouse_button(e->button, true);
  if (type == EMSCRIPTEN_EVENT_MOUSEUP) p->mouse_button(e->button, false);
  if (type == EMSCRIPTEN_EVENT_MOUSELEAVE) p->mouse_move(-FLT_MAX, -FLT_MAX);
  return type == EMSCRIPTEN_EVENT_MOUSEDOWN;  // keep the page from selecting text
}

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void* user) {
  // DOM deltas are pixels (mode 0), lines (1) or pages (2); ImGui wants "lines".
  double scale = e->deltaMode == DOM_DELTA_PIXEL ? 1.0 / 100.0 : e->deltaMode == DOM_DELTA_LINE ? 1.0 / 3.0 : 1.0;
  self(user)->wheel(static_cast<float>(-e->deltaX * scale), static_cast<float>(-e->deltaY * scale));
  return EM_TRUE;  // the canvas zooms; the page must not scroll
}

EM_BOOL on_key(int type, const EmscriptenKeyboardEvent* e, void* user) {
  Html5Platform* p = self(user);
  if (type == EMSCRIPTEN_EVENT_KEYPRESS) {
    if (e->ctrlKey || e->metaKey) return EM_FALSE;
    if (std::strlen(e->key) > 0 && static_cast<unsigned char>(e->key[0]) >= 0x20 &&
        (std::strlen(e->key) == 1 || static_cast<unsigned char>(e->key[0]) >= 0x80))
      p->text(e->key);
    return EM_TRUE;
  }
  return p->key(static_cast<int>(e->keyCode), type == EMSCRIPTEN_EVENT_KEYDOWN, e->ctrlKey, e->shiftKey, e->altKey,
                e->metaKey);
}

EM_BOOL on_focus(int type, const EmscriptenFocusEvent*, void* user) {
  self(user)->focus(type == EMSCRIPTEN_EVENT_FOCUS);
  return EM_FALSE;
}

// DOM keyCode values for the keys ImGui's KeyMap names.
constexpr int kDomKeys[][2] = {
    {ImGuiKey_Tab, 9},         {ImGuiKey_LeftArrow, 37}, {ImGuiKey_RightArrow, 39}, {ImGuiKey_UpArrow, 38},
    {ImGuiKey_DownArrow, 40},  {ImGuiKey_PageUp, 33},    {ImGuiKey_PageDown, 34},   {ImGuiKey_Home, 36},
    {ImGuiKey_End, 35},        {ImGuiKey_Insert, 45},    {ImGuiKey_Delete, 46},     {ImGuiKey_Backspace, 8},
    {ImGuiKey_Space, 32},      {ImGuiKey_Enter, 13},     {ImGuiKey_Escape, 27},     {ImGuiKey_A, 65},
    {ImGuiKey_C, 67},          {ImGuiKey_V, 86},         {ImGuiKey_X, 88},          {ImGuiKey_Y, 89},
    {ImGuiKey_Z, 90},
};

}  // namespace

Html5Platform::Html5Platform(std::string selector, ImGuiContext* context)
    : selector_(std::move(selector)), context_(context) {
  ImGui::SetCurrentContext(context_);
  ImGuiIO& io = ImGui::GetIO();
  io.BackendPlatformName = "loopscope_html5";
  io.IniFilename = nullptr;  // no imgui.ini in a browser
  for (const auto& [imgui_key, dom_key] : kDomKeys) io.KeyMap[imgui_key] = dom_key;
  register_callbacks(true);
}

Html5Platform::~Html5Platform() { register_callbacks(false); }

void Html5Platform::register_callbacks(bool on) {
  const char* s = selector_.c_str();
  void* user = on ? this : nullptr;
  emscripten_set_mousedown_callback(s, user, EM_FALSE, on ? on_mouse : nullptr);
  emscripten_set_mouseup_callback(s, user, EM_FALSE, on ? on_mouse : nullptr);
  emscripten_set_mousemove_callback(s, user, EM_FALSE, on ? on_mouse : nullptr);
  emscripten_set_mouseleave_callback(s, user, EM_FALSE, on ? on_mouse : nullptr);
  emscripten_set_wheel_callback(s, user, EM_FALSE, on ? on_wheel : nullptr);
  // Keys go to the canvas (tabindex=0) only when it has focus.
  emscripten_set_keydown_callback(s, user, EM_FALSE, on ? on_key : nullptr);
  emscripten_set_keyup_callback(s, user, EM_FALSE, on ? on_key : nullptr);
  emscripten_set_keypress_callback(s, user, EM_FALSE, on ? on_key : nullptr);
  emscripten_set_focus_callback(s, user, EM_FALSE, on ? on_focus : nullptr);
  emscripten_set_blur_callback(s, user, EM_FALSE, on ? on_focus : nullptr);
}

void Html5Platform::new_frame() {
  ImGui::SetCurrentContext(context_);
  ImGuiIO& io = ImGui::GetIO();
  double css_w = 0, css_h = 0;
  emscripten_get_element_css_size(selector_.c_str(), &css_w, &css_h);
  double ratio = emscripten_get_device_pixel_ratio();
  int fb_w = static_cast<int>(css_w * ratio + 0.5), fb_h = static_cast<int>(css_h * ratio + 0.5);
  if (fb_w != fb_width_ || fb_h != fb_height_) {
    emscripten_set_canvas_element_size(selector_.c_str(), fb_w, fb_h);
    fb_width_ = fb_w;
    fb_height_ = fb_h;
  }
  io.DisplaySize = ImVec2(static_cast<float>(css_w), static_cast<float>(css_h));
  io.DisplayFramebufferScale = ImVec2(static_cast<float>(ratio), static_cast<float>(ratio));

  double now = emscripten_get_now();
  io.DeltaTime = last_time_ms_ > 0 ? static_cast<float>((now - last_time_ms_) / 1000.0) : 1.0f / 60.0f;
  if (io.DeltaTime <= 0) io.DeltaTime = 1.0f / 60.0f;  // two frames can share a timestamp
  last_time_ms_ = now;

  for (int i = 0; i < 3; ++i) {
    io.MouseDown[i] = pressed_[i] || down_[i];
    pressed_[i] = false;
  }
}

void Html5Platform::mouse_move(float x, float y) {
  ImGui::SetCurrentContext(context_);
  ImGui::GetIO().MousePos = ImVec2(x, y);
}

void Html5Platform::mouse_button(int button, bool down) {
  // DOM buttons: 0 left, 1 middle, 2 right; ImGui: 0 left, 1 right, 2 middle.
  int b = button == 1 ? 2 : button == 2 ? 1 : button;
  if (b < 0 || b > 2) return;
  if (down) pressed_[b] = true;
  down_[b] = down;
}

void Html5Platform::wheel(float dx, float dy) {
  ImGui::SetCurrentContext(context_);
  ImGuiIO& io = ImGui::GetIO();
  io.MouseWheelH += dx;
  io.MouseWheel += dy;
}

bool Html5Platform::key(int key_code, bool down, bool ctrl, bool shift, bool alt, bool meta) {
  ImGui::SetCurrentContext(context_);
  ImGuiIO& io = ImGui::GetIO();
  if (key_code >= 0 && key_code < IM_ARRAYSIZE(io.KeysDown)) io.KeysDown[key_code] = down;
  io.KeyCtrl = ctrl;
  io.KeyShift = shift;
  io.KeyAlt = alt;
  io.KeySuper = meta;
  // Swallow only what ImGui uses, so the browser's shortcuts keep working.
  return io.WantCaptureKeyboard && !(ctrl || meta);
}

void Html5Platform::text(const char* utf8) {
  ImGui::SetCurrentContext(context_);
  ImGui::GetIO().AddInputCharactersUTF8(utf8);
}

void Html5Platform::focus(bool focused) {
  ImGui::SetCurrentContext(context_);
  ImGuiIO& io = ImGui::GetIO();
  if (!focused) {
    for (bool& k : io.KeysDown) k = false;
    io.KeyCtrl = io.KeyShift = io.KeyAlt = io.KeySuper = false;
  }
}

}  // namespace loopscope::web
