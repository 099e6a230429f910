// Colours of the timeline: the Okabe-Ito palette (Okabe & Ito, "Color Universal
// Design", 2008), whose eight colours stay distinguishable under the common forms of
// colour blindness. Each span state and mark kind has one; marks also differ in shape
// (see timeline_view.cpp), so nothing relies on colour alone. No ImGui here: colours
// are plain RGB, converted where they are drawn.
#pragma once

#include <cstdint>

#include "trace/event.h"
#include "trace/span_builder.h"

namespace loopscope::ui {

struct Rgb {
  uint8_t r, g, b;
  bool operator==(const Rgb&) const = default;
};

namespace okabe_ito {
inline constexpr Rgb kBlack{0x00, 0x00, 0x00};
inline constexpr Rgb kOrange{0xE6, 0x9F, 0x00};
inline constexpr Rgb kSkyBlue{0x56, 0xB4, 0xE9};
inline constexpr Rgb kBluishGreen{0x00, 0x9E, 0x73};
inline constexpr Rgb kYellow{0xF0, 0xE4, 0x42};
inline constexpr Rgb kBlue{0x00, 0x72, 0xB2};
inline constexpr Rgb kVermillion{0xD5, 0x5E, 0x00};
inline constexpr Rgb kReddishPurple{0xCC, 0x79, 0xA7};
}  // namespace okabe_ito

inline constexpr Rgb kIdleGrey{0x5A, 0x5A, 0x5A};
inline constexpr Rgb kMixedGrey{0xB0, 0xB0, 0xB0};

// Waiting on another task is told apart from waiting on a queue, lock, event...
Rgb span_colour(SpanState state, WaitKind wait = WaitKind::None);
Rgb mark_colour(MarkKind kind);
// Black or white, whichever reads better on `background` (relative luminance).
Rgb text_colour_on(Rgb background);

}  // namespace loopscope::ui
