// ImFontAtlas::Build() in the page's engines: the link wraps it (--wrap in
// wasm/CMakeLists.txt), so the default font comes from baked data and ImGui's own
// Build, with stb_truetype and the compressed font file it reaches, is left out. The
// page adds no font of its own.
#include "imgui.h"
#include "ui/baked_font.h"

extern "C" bool __wrap__ZN11ImFontAtlas5BuildEv(ImFontAtlas* atlas) {
  return loopscope::ui::build_baked_default_font(atlas);
}
