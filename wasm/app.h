// The page's timeline app: created once for a canvas by loopscope_create(selector),
// then shared by the entry points that run something on it.
#pragma once

#include "wasm/timeline_app.h"

namespace loopscope::web {

// The app made by loopscope_create, or null before it.
TimelineApp* the_app();

}  // namespace loopscope::web
