// The timeline view: draws a TimelineModel into the current ImGui window with
// ImDrawList (lanes with names, state spans in the Okabe-Ito palette, marks, await
// links, a time axis, a legend) and handles its input through ImGui's IO, so the same
// code runs natively and in the browser: wheel zooms around the mouse (Shift+wheel
// scrolls the lanes), drag pans, click selects a task, hover shows a tooltip.
//
// Contract: call draw_timeline() between ImGui::Begin() and ImGui::End() every frame;
// it calls model.update() itself and fills the rest of the window. During a live run
// in real or scaled time, call model.set_now(loop.time()) first, so spans still open
// grow between events. Read the selection from TimelineState afterwards
// (selection_changed is true on the frame it changed). A new run: clear the recorder
// (the model notices) and reset the state (TimelineState{}), which fits the new run.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ui/timeline_layout.h"
#include "ui/timeline_model.h"

namespace loopscope::ui {

struct TimelineState {
  // --- settings and view, kept between frames ------------------------------------------
  TimelineViewport viewport;
  bool follow_live = true;   // keep the newest time in view while a run goes on
  bool fit_pending = true;   // fit everything on the next frame (set by the Fit button)
  float gutter_width = 150;  // the lane-name column
  float axis_height = 22;
  // The time the run deadlocked (a red line labelled "deadlock"); < 0: none.
  double deadlock_time = -1;

  // --- selection (for the editor: highlight selected_line) --------------------------------
  bool has_selection = false;
  uint32_t selected_task = 0;   // 0: the loop lane
  int32_t selected_line = 0;    // line of the clicked await, else where the task was created
  bool selection_changed = false;

  // --- hover, as last drawn (tests and hosts read these) ---------------------------------
  TimelineHit hover;
  std::string tooltip;          // text of the tooltip shown this frame; empty if none

  // --- per-frame scratch, reused so an idle frame does not allocate ----------------------
  std::vector<SpanItem> items;
  std::vector<AxisTick> ticks;
  std::string text;
  bool dragged = false;
};

void draw_timeline(TimelineModel& model, TimelineState& state);

// The colour key, as one line of widgets (draw_timeline shows it above the lanes).
void draw_timeline_legend();

}  // namespace loopscope::ui
