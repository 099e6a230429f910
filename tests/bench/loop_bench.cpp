// Loop benchmarks (suite "loop"), the same four workloads as peers/loop_workloads.py,
// peers/loop_workloads.mjs and asio_bench.cpp:
//   sleep0     N tasks each doing `await sleep(0)` ten times, all awaited
//   timers     N tasks sleeping random delays (virtual clock)
//   pingpong   M messages ping-ponged between two tasks through two Queue(maxsize=1)
//   semaphore  N tasks through Semaphore(10), each holding it across a sleep(0)
// plus ns per task switch, heap bytes held per task suspended in sleep (counted by a
// replaced operator new/delete), and sleep0 with tracing compiled out
// (loop_bench_notrace), with no observer and with a counting observer.
// Output: one line per measurement, "workload metric value".
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <malloc.h>
#include <cstring>
#include <new>
#include <random>
#include <string>
#include <vector>

#include "loop/event_loop.h"
#include "loop/gather.h"
#include "loop/queue.h"
#include "loop/semaphore.h"
#include "loop/sleep.h"
#include "loop/small_pool.h"
#include "loop/task.h"

using namespace loopscope;

namespace {
// Bytes held right now: what the allocator gave out (malloc_usable_size, so the
// figure includes its rounding) minus what came back. Reallocated vector buffers are
// counted only while they live. Counting happens only while the memory figure is
// measured (g_counting), so the timed workloads pay nothing for it.
size_t g_live_bytes = 0;
bool g_counting = false;
}  // namespace

void* operator new(size_t n) {
  if (void* p = std::malloc(n)) {
    if (g_counting) g_live_bytes += malloc_usable_size(p);
    return p;
  }
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept {
  if (p && g_counting) g_live_bytes -= malloc_usable_size(p);
  std::free(p);
}
void operator delete(void* p, size_t) noexcept { operator delete(p); }
// The aligned forms too: the loop's pool takes its slabs from them.
void* operator new(size_t n, std::align_val_t align) {
  size_t a = static_cast<size_t>(align);
  if (void* p = std::aligned_alloc(a, (n + a - 1) / a * a)) {
    if (g_counting) g_live_bytes += malloc_usable_size(p);
    return p;
  }
  throw std::bad_alloc();
}
void operator delete(void* p, std::align_val_t) noexcept { operator delete(p); }
void operator delete(void* p, size_t, std::align_val_t) noexcept { operator delete(p); }
// And the slabs the pool maps itself, which operator new never sees.
namespace {
const bool g_mapped_hooks_installed = (small_pool::set_mapped_memory_hooks({
                                           [](size_t n) {
                                             if (g_counting) g_live_bytes += n;
                                             return true;
                                           },
                                           [](size_t n) {
                                             if (g_counting) g_live_bytes -= n;
                                           },
                                       }),
                                       true);
}  // namespace

namespace {

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

Co<void> ten_yields() {
  for (int i = 0; i < 10; ++i) co_await sleep(0);
}

// `await asyncio.gather(*tasks)`, as the Python peer does.
Co<void> await_all(std::vector<Task<void>> tasks) { co_await gather(std::move(tasks)); }

double run_sleep0(int n, TraceObserver* observer) {
  EventLoop loop;
  if (observer) loop.set_observer(observer);
  auto t0 = std::chrono::steady_clock::now();
  loop.run_until_complete([](int n) -> Co<void> {
    std::vector<Task<void>> tasks;
    tasks.reserve(n);
    for (int i = 0; i < n; ++i) tasks.push_back(create_task(ten_yields()));
    co_await await_all(std::move(tasks));
  }(n));
  return seconds_since(t0);
}

// Task switches alone: a few tasks yielding many times, so creating, gathering and
// destroying tasks (which the sleep0 workload's per-step figure includes) is noise.
// `tasks` tasks each doing `yields` times `await sleep(0)`.
Co<void> many_yields(int yields) {
  for (int i = 0; i < yields; ++i) co_await sleep(0);
}

double seconds_per_switch(int tasks, int yields) {
  EventLoop loop;
  auto t0 = std::chrono::steady_clock::now();
  loop.run_until_complete([](int tasks, int yields) -> Co<void> {
    std::vector<Task<void>> started;
    for (int i = 0; i < tasks; ++i) started.push_back(create_task(many_yields(yields)));
    co_await await_all(std::move(started));
  }(tasks, yields));
  return seconds_since(t0) / (double(tasks) * (yields + 1));  // + the first step
}

Co<void> sleeper(double d) { co_await sleep(d); }

double run_timers(int n) {
  EventLoop loop;  // virtual clock
  std::mt19937_64 rng(1);
  std::uniform_real_distribution<double> delay(0.0, 10.0);
  std::vector<double> delays(n);
  for (double& d : delays) d = delay(rng);
  auto t0 = std::chrono::steady_clock::now();
  loop.run_until_complete([](std::vector<double>& delays) -> Co<void> {
    std::vector<Task<void>> tasks;
    tasks.reserve(delays.size());
    for (double d : delays) tasks.push_back(create_task(sleeper(d)));
    co_await await_all(std::move(tasks));
  }(delays));
  return seconds_since(t0);
}

Co<void> pinger(Queue<int>& out, Queue<int>& in, int m) {
  for (int i = 0; i < m; ++i) {
    co_await out.put(i);
    co_await in.get();
  }
}
Co<void> ponger(Queue<int>& in, Queue<int>& out, int m) {
  for (int i = 0; i < m; ++i) co_await out.put(co_await in.get());
}

double run_pingpong(int m) {
  EventLoop loop;
  auto t0 = std::chrono::steady_clock::now();
  loop.run_until_complete([](int m) -> Co<void> {
    Queue<int> a(1), b(1);
    auto p = create_task(pinger(a, b, m / 2));
    auto q = create_task(ponger(a, b, m / 2));
    co_await p;
    co_await q;
  }(m));
  return seconds_since(t0);
}

Co<void> limited(Semaphore& sem) {
  co_await sem.acquire();
  co_await sleep(0);
  sem.release();
}

double run_semaphore(int n) {
  EventLoop loop;
  auto t0 = std::chrono::steady_clock::now();
  loop.run_until_complete([](int n) -> Co<void> {
    Semaphore sem(10);
    std::vector<Task<void>> tasks;
    tasks.reserve(n);
    for (int i = 0; i < n; ++i) tasks.push_back(create_task(limited(sem)));
    co_await await_all(std::move(tasks));
  }(n));
  return seconds_since(t0);
}

// Heap bytes held per task created and suspended in sleep(1.0): task, coroutine
// frame, timer handle and the loop's share of its heap and queues (the vector of
// Task handles is reserved before the count starts). Objects from the loop's
// small-object pool count at their block size (the pool's own count, since earlier
// workloads left free blocks in it); the pool's slabs are left out of the operator
// new count so that nothing is counted twice.
size_t held_bytes() {
  small_pool::Stats pool = small_pool::stats();
  return g_live_bytes - pool.slab_bytes + pool.used_bytes;
}

double bytes_per_sleeping_task(int n) {
  EventLoop loop;
  double per_task = 0;
  loop.run_until_complete([](int n, double& per_task) -> Co<void> {
    std::vector<Task<void>> tasks;
    tasks.reserve(n);
    g_counting = true;
    size_t before = held_bytes();
    for (int i = 0; i < n; ++i) tasks.push_back(create_task(sleeper(1.0 + i * 1e-6)));
    co_await sleep(0.5);  // every task now waits on its timer
    per_task = double(held_bytes() - before) / n;
    g_counting = false;
    co_await await_all(std::move(tasks));
  }(n, per_task));
  return per_task;
}

struct CountingObserver : TraceObserver {
  size_t events = 0;
  void on_event(const TraceEvent&) override { ++events; }
};

void report(const char* workload, const char* metric, double value) {
  std::printf("%s %s %.9g\n", workload, metric, value);
}

}  // namespace

int main(int argc, char** argv) {
  int n = 100000, m = 200000, sem_n = 10000, switch_yields = 1000;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--quick")) {
      n /= 10;
      m /= 10;
      sem_n /= 10;
      switch_yields /= 10;
    }
  }
  double s0 = run_sleep0(n, nullptr);
  report("sleep0", "seconds", s0);
  // Per step of the sleep0 workload, creation and gathering included, ...
  report("sleep0_step", "ns", s0 / (n * 11.0) * 1e9);  // 10 yields + the first step
  // ... and per switch between 1,000 long-lived tasks.
  report("task_switch", "ns", seconds_per_switch(1000, switch_yields) * 1e9);
  CountingObserver observer;
  double with_observer = run_sleep0(n, &observer);
  double without = run_sleep0(n, nullptr);
  report("sleep0_no_observer", "seconds", without);
  report("sleep0_counting_observer", "seconds", with_observer);
  report("timers", "seconds", run_timers(n));
  report("pingpong", "seconds", run_pingpong(m));
  report("semaphore", "seconds", run_semaphore(sem_n));
  double task_bytes = bytes_per_sleeping_task(n);
  report("suspended_task", "bytes", task_bytes);
  // Less than the task object itself means memory escaped the count (an allocation
  // form not replaced above): fail, so the smoke test catches it.
  if (task_bytes < sizeof(CoroTask<void>)) {
    std::fprintf(stderr, "suspended_task: %.1f bytes is less than a task (%zu): the count misses an allocation\n",
                 task_bytes, sizeof(CoroTask<void>));
    return 1;
  }
  return 0;
}
