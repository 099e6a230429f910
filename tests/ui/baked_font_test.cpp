// The baked default font (ui/baked_font.h) against ImGui's own: AddFontDefault() and
// Build() with stb_truetype, natively and in wasm (the page's platform). A difference
// means ImGui (or its font) changed since the bake: run ui/tools/bake_default_font
// again (its header says how).
#include <gtest/gtest.h>

#include <imgui.h>
#include <imgui_internal.h>

#include <cstring>
#include <vector>

#include "ui/baked_font.h"

namespace {

class BakedFontTest : public ::testing::Test {
 protected:
  void SetUp() override {
    built_.AddFontDefault();
    ASSERT_TRUE(built_.Build());
    ASSERT_TRUE(loopscope::ui::build_baked_default_font(&baked_));
  }
  ImFontAtlas built_;
  ImFontAtlas baked_;
};

// The pixels of a w x h block at (x, y) of an atlas's texture.
std::vector<unsigned char> block(const ImFontAtlas& atlas, int x, int y, int w, int h) {
  std::vector<unsigned char> pixels;
  for (int row = y; row < y + h; ++row) {
    const unsigned char* line = atlas.TexPixelsAlpha8 + row * atlas.TexWidth;
    pixels.insert(pixels.end(), line + x, line + x + w);
  }
  return pixels;
}

// Where glyphs sit in the texture is the packer's choice, and it differs between
// platforms (stb_rect_pack sorts with qsort, whose order of equal rectangles is the C
// library's): the bake is native, the page wasm. What text looks like does not
// depend on it, so the atlases are compared through each glyph's and custom
// rectangle's own place.
TEST_F(BakedFontTest, TextureAsBuilt) {
  ASSERT_EQ(baked_.TexWidth, built_.TexWidth);
  ASSERT_EQ(baked_.TexHeight, built_.TexHeight);
  EXPECT_EQ(baked_.TexUvScale.x, built_.TexUvScale.x);
  EXPECT_EQ(baked_.TexUvScale.y, built_.TexUvScale.y);
  EXPECT_TRUE(baked_.TexReady);
  ASSERT_EQ(baked_.CustomRects.Size, built_.CustomRects.Size);
  for (int i = 0; i < built_.CustomRects.Size; ++i) {
    const ImFontAtlasCustomRect& a = baked_.CustomRects[i];
    const ImFontAtlasCustomRect& b = built_.CustomRects[i];
    ASSERT_EQ(a.Width, b.Width) << i;
    ASSERT_EQ(a.Height, b.Height) << i;
    EXPECT_EQ(block(baked_, a.X, a.Y, a.Width, a.Height), block(built_, b.X, b.Y, b.Width, b.Height)) << i;
  }
  EXPECT_EQ(baked_.PackIdMouseCursors, built_.PackIdMouseCursors);
  EXPECT_EQ(baked_.PackIdLines, built_.PackIdLines);
  // The white pixel and the thick lines' UVs, relative to their rectangles.
  const ImFontAtlasCustomRect& baked_cursors = baked_.CustomRects[baked_.PackIdMouseCursors];
  const ImFontAtlasCustomRect& built_cursors = built_.CustomRects[built_.PackIdMouseCursors];
  EXPECT_EQ(baked_.TexUvWhitePixel.x * baked_.TexWidth - baked_cursors.X,
            built_.TexUvWhitePixel.x * built_.TexWidth - built_cursors.X);
  EXPECT_EQ(baked_.TexUvWhitePixel.y * baked_.TexHeight - baked_cursors.Y,
            built_.TexUvWhitePixel.y * built_.TexHeight - built_cursors.Y);
  const ImFontAtlasCustomRect& baked_lines = baked_.CustomRects[baked_.PackIdLines];
  const ImFontAtlasCustomRect& built_lines = built_.CustomRects[built_.PackIdLines];
  for (int i = 0; i <= IM_DRAWLIST_TEX_LINES_WIDTH_MAX; ++i) {
    const ImVec4 a = baked_.TexUvLines[i];
    const ImVec4 b = built_.TexUvLines[i];
    EXPECT_EQ(a.x * baked_.TexWidth - baked_lines.X, b.x * built_.TexWidth - built_lines.X) << i;
    EXPECT_EQ(a.y * baked_.TexHeight - baked_lines.Y, b.y * built_.TexHeight - built_lines.Y) << i;
    EXPECT_EQ(a.z * baked_.TexWidth - baked_lines.X, b.z * built_.TexWidth - built_lines.X) << i;
    EXPECT_EQ(a.w * baked_.TexHeight - baked_lines.Y, b.w * built_.TexHeight - built_lines.Y) << i;
  }
}

TEST_F(BakedFontTest, FontAsBuilt) {
  ASSERT_EQ(baked_.Fonts.Size, 1);
  ASSERT_EQ(baked_.ConfigData.Size, 1);
  const ImFont& a = *baked_.Fonts[0];
  const ImFont& b = *built_.Fonts[0];
  EXPECT_STREQ(a.GetDebugName(), b.GetDebugName());
  EXPECT_EQ(a.FontSize, b.FontSize);
  EXPECT_EQ(a.Ascent, b.Ascent);
  EXPECT_EQ(a.Descent, b.Descent);
  EXPECT_EQ(a.FallbackChar, b.FallbackChar);
  EXPECT_EQ(a.EllipsisChar, b.EllipsisChar);
  EXPECT_EQ(a.DotChar, b.DotChar);
  EXPECT_EQ(a.FallbackAdvanceX, b.FallbackAdvanceX);
  EXPECT_EQ(a.ConfigDataCount, b.ConfigDataCount);
  EXPECT_EQ(0, std::memcmp(a.Used4kPagesMap, b.Used4kPagesMap, sizeof b.Used4kPagesMap));
  ASSERT_EQ(a.Glyphs.Size, b.Glyphs.Size);
  for (int i = 0; i < b.Glyphs.Size; ++i) {
    const ImFontGlyph& g = a.Glyphs[i];
    const ImFontGlyph& e = b.Glyphs[i];
    EXPECT_EQ(g.Codepoint, e.Codepoint) << i;
    EXPECT_EQ(g.Visible, e.Visible) << i;
    EXPECT_EQ(g.Colored, e.Colored) << i;
    const float got[] = {g.AdvanceX, g.X0, g.Y0, g.X1, g.Y1, g.U1 - g.U0, g.V1 - g.V0};
    const float want[] = {e.AdvanceX, e.X0, e.Y0, e.X1, e.Y1, e.U1 - e.U0, e.V1 - e.V0};
    EXPECT_EQ(0, std::memcmp(got, want, sizeof want)) << "glyph " << e.Codepoint;
    // The glyph's own pixels, wherever each atlas put them.
    const int w = static_cast<int>((e.U1 - e.U0) * built_.TexWidth);
    const int h = static_cast<int>((e.V1 - e.V0) * built_.TexHeight);
    EXPECT_EQ(block(baked_, static_cast<int>(g.U0 * baked_.TexWidth), static_cast<int>(g.V0 * baked_.TexHeight), w, h),
              block(built_, static_cast<int>(e.U0 * built_.TexWidth), static_cast<int>(e.V0 * built_.TexHeight), w, h))
        << "glyph " << e.Codepoint;
  }
  ASSERT_EQ(a.IndexAdvanceX.Size, b.IndexAdvanceX.Size);
  EXPECT_EQ(0, std::memcmp(a.IndexAdvanceX.Data, b.IndexAdvanceX.Data, b.IndexAdvanceX.size_in_bytes()));
  ASSERT_EQ(a.IndexLookup.Size, b.IndexLookup.Size);
  EXPECT_EQ(0, std::memcmp(a.IndexLookup.Data, b.IndexLookup.Data, b.IndexLookup.size_in_bytes()));
  EXPECT_EQ(a.CalcTextSizeA(a.FontSize, 1e9f, 0, "async def main(): ...").x,
            b.CalcTextSizeA(b.FontSize, 1e9f, 0, "async def main(): ...").x);
}

TEST(BakedFont, RefusesAnAtlasWithFonts) {
  ImFontAtlas atlas;
  atlas.AddFontDefault();
  EXPECT_FALSE(loopscope::ui::build_baked_default_font(&atlas));
  EXPECT_EQ(atlas.Fonts.Size, 1);
  EXPECT_EQ(atlas.TexPixelsAlpha8, nullptr);
}

}  // namespace
