// The one platform-specific wait of the loop. Natively the thread sleeps; in the
// browser the whole wasm stack is suspended (Asyncify or JSPI, platform_sleep.cpp) and
// resumed by a browser timer, so the page keeps rendering meanwhile.
#pragma once

namespace loopscope {

// Longest single real sleep: waits are sliced so that an interrupt (Stop) or a change
// of clock scale takes effect within this time.
inline constexpr double kMaxSleepSlice = 0.05;

void platform_sleep(double seconds);

// The loop's next timer is due `seconds` of real time from now (its wait may take
// several sleeps). The browser's frame loop avoids drawing over that moment
// (wasm/timeline_app.cpp): a frame holds the page's thread, and the timer that ends
// the sleep would fire only after it. Natively nothing uses it.
void platform_expect_wake(double seconds);
// emscripten_get_now() milliseconds at which the run expects to wake; 0 natively or
// before any real wait.
double platform_expected_wake_ms();

// Called by the loop before each iteration that has ready work. In the browser, when
// the page has not had a turn for kHostTurnInterval, it gets one: the stack is
// suspended (Asyncify or JSPI) and resumed through a MessageChannel message, which, unlike
// setTimeout(0), is never clamped to 4 ms. Natively a no-op.
inline constexpr double kHostTurnInterval = 0.02;
void platform_maybe_yield();
// Gives the page a turn now (browser); natively a no-op. For tests and benchmarks.
void platform_yield();
// While an exception unwinds through many nested native levels (a RecursionError out
// of 500 nested cancels): a turn when kHostTurnInterval has passed since the last one,
// reading the clock at every call (each level's rethrow costs about 0.5 ms in the
// browser's JS-based C++ exceptions). Never throws; natively a no-op.
void platform_yield_while_unwinding() noexcept;
// Whether platform_maybe_yield gives turns at all (default true). A host that runs
// code synchronously (a test binary under node) turns them off: it has no page, and
// an Asyncify unwind through its whole stack is what a turn costs. Returns the old value.
bool platform_set_host_turns(bool enabled);

}  // namespace loopscope
