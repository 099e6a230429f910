// A run's timeline as text for a terminal (loopscope run --timeline): one row per
// task plus the loop's row, one character per time column, and a legend.
#pragma once

#include <string>

#include "trace/recorder.h"

namespace loopscope::cli {

struct TextTimelineOptions {
  int width = 64;       // time columns
  bool colour = false;  // ANSI colours (stdout is a terminal)
};

std::string text_timeline(const TraceRecorder& recorder, const TextTimelineOptions& options = {});

}  // namespace loopscope::cli
