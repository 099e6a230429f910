// Recorded runs for the timeline suites: the tutorial's three workers (shared with the
// trace suites), a replay that feeds a recorded run into another recorder piece by
// piece (a live run as the UI sees it), and a large run for timing.
#pragma once

#include <chrono>
#include <string>

#include "../core/trace_test_util.h"
#include "trace/recorder.h"

namespace loopscope::ui::testing {

using loopscope::testing::record_tutorial_workers;

// Re-emits records [from, to) of `source` into `target`, as the loop emitted them.
inline void replay(const TraceRecorder& source, TraceRecorder& target, size_t from, size_t to) {
  for (size_t i = from; i < to && i < source.size(); ++i) {
    const TraceRecord& r = source[i];
    TraceEvent e;
    e.time = r.time;
    e.kind = r.kind();
    e.wait = r.wait();
    e.task = r.task;
    e.other = r.other;
    e.line = r.line();
    e.text = source.text(r);
    e.file = source.file(r);
    target.on_event(e);
  }
}

inline Co<void> periodic_worker(int id, int rounds) {
  for (int i = 0; i < rounds; ++i) co_await sleep(0.001 * ((id * 7 + i * 13) % 50 + 1));
}

// `tasks` tasks each sleeping `rounds` times (1..50 ms): about 2 * rounds + 1 spans per
// task. 10'000 x 10 gives some 210k spans.
inline void record_many_tasks(TraceRecorder& recorder, int tasks, int rounds) {
  EventLoop loop;
  loop.set_observer(&recorder);
  auto main_co = [](int tasks, int rounds) -> Co<void> {
    std::vector<Task<void>> all;
    all.reserve(size_t(tasks));
    for (int i = 0; i < tasks; ++i) all.push_back(create_task(periodic_worker(i, rounds)));
    for (auto& t : all) co_await t;
  };
  loop.run_until_complete(main_co(tasks, rounds));
  loop.set_observer(nullptr);
}

inline double elapsed_ms(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - since).count();
}

}  // namespace loopscope::ui::testing
