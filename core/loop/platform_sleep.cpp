// platform_sleep: std::this_thread::sleep_for natively; in the browser the wasm stack
// is suspended (Asyncify or JSPI, whichever engine the page loaded).
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
// The wasm waits on three kinds of host; the two imports below serve them all:
// - the page's Asyncify engine: Asyncify.handleSleep unwinds the stack and rewinds it
//   when the wait ends (both imports are listed in ASYNCIFY_IMPORTS, core/loop);
// - the page's JSPI engine: the loader wrapped both imports in WebAssembly.Suspending
//   and set Module.loopscopeSuspending, so returning a Promise suspends the wasm stack
//   until it settles (web/src/widget/engine_flavour.js);
// - node without either (the CLI, the wasm test binaries): nothing to draw, so a turn
//   is a no-op and a sleep blocks the thread.
//
// A turn: a zero-delay resume through a MessageChannel, whose message event runs in the
// next task of the page's event loop, after rendering and input, without the 4 ms clamp.
EM_JS(void, loopscope_yield_to_host, (), {
  function waitForTurn(wakeUp) {
    var channel = Module.loopscopeChannel;
    if (!channel) {
      channel = Module.loopscopeChannel = new MessageChannel();
      Module.loopscopeWakeups = [];
      channel.port1.onmessage = function() {
        // Under node an idle port must not keep the process alive (ref/unref are
        // node-only, hence the optional calls).
        if (Module.loopscopeWakeups.length == 1 && channel.port1.unref) channel.port1.unref();
        var wake = Module.loopscopeWakeups.shift();
        Module.loopscopeRunTurns = (Module.loopscopeRunTurns || 0) + 1;  // see timeline_app.cpp
        // A host may hold the run between turns (a widget scrolled out of view).
        if (Module.loopscopeHold) Module.loopscopeHold(wake); else wake();
      };
    }
    if (channel.port1.ref) channel.port1.ref();
    Module.loopscopeWakeups.push(wakeUp);
    channel.port2.postMessage(0);
  }
  if (typeof Asyncify === 'object') return Asyncify.handleSleep(waitForTurn);
  if (Module.loopscopeSuspending) return new Promise(waitForTurn);
});

// Whether a turn suspends the wasm (a page's engine), or is a no-op (node without one).
EM_JS(int, loopscope_host_suspends, (), {
  return (typeof Asyncify === 'object' || Module.loopscopeSuspending) ? 1 : 0;
});

// Whether the page's engine suspends with Asyncify.
EM_JS(int, loopscope_host_is_asyncify, (), {
  return typeof Asyncify === 'object' ? 1 : 0;
});

// A real sleep of `ms` milliseconds: the page keeps running meanwhile, node blocks.
EM_JS(void, loopscope_sleep_on_host, (double ms), {
  function sleep(wakeUp) {
    setTimeout(function() {
      Module.loopscopeRunTurns = (Module.loopscopeRunTurns || 0) + 1;  // see timeline_app.cpp
      wakeUp();
    }, ms);
  }
  if (typeof Asyncify === 'object') return Asyncify.handleSleep(sleep);
  if (Module.loopscopeSuspending) return new Promise(sleep);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
});

namespace {
double last_host_turn_ms = 0;  // emscripten_get_now() when the page last had a turn
double expected_wake_ms = 0;   // platform_expect_wake's moment, emscripten_get_now() ms
unsigned iterations_since_check = 0;
bool host_turns_enabled = true;
}  // namespace

bool platform_set_host_turns(bool enabled) {
  bool old = host_turns_enabled;
  host_turns_enabled = enabled;
  return old;
}

void platform_expect_wake(double seconds) { expected_wake_ms = emscripten_get_now() + seconds * 1000.0; }

double platform_expected_wake_ms() { return expected_wake_ms; }

namespace {
int no_suspension_depth = 0;  // NoSuspension objects alive
double refused_since_ms = 0;  // when a turn was first refused since the last one had, or 0
void note_refused() {
  if (refused_since_ms == 0) refused_since_ms = emscripten_get_now();
}
void note_turn_had() {
  last_host_turn_ms = emscripten_get_now();
  refused_since_ms = 0;
}
}  // namespace

double platform_turns_refused_for() {
  return refused_since_ms == 0 ? 0 : (emscripten_get_now() - refused_since_ms) / 1000.0;
}

NoSuspension::NoSuspension() { ++no_suspension_depth; }
NoSuspension::~NoSuspension() { --no_suspension_depth; }

bool platform_may_suspend() {
  static const bool asyncify = loopscope_host_is_asyncify() != 0;
  if (!asyncify) return true;
  if (no_suspension_depth > 0) return false;
  // Inside a catch clause the C++ runtime holds a caught exception; in a cleanup
  // (a destructor while an exception unwinds) one is still uncaught.
  return std::uncaught_exceptions() == 0 && !std::current_exception();
}

bool platform_yield() {
  if (!platform_may_suspend()) {
    note_refused();
    return false;
  }
  loopscope_yield_to_host();
  note_turn_had();
  return true;
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
#ifndef LOOPSCOPE_ASYNCIFY_BARRIERS  // there platform_may_suspend refuses it anyway
  if (host_turns_enabled && std::uncaught_exceptions() > 0) yield_if_due();
#endif
}
#else
NoSuspension::NoSuspension() {}
NoSuspension::~NoSuspension() {}
bool platform_may_suspend() { return true; }
bool platform_yield() { return false; }
double platform_turns_refused_for() { return 0; }
void platform_maybe_yield() {}
void platform_yield_while_unwinding() noexcept {}
bool platform_set_host_turns(bool) { return false; }
void platform_expect_wake(double) {}
double platform_expected_wake_ms() { return 0; }
#endif

void platform_sleep(double seconds) {
  if (seconds <= 0) return;
#ifdef __EMSCRIPTEN__
  // setTimeout drops the fraction of its delay, so a sleep may end under 1 ms early and
  // the loop sleeps again for the rest: that is a turn (a message), never a timer under
  // 1 ms, which the page would stretch to 4 ms (nested timers: each sleep's timer is
  // set from the last one's callback).
  // (Without a page, a turn is a no-op: node blocks for the rest instead of spinning.)
  double ms = seconds * 1000.0;
  if (!platform_may_suspend()) {
    // The page does not get its turns while this runs (a catch body is short in
    // practice: a report's __repr__, a generator's finally freed by an exception).
    note_refused();
    double end = emscripten_get_now() + ms;
    while (emscripten_get_now() < end) {
    }
    return;
  }
  if (ms < 1 && loopscope_host_suspends())
    loopscope_yield_to_host();
  else
    loopscope_sleep_on_host(ms);
  note_turn_had();
#else
  std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
#endif
}

}  // namespace loopscope
