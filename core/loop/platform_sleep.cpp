// platform_sleep: std::this_thread::sleep_for natively, emscripten_sleep (Asyncify) in
// the browser.
#include "loop/platform_sleep.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#else
#include <chrono>
#include <thread>
#endif

namespace loopscope {

void platform_sleep(double seconds) {
  if (seconds <= 0) return;
#ifdef __EMSCRIPTEN__
  emscripten_sleep(static_cast<unsigned>(seconds * 1000.0 + 0.5));
#else
  std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
#endif
}

}  // namespace loopscope
