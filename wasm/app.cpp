// loopscope_create: the one TimelineApp of the page.
#include "wasm/app.h"

#include <emscripten.h>

#include <memory>

namespace loopscope::web {

namespace {
std::unique_ptr<TimelineApp> g_app;
}

TimelineApp* the_app() { return g_app.get(); }

}  // namespace loopscope::web

extern "C" {

// Binds the timeline to the canvas matching `selector`. Returns 1.
EMSCRIPTEN_KEEPALIVE int loopscope_create(const char* selector) {
  loopscope::web::g_app = std::make_unique<loopscope::web::TimelineApp>(selector);
  return 1;
}

// Spans the timeline holds (the benchmark's check of what a frame draws). Call it
// only between runs.
EMSCRIPTEN_KEEPALIVE double loopscope_span_count() {
  loopscope::web::TimelineApp* app = loopscope::web::the_app();
  return app ? static_cast<double>(app->model().span_count()) : 0;
}

}  // extern "C"
