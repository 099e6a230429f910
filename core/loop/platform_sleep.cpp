// platform_sleep: std::this_thread::sleep_for natively, emscripten_sleep (Asyncify) in
// the browser.
#include "loop/platform_sleep.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>

#include <exception>
#else
#include <chrono>
#include <thread>
#endif

namespace loopscope {

#ifdef __EMSCRIPTEN__
// A zero-delay resume: the message event of a MessageChannel runs in the next task
// of the page's event loop, after rendering and input, without the 4 ms clamp.
EM_JS(void, loopscope_yield_to_host, (), {
  if (typeof Asyncify !== 'object') return;  // a build without Asyncify (the node CLI) has no page to yield to
  Asyncify.handleSleep(function(wakeUp) {
    var channel = Module.loopscopeChannel;
    if (!channel) {
      channel = Module.loopscopeChannel = new MessageChannel();
      Module.loopscopeWakeups = [];
      channel.port1.onmessage = function() {
        // Under node an idle port must not keep the process alive (ref/unref are
        // node-only, hence the optional calls).
        if (Module.loopscopeWakeups.length == 1 && channel.port1.unref) channel.port1.unref();
        var wake = Module.loopscopeWakeups.shift();
        // A host may hold the run between turns (a widget scrolled out of view).
        if (Module.loopscopeHold) Module.loopscopeHold(wake); else wake();
      };
    }
    if (channel.port1.ref) channel.port1.ref();
    Module.loopscopeWakeups.push(wakeUp);
    channel.port2.postMessage(0);
  });
});

// A build linked without Asyncify (the node CLI: nothing to draw, and node's main
// thread may block) sleeps by blocking; a build with it (the page) suspends instead.
// Returns whether it slept.
EM_JS(int, loopscope_block_without_asyncify, (double ms), {
  if (typeof Asyncify === 'object') return 0;
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  return 1;
});

namespace {
double last_host_turn_ms = 0;  // emscripten_get_now() when the page last had a turn
unsigned iterations_since_check = 0;
bool host_turns_enabled = true;
}  // namespace

bool platform_set_host_turns(bool enabled) {
  bool old = host_turns_enabled;
  host_turns_enabled = enabled;
  return old;
}

void platform_yield() {
  loopscope_yield_to_host();
  last_host_turn_ms = emscripten_get_now();
}

namespace {
// A turn when kHostTurnInterval has passed since the last one (the clock is a JS call).
void yield_if_due() {
  double now = emscripten_get_now();
  if (last_host_turn_ms == 0) last_host_turn_ms = now;
  if (now - last_host_turn_ms >= kHostTurnInterval * 1000.0) platform_yield();
}
}  // namespace

void platform_maybe_yield() {
  if (!host_turns_enabled) return;
  if (++iterations_since_check < 32) return;
  iterations_since_check = 0;
  yield_if_due();
}

void platform_yield_while_unwinding() noexcept {
  if (host_turns_enabled && std::uncaught_exceptions() > 0) yield_if_due();
}
#else
void platform_yield() {}
void platform_maybe_yield() {}
void platform_yield_while_unwinding() noexcept {}
bool platform_set_host_turns(bool) { return false; }
#endif

void platform_sleep(double seconds) {
  if (seconds <= 0) return;
#ifdef __EMSCRIPTEN__
  if (!loopscope_block_without_asyncify(seconds * 1000.0))
    emscripten_sleep(static_cast<unsigned>(seconds * 1000.0 + 0.5));
  last_host_turn_ms = emscripten_get_now();
#else
  std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
#endif
}

}  // namespace loopscope
