// The one platform-specific wait of the loop. Natively the thread sleeps; in
// WebAssembly the whole native stack is suspended with Asyncify (emscripten_sleep) and
// resumed by a browser timer, so the page keeps rendering meanwhile.
#pragma once

namespace loopscope {

// Longest single real sleep: waits are sliced so that an interrupt (Stop) or a change
// of clock scale takes effect within this time.
inline constexpr double kMaxSleepSlice = 0.05;

void platform_sleep(double seconds);

}  // namespace loopscope
