// Dear ImGui's default font atlas from data baked ahead of time
// (ui/tools/bake_default_font.cpp writes ui/baked_font_data.cpp) instead of built by
// stb_truetype at start-up: the page's engines link this in place of
// ImFontAtlas::Build() (wasm/baked_font_build.cpp), which leaves stb_truetype and the
// compressed font file out of their download.
#pragma once

struct ImFontAtlas;

namespace loopscope::ui {

// Does to an atlas without fonts what AddFontDefault() and then Build() do: the same
// texture, glyphs and metrics (tests/ui/baked_font_test.cpp compares them). Returns
// false and leaves the atlas alone when it already has a font.
bool build_baked_default_font(ImFontAtlas* atlas);

namespace baked_font {

struct Glyph {
  unsigned codepoint;
  float advance_x, x0, y0, x1, y1, u0, v0, u1, v1;
};

extern const int kTexWidth;
extern const int kTexHeight;
extern const float kAscent;
extern const float kDescent;
extern const int kCustomRectCount;
extern const unsigned short kCustomRectPlaces[];  // x, y of each custom rectangle
extern const unsigned char kPixelBits[];  // one bit per pixel (0 or 255), lowest first
extern const int kMetricsTotalSurface;  // the Metrics window's glyph area figure
extern const int kGlyphCount;
extern const Glyph kGlyphs[];

}  // namespace baked_font
}  // namespace loopscope::ui
