// Entry points for the embeddable widget (web/src/widget): the timeline's theme.
#include <emscripten.h>

#include "imgui.h"

extern "C" {

// Light (0) or dark (1) ImGui colours for the instance's timeline (one ImGui context
// per instance: the app's, current after loopscope_create).
EMSCRIPTEN_KEEPALIVE void loopscope_set_theme(int dark) {
  if (!ImGui::GetCurrentContext()) return;
  if (dark) ImGui::StyleColorsDark();
  else ImGui::StyleColorsLight();
}

}  // extern "C"
