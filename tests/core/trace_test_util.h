// Recorded runs shared by the trace suites: the tutorial's three workers (Alpha 2.0 s,
// Beta 1.0 s, Gamma 1.5 s) awaited one by one by a coordinator, on the virtual clock.
#pragma once

#include <string>

#include "loop/event_loop.h"
#include "loop/sleep.h"
#include "loop/task.h"
#include "trace/recorder.h"

namespace loopscope::testing {

// The Python it mirrors (../shared/oracle/vtime.py prints "done Beta 1.0",
// "done Gamma 1.5", "done Alpha 2.0", then "awaited Alpha 2.0", "awaited Beta 2.0",
// "awaited Gamma 2.0"):
//   async def worker(name, work_time):
//       await asyncio.sleep(0)
//       await asyncio.sleep(work_time)
//       return name
//   async def coordinator():
//       tasks = [asyncio.create_task(worker(n, d), name=n)
//                for n, d in (("Alpha", 2.0), ("Beta", 1.0), ("Gamma", 1.5))]
//       for t in tasks:
//           print("awaited", await t, loop.time())
inline Co<std::string> tutorial_worker(std::string name, double work_time) {
  co_await sleep(0);
  co_await sleep(work_time);
  co_return name;
}

inline Co<void> tutorial_coordinator() {
  auto alpha = create_task(tutorial_worker("Alpha", 2.0), "Alpha");
  auto beta = create_task(tutorial_worker("Beta", 1.0), "Beta");
  auto gamma = create_task(tutorial_worker("Gamma", 1.5), "Gamma");
  co_await alpha;
  co_await beta;
  co_await gamma;
}

// Records the workers run: task 1 is the coordinator, 2..4 Alpha, Beta, Gamma.
inline void record_tutorial_workers(TraceRecorder& recorder) {
  EventLoop loop;
  loop.set_observer(&recorder);
  loop.run_until_complete(tutorial_coordinator());
  loop.set_observer(nullptr);
}

}  // namespace loopscope::testing
