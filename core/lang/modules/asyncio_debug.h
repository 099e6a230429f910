// asyncio's debug mode for programs (loop.set_debug, asyncio.run(debug=True)): what
// the loop reports of a slow callback or task step, and where the program scheduled a
// callback. Rarely run, so compiled for size in WebAssembly (LANG_COLD_SOURCES).
#pragma once

#include "loop/event_loop.h"

namespace loopscope::lang {

// The loops' SlowCallback reporter: "Executing <Task ...> took 0.300 seconds".
void report_slow_callback(EventLoop& loop, const SlowCallback& slow);
// The program's line scheduling a callback now, for its repr in debug mode.
int scheduling_line(EventLoop& loop);

}  // namespace loopscope::lang
