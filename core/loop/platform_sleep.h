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
// Gives the page a turn now (browser) unless platform_may_suspend() says no; returns
// whether it had one. Natively a no-op (false).
bool platform_yield();
// Whether a turn or a sleep may suspend the run here. Always, but on the page's
// Asyncify engine: it has WebAssembly exceptions, and binaryen's Asyncify cannot
// suspend from inside a catch body (wasm's catch or catch_all, where a C++ catch
// clause runs, and a cleanup: destructors while an exception unwinds); the rewind
// would trap or resume in the wrong place. There, inside a C++ catch clause or while
// an exception is uncaught, a due turn waits for the next chance and a sleep waits
// without suspending (tests/web/suspend_in_handlers.test.mjs).
bool platform_may_suspend();
// How long (seconds) the turns that fell due have been refused (platform_may_suspend)
// since the page last had one; 0 natively, on the JSPI engine and once a turn is had.
// Code run by a destructor or inside a catch clause on the Asyncify engine cannot let
// the page draw or take a Stop, so the run ends itself past a limit
// (lang/program_clock.cpp).
double platform_turns_refused_for();
// While one lives, platform_may_suspend() is false: for code the C++ runtime runs
// where neither test above sees an exception, yet Asyncify cannot suspend. A caught
// exception is destroyed by __cxa_end_catch (inside the wasm catch body) or by the
// last std::exception_ptr, both outside Asyncify's instrumentation (asyncify_remove.txt);
// PyThrow's destructor releases a Python exception there, whose finalizers may run
// Python code (a generator's finally block). On the Asyncify engine
// RefCounted::destroy holds one too (wasm/asyncify_barriers.txt).
class NoSuspension {
 public:
  NoSuspension();
  ~NoSuspension();
  NoSuspension(const NoSuspension&) = delete;
  NoSuspension& operator=(const NoSuspension&) = delete;
};
// While an exception unwinds through many nested native levels (a RecursionError out
// of 500 nested cancels): a turn when kHostTurnInterval has passed since the last one,
// reading the clock at every call (each level's rethrow costs about 0.5 ms in the
// browser's JS-based C++ exceptions). Never throws; natively a no-op, and so on the
// page's Asyncify engine (platform_may_suspend): the JSPI engine's turns only.
void platform_yield_while_unwinding() noexcept;
// Whether platform_maybe_yield gives turns at all (default true). A host that runs
// code synchronously (a test binary under node) turns them off: it has no page, and
// an Asyncify unwind through its whole stack is what a turn costs. Returns the old value.
bool platform_set_host_turns(bool enabled);

}  // namespace loopscope
