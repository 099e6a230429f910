// Which Okabe-Ito colour each state and mark gets.
#include "ui/timeline_palette.h"

namespace loopscope::ui {

using namespace okabe_ito;

Rgb span_colour(SpanState state, WaitKind wait) {
  switch (state) {
    case SpanState::Running: return kBlue;
    case SpanState::Ready: return kYellow;
    case SpanState::Sleeping: return kSkyBlue;
    case SpanState::Waiting: return wait == WaitKind::Task ? kReddishPurple : kOrange;
    case SpanState::LoopBusy: return kBluishGreen;
    case SpanState::LoopIdle: return kIdleGrey;
    case SpanState::LoopBlocked: return kVermillion;
    case SpanState::Callback: return kBluishGreen;
    case SpanState::Count: break;
  }
  return kMixedGrey;
}

Rgb mark_colour(MarkKind kind) {
  switch (kind) {
    case MarkKind::Created: return Rgb{0xEE, 0xEE, 0xEE};
    case MarkKind::Done: return kBluishGreen;
    case MarkKind::Failed: return kVermillion;
    case MarkKind::Cancelled: return kYellow;
    case MarkKind::Count: break;
  }
  return kMixedGrey;
}

Rgb text_colour_on(Rgb bg) {
  // Rec. 709 luma of the sRGB values: accurate enough to pick black or white.
  double y = 0.2126 * bg.r + 0.7152 * bg.g + 0.0722 * bg.b;
  return y > 140 ? Rgb{0, 0, 0} : Rgb{0xFF, 0xFF, 0xFF};
}

}  // namespace loopscope::ui
