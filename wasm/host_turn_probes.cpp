// Measurements of the browser wait for the tests and benchmarks: how long a host turn
// (the yield of long ready work) takes and how long 1,000 sleep(0) take on the real
// clock. JS calls these with ccall(..., {async: true}): they suspend (Asyncify).
#include <emscripten.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "loop/platform_sleep.h"
#include "loop/sleep.h"
#include "loop/task.h"

using namespace loopscope;

extern "C" {

// The median milliseconds of n host turns (the wait used when ready work runs long).
// The median, because some turns rightly include a frame the page draws meanwhile;
// a clamped wait (setTimeout(0) after nesting) would make every turn >= 4 ms.
EMSCRIPTEN_KEEPALIVE double loopscope_measure_host_turns(int n) {
  std::vector<double> turns(static_cast<size_t>(n));
  for (double& turn : turns) {
    double t0 = emscripten_get_now();
    platform_yield();
    turn = emscripten_get_now() - t0;
  }
  std::nth_element(turns.begin(), turns.begin() + n / 2, turns.end());
  return n > 0 ? turns[static_cast<size_t>(n / 2)] : 0.0;
}

// Milliseconds for one task doing n sleep(0) on the real clock.
EMSCRIPTEN_KEEPALIVE double loopscope_measure_sleep0(int n) {
  EventLoop loop(std::make_unique<RealClock>());
  double t0 = emscripten_get_now();
  loop.run_until_complete([](int count) -> Co<void> {
    for (int i = 0; i < count; ++i) co_await sleep(0);
  }(n));
  return emscripten_get_now() - t0;
}

}  // extern "C"
