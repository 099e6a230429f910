// The Boost.Asio peer of loop_bench.cpp: the same workloads with C++20 coroutines on a
// single-threaded io_context (co_spawn, post, steady_timer, experimental channels).
//   sleep0     a yield is `co_await post(use_awaitable)`
//   timers     real steady_timers (Asio has no virtual clock): the delays are scaled
//              from 0..10 s to 0..10 ms, as for uvloop; the time includes that wait
//   pingpong   two channels of capacity 1
//   semaphore  a channel of capacity 10 used as the permits
#include <boost/asio.hpp>
#include <boost/asio/experimental/channel.hpp>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <random>
#include <vector>

namespace asio = boost::asio;
using asio::awaitable;
using asio::use_awaitable;
using Channel = asio::experimental::channel<void(boost::system::error_code, int)>;

namespace {

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

awaitable<void> ten_yields() {
  for (int i = 0; i < 10; ++i) co_await asio::post(co_await asio::this_coro::executor, use_awaitable);
}

double run_sleep0(int n) {
  asio::io_context io(1);
  auto t0 = std::chrono::steady_clock::now();
  for (int i = 0; i < n; ++i) asio::co_spawn(io, ten_yields(), asio::detached);
  io.run();
  return seconds_since(t0);
}

awaitable<void> sleeper(double seconds) {
  asio::steady_timer timer(co_await asio::this_coro::executor);
  timer.expires_after(std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::duration<double>(seconds)));
  co_await timer.async_wait(use_awaitable);
}

double run_timers(int n) {
  asio::io_context io(1);
  std::mt19937_64 rng(1);
  std::uniform_real_distribution<double> delay(0.0, 10.0);
  auto t0 = std::chrono::steady_clock::now();
  for (int i = 0; i < n; ++i) asio::co_spawn(io, sleeper(delay(rng) * 1e-3), asio::detached);
  io.run();
  return seconds_since(t0);
}

awaitable<void> pinger(Channel& out, Channel& in, int m) {
  for (int i = 0; i < m; ++i) {
    co_await out.async_send(boost::system::error_code{}, i, use_awaitable);
    co_await in.async_receive(use_awaitable);
  }
}
awaitable<void> ponger(Channel& in, Channel& out, int m) {
  for (int i = 0; i < m; ++i) {
    int v = co_await in.async_receive(use_awaitable);
    co_await out.async_send(boost::system::error_code{}, v, use_awaitable);
  }
}

double run_pingpong(int m) {
  asio::io_context io(1);
  Channel a(io, 1), b(io, 1);
  auto t0 = std::chrono::steady_clock::now();
  asio::co_spawn(io, pinger(a, b, m / 2), asio::detached);
  asio::co_spawn(io, ponger(a, b, m / 2), asio::detached);
  io.run();
  return seconds_since(t0);
}

awaitable<void> limited(Channel& permits) {
  co_await permits.async_send(boost::system::error_code{}, 0, use_awaitable);  // acquire
  co_await asio::post(co_await asio::this_coro::executor, use_awaitable);
  permits.try_receive([](boost::system::error_code, int) {});  // release
}

double run_semaphore(int n) {
  asio::io_context io(1);
  Channel permits(io, 10);
  auto t0 = std::chrono::steady_clock::now();
  for (int i = 0; i < n; ++i) asio::co_spawn(io, limited(permits), asio::detached);
  io.run();
  return seconds_since(t0);
}

}  // namespace

int main(int argc, char** argv) {
  int n = 100000, m = 200000, sem_n = 10000;
  if (argc > 1 && !std::strcmp(argv[1], "--quick")) {
    n /= 10;
    m /= 10;
    sem_n /= 10;
  }
  std::printf("sleep0 seconds %.9g\n", run_sleep0(n));
  std::printf("timers seconds %.9g\n", run_timers(n));
  std::printf("pingpong seconds %.9g\n", run_pingpong(m));
  std::printf("semaphore seconds %.9g\n", run_semaphore(sem_n));
  return 0;
}
