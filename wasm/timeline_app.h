// One timeline widget in the page: a canvas with its own WebGL2 context and Dear ImGui
// context, the recorder that a run on the loop writes to, and the timeline view (with
// the task table below it, sharing its selection) that draws it on every animation frame (requestAnimationFrame, which keeps firing while a
// run is suspended in an Asyncify sleep); a frame identical to the last one drawn is not submitted to GL.
#pragma once

#include <emscripten/html5.h>

#include <memory>
#include <string>

#include "loop/clock.h"
#include "trace/recorder.h"
#include "ui/frame_pacing.h"
#include "ui/task_table_view.h"
#include "ui/timeline_model.h"
#include "ui/timeline_view.h"
#include "wasm/html5_platform.h"

namespace loopscope::web {

class TimelineApp {
 public:
  // Creates the ImGui context for the canvas `selector` and starts the frame loop; the
  // first frame creates the GL context (init_gl).
  explicit TimelineApp(std::string selector);
  ~TimelineApp();

  TraceRecorder& recorder() { return recorder_; }
  // The clock of the run being shown (it advances the live edge), or null.
  void set_live_clock(Clock* clock) { live_clock_ = clock; }
  // The run is over: stop following it and fit the whole of it in view. After a
  // deadlock the waiting tasks' spans go on past its time, marked "deadlock".
  void run_finished(bool deadlock = false);
  void set_status(std::string status) { status_ = std::move(status); }
  // Starts a new run's timeline: clears the recorder and the view state.
  void reset();
  uint64_t frames() const { return frames_; }
  const ui::TimelineModel& model() const { return model_; }

 private:
  static EM_BOOL on_animation_frame(double time, void* user);
  // Whether this animation frame draws: during a real-time run, not when it would
  // still hold the page's thread when the run wakes (ui::FramePacer).
  bool paced_frame_draws(double now_ms);
  void frame(bool always_draw);
  void init_gl();

  std::string selector_;
  EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl_ = 0;
  bool gl_initialized_ = false;  // init_gl() ran (once, at the first frame)
  ImGuiContext* imgui_ = nullptr;
  std::unique_ptr<Html5Platform> platform_;
  TraceRecorder recorder_;
  ui::TimelineModel model_;
  ui::TimelineState state_;
  ui::TaskTableState table_;
  float table_fraction_ = 0.34f;  // of the canvas height, below the timeline (a splitter moves it)
  Clock* live_clock_ = nullptr;
  std::string status_ = "ready";
  uint64_t frames_ = 0;
  uint64_t frames_drawn_ = 0;       // submitted to GL (a frame like the last drawn one is not)
  uint64_t drawn_signature_ = 0;    // ui::draw_signature of the last frame submitted
  ui::FramePacer pacer_;
  uint64_t frames_paced_out_ = 0;   // skipped to keep a real-time wake-up on time
};

}  // namespace loopscope::web
