// The time module on the program's clock (Runtime::clock). In deterministic mode
// (../shared/oracle/vtime.py) monotonic/perf_counter are virtual seconds from 0,
// time() is 1700000000.0 plus them, and sleep() moves the clock without waiting;
// in real time they are the host's clocks and sleep() really waits. Either way a
// sleep inside a running event loop blocks the whole loop, and the trace shows it.
#include <chrono>
#include <cmath>
#include <ctime>

#include "lang/modules/module_util.h"
#include "lang/runtime_state.h"
#include "loop/event_loop.h"

namespace loopscope::lang {

namespace {

constexpr double kVirtualEpoch = 1700000000.0;

double monotonic_seconds() { return rt().clock->now(); }

double wall_seconds() {
  if (rt().options.virtual_time) return kVirtualEpoch + rt().clock->now();
  return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
}

Value to_ns(double seconds) { return Value::integer(static_cast<int64_t>(seconds * 1e9)); }

Value t_time(Args& a, void*) {
  check_args("time", a, 0, 0);
  return Value::floating(wall_seconds());
}
Value t_time_ns(Args& a, void*) {
  check_args("time_ns", a, 0, 0);
  return to_ns(wall_seconds());
}
Value t_monotonic(Args& a, void*) {
  check_args("monotonic", a, 0, 0);
  return Value::floating(monotonic_seconds());
}
Value t_monotonic_ns(Args& a, void*) {
  check_args("monotonic_ns", a, 0, 0);
  return to_ns(monotonic_seconds());
}

Value t_sleep(Args& a, void*) {
  check_args("sleep", a, 1, 1);
  if (!a[0].is_int() && !a[0].is_float() && !a[0].is_bool())
    type_error("'" + type_name(a[0]) + "' object cannot be interpreted as an integer");
  double seconds = to_double(a[0]);
  if (std::isnan(seconds)) value_error("Invalid value NaN (not a number)");
  if (seconds < 0) value_error("sleep length must be non-negative");
  if (EventLoop* loop = EventLoop::current()) {
    loop->block(seconds, "time.sleep");
    loop->check_interrupt();
  } else {
    rt().clock->block(seconds, rt().stop_requested);
  }
  return Value();
}

// strftime(format): the local time of time() (virtual in deterministic mode).
Value t_strftime(Args& a, void*) {
  check_args("strftime", a, 1, 1);
  if (!is_str(a[0])) type_error("strftime() argument 1 must be str, not " + type_name(a[0]));
  std::time_t t = static_cast<std::time_t>(std::floor(wall_seconds()));
  std::tm tm{};
  localtime_r(&t, &tm);
  const std::string& fmt = str_of(a[0]);
  if (fmt.empty()) return new_str("");
  std::string out(256 + fmt.size() * 8, '\0');
  size_t n = std::strftime(out.data(), out.size(), fmt.c_str(), &tm);
  out.resize(n);
  return new_str(out);
}

}  // namespace

void build_time_module(Module* m) {
  add_function(m, "time", t_time);
  add_function(m, "time_ns", t_time_ns);
  add_function(m, "monotonic", t_monotonic);
  add_function(m, "monotonic_ns", t_monotonic_ns);
  add_function(m, "perf_counter", t_monotonic);
  add_function(m, "perf_counter_ns", t_monotonic_ns);
  add_function(m, "sleep", t_sleep);
  add_function(m, "strftime", t_strftime);
}

}  // namespace loopscope::lang
