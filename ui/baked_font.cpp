#include "ui/baked_font.h"

#include <cstring>

#include "imgui.h"
#include "imgui_internal.h"

namespace loopscope::ui {

bool build_baked_default_font(ImFontAtlas* atlas) {
  using namespace baked_font;
  if (atlas->ConfigData.Size != 0) return false;

  // AddFontDefault's configuration and AddFont's bookkeeping, without the font file.
  ImFontConfig config;
  config.OversampleH = config.OversampleV = 1;
  config.PixelSnapH = true;
  config.SizePixels = 13.0f;
  std::strcpy(config.Name, "ProggyClean.ttf, 13px");
  config.EllipsisChar = static_cast<ImWchar>(0x0085);
  config.GlyphOffset.y = 1.0f;
  ImFont* font = IM_NEW(ImFont);
  atlas->Fonts.push_back(font);
  config.DstFont = font;
  atlas->ConfigData.push_back(config);
  font->EllipsisChar = config.EllipsisChar;

  // What the stb_truetype builder does, with its results read from the baked data.
  ImFontAtlasBuildInit(atlas);
  atlas->TexID = nullptr;
  atlas->ClearTexData();
  atlas->TexWidth = kTexWidth;
  atlas->TexHeight = kTexHeight;
  atlas->TexUvScale = ImVec2(1.0f / kTexWidth, 1.0f / kTexHeight);
  if (atlas->CustomRects.Size != kCustomRectCount) return false;
  for (int i = 0; i < kCustomRectCount; ++i) {
    atlas->CustomRects[i].X = kCustomRectPlaces[2 * i];
    atlas->CustomRects[i].Y = kCustomRectPlaces[2 * i + 1];
  }
  const int size = kTexWidth * kTexHeight;
  atlas->TexPixelsAlpha8 = static_cast<unsigned char*>(IM_ALLOC(size));
  for (int i = 0; i < size; ++i) atlas->TexPixelsAlpha8[i] = (kPixelBits[i / 8] >> (i % 8)) & 1 ? 255 : 0;

  ImFontAtlasBuildSetupFont(atlas, font, &atlas->ConfigData.back(), kAscent, kDescent);
  for (int i = 0; i < kGlyphCount; ++i) {
    const Glyph& g = kGlyphs[i];
    // Without a configuration: the advance is baked already snapped.
    font->AddGlyph(nullptr, static_cast<ImWchar>(g.codepoint), g.x0, g.y0, g.x1, g.y1, g.u0, g.v0, g.u1, g.v1,
                   g.advance_x);
  }
  // The Metrics window's glyph area figure: AddGlyph adds up one less here than during
  // the builder's run (not looked into); the builder's, as baked.
  font->MetricsTotalSurface = kMetricsTotalSurface;
  ImFontAtlasBuildFinish(atlas);
  return true;
}

}  // namespace loopscope::ui
