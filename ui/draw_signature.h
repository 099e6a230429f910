// A 64-bit signature of what ImGui would draw in a frame (every vertex, index and draw
// command, and the display size). The page compares it with the last drawn frame's
// and skips the GL submission when nothing changed: a still timeline then costs the
// browser no canvas update (without a GPU, each one is a read-back of the whole canvas).
#pragma once

#include <cstdint>

struct ImDrawData;

namespace loopscope::ui {

uint64_t draw_signature(const ImDrawData& data);

}  // namespace loopscope::ui
