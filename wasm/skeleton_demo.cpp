// The walking skeleton's entry points: a C++ version of the tutorial's three workers
// (Alpha 2.0 s, Beta 1.0 s, Gamma 1.5 s) run on the real clock in the browser while
// the timeline draws it live, and two measurements of the browser wait. JS calls
// these with ccall(..., {async: true}): they suspend (Asyncify) while the loop waits.
#include <emscripten.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "loop/gather.h"
#include "loop/platform_sleep.h"
#include "loop/sleep.h"
#include "loop/task.h"
#include "wasm/timeline_app.h"

using namespace loopscope;

namespace {

std::unique_ptr<web::TimelineApp> g_app;

void say(EventLoop& loop, const std::string& text) {
  std::printf("[%.1f] %s\n", loop.time(), text.c_str());
  std::fflush(stdout);
}

Co<std::string> worker(std::string name, double work_time) {
  EventLoop& loop = EventLoop::running();
  say(loop, "Worker " + name + ": Starting work");
  co_await sleep(0);
  char line[96];
  std::snprintf(line, sizeof line, "Worker %s: About to wait for %.1fs", name.c_str(), work_time);
  say(loop, line);
  co_await sleep(work_time);
  say(loop, "Worker " + name + ": Work completed!");
  co_return "Worker " + name + " result";
}

Co<std::vector<std::string>> coordinator() {
  EventLoop& loop = EventLoop::running();
  say(loop, "Coordinator: Starting all workers");
  std::vector<Task<std::string>> tasks;
  tasks.push_back(create_task(worker("Alpha", 2.0), "Alpha"));
  tasks.push_back(create_task(worker("Beta", 1.0), "Beta"));
  tasks.push_back(create_task(worker("Gamma", 1.5), "Gamma"));
  std::vector<std::string> results = co_await gather(std::move(tasks));
  say(loop, "Coordinator: All workers finished");
  co_return results;
}

}  // namespace

extern "C" {

// Binds the timeline to the canvas matching `selector`. Returns 1.
EMSCRIPTEN_KEEPALIVE int loopscope_create(const char* selector) {
  g_app = std::make_unique<web::TimelineApp>(selector);
  return 1;
}

// Runs the three workers on the real clock; returns 0 when the results are right.
EMSCRIPTEN_KEEPALIVE int loopscope_run_demo() {
  if (!g_app) return 2;
  g_app->reset();
  EventLoop loop(std::make_unique<RealClock>());
  loop.set_observer(&g_app->recorder());
  g_app->set_live_loop(&loop);
  g_app->set_status("running: three workers on the browser's clock");
  auto results = loop.run_until_complete(coordinator());
  std::printf("\nTotal execution time: %.2f seconds\n", loop.time());
  std::printf("Results: ['%s', '%s', '%s']\n", results[0].c_str(), results[1].c_str(), results[2].c_str());
  std::fflush(stdout);
  g_app->run_finished();
  loop.set_observer(nullptr);
  g_app->set_status("done: three workers, " + std::to_string(g_app->recorder().size()) + " events");
  return results.size() == 3 && results[1] == "Worker Beta result" ? 0 : 1;
}

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
