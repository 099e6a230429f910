// The palette: Okabe-Ito's colours, one per task state (so states differ by more than
// a shade), and label text that contrasts with each.
#include <gtest/gtest.h>

#include <set>
#include <tuple>

#include "ui/timeline_palette.h"

using namespace loopscope;
using namespace loopscope::ui;

// Running, ready, sleeping, awaiting a task and waiting on anything else all differ.
TEST(TimelinePaletteTest, TaskStatesHaveDistinctColours) {
  std::set<std::tuple<int, int, int>> seen;
  for (Rgb c : {span_colour(SpanState::Running), span_colour(SpanState::Ready), span_colour(SpanState::Sleeping),
                span_colour(SpanState::Waiting, WaitKind::Task), span_colour(SpanState::Waiting, WaitKind::Lock)})
    seen.insert({c.r, c.g, c.b});
  EXPECT_EQ(seen.size(), 5u);
  EXPECT_EQ(span_colour(SpanState::Running), okabe_ito::kBlue);
  EXPECT_EQ(span_colour(SpanState::Waiting, WaitKind::QueueGet), okabe_ito::kOrange);
  EXPECT_EQ(span_colour(SpanState::LoopBlocked), okabe_ito::kVermillion);
}

// Dark text on the light colours, white on the dark ones.
TEST(TimelinePaletteTest, LabelsContrast) {
  EXPECT_EQ(text_colour_on(okabe_ito::kYellow), (Rgb{0, 0, 0}));
  EXPECT_EQ(text_colour_on(okabe_ito::kSkyBlue), (Rgb{0, 0, 0}));
  EXPECT_EQ(text_colour_on(okabe_ito::kBlue), (Rgb{255, 255, 255}));
  EXPECT_EQ(text_colour_on(okabe_ito::kVermillion), (Rgb{255, 255, 255}));
}
