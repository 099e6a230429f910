// The time module on the program's clock (Runtime::clock). In deterministic mode
// (../shared/oracle/vtime.py) monotonic/perf_counter are virtual seconds from 0,
// time() is 1700000000.0 plus them, and sleep() moves the clock without waiting;
// in real time they are the host's clocks and sleep() really waits. Either way a
// sleep inside a running event loop blocks the whole loop, and the trace shows it.
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <vector>

#include "lang/interp_state.h"
#include "lang/modules/module_util.h"
#include "lang/numeric.h"
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

// --- calendar time: localtime, gmtime, mktime, strftime, asctime, ctime ---------------
// Seconds default to time() (virtual in deterministic mode); local time is the host's
// time zone, as CPython's on the same machine.

std::time_t seconds_arg(Args& a, size_t i) {
  if (a.n <= i || a[i].is_none()) return static_cast<std::time_t>(std::floor(wall_seconds()));
  if (!a[i].is_int() && !a[i].is_float() && !is_int_like(a[i]))
    type_error("'" + type_name(a[i]) + "' object cannot be interpreted as an integer");
  double s = to_double(a[i]);
  if (std::isnan(s)) value_error("Invalid value NaN (not a number)");
  return static_cast<std::time_t>(std::floor(s));
}

// The time zone's name as CPython shows it (tm_zone, %Z). Emscripten names zones by
// their long JavaScript names ("Coordinated Universal Time"); UTC is called UTC there.
std::string zone_name(const std::tm& tm, bool local) {
#if defined(__unix__) || defined(__EMSCRIPTEN__)
#ifdef __EMSCRIPTEN__
  if (tm.tm_gmtoff == 0) return "UTC";
#endif
  if (tm.tm_zone) return tm.tm_zone;
#endif
  return local ? "" : "UTC";
}

Value struct_time_of(const std::tm& tm, bool local) {
  std::vector<Value> fields = {Value::integer(tm.tm_year + 1900), Value::integer(tm.tm_mon + 1),
                               Value::integer(tm.tm_mday), Value::integer(tm.tm_hour),
                               Value::integer(tm.tm_min), Value::integer(tm.tm_sec),
                               Value::integer((tm.tm_wday + 6) % 7), Value::integer(tm.tm_yday + 1),
                               Value::integer(tm.tm_isdst > 0 ? 1 : 0)};
  Value cls = get_attr(import_module("_time_struct", true), intern_str("struct_time"));
  Value zone = new_str(zone_name(tm, local));
#if defined(__unix__) || defined(__EMSCRIPTEN__)
  Value gmtoff = Value::integer(tm.tm_gmtoff);
#else
  Value gmtoff = Value::integer(0);
#endif
  return call(cls, {new_tuple(std::move(fields)), zone, gmtoff});
}

// A struct_time or 9-tuple as a std::tm (for strftime, asctime, mktime).
std::tm tm_of(const Value& t, const char* fname) {
  std::vector<Value> items = to_vector(t);
  if (items.size() != 9) type_error(std::string(fname) + "(): illegal time tuple argument");
  auto field = [&](size_t i) { return static_cast<int>(index_of(items[i])); };
  std::tm tm{};
  tm.tm_year = field(0) - 1900;
  tm.tm_mon = field(1) - 1;
  tm.tm_mday = field(2);
  tm.tm_hour = field(3);
  tm.tm_min = field(4);
  tm.tm_sec = field(5);
  tm.tm_wday = (field(6) + 1) % 7;
  tm.tm_yday = field(7) - 1;
  tm.tm_isdst = field(8);
  return tm;
}

// localtime([secs]) and gmtime([secs]).
Value calendar_time(Args& a, const char* fname, bool local) {
  check_args(fname, a, 0, 1);
  std::time_t t = seconds_arg(a, 0);
  std::tm tm{};
  if (local) localtime_r(&t, &tm);
  else gmtime_r(&t, &tm);
  return struct_time_of(tm, local);
}

// A struct_time or 9-tuple argument a[i], else the local time of time().
std::tm tm_arg(Args& a, size_t i, const char* fname) {
  if (a.n > i && !a[i].is_none()) return tm_of(a[i], fname);
  std::time_t t = seconds_arg(a, a.n);  // past the arguments: time()
  std::tm tm{};
  localtime_r(&t, &tm);
  return tm;
}

Value t_localtime(Args& a, void*) { return calendar_time(a, "localtime", true); }
Value t_gmtime(Args& a, void*) { return calendar_time(a, "gmtime", false); }

Value t_mktime(Args& a, void*) {
  check_args("mktime", a, 1, 1);
  std::tm tm = tm_of(a[0], "mktime");
  std::time_t t = std::mktime(&tm);
  if (t == static_cast<std::time_t>(-1)) raise(types().OverflowError, "mktime argument out of range");
  return Value::floating(static_cast<double>(t));
}

// strftime(format[, t]): t (a struct_time or 9-tuple) or the local time of time().
Value t_strftime(Args& a, void*) {
  check_args("strftime", a, 1, 2);
  if (!is_str(a[0])) type_error("strftime() argument 1 must be str, not " + type_name(a[0]));
  std::tm tm = tm_arg(a, 1, "strftime");
  std::string fmt = str_of(a[0]);
  if (fmt.empty()) return new_str("");
  // %Z as tm_zone would say it (the C library's name differs under emscripten).
  if (a.n == 1) {
    std::string zone = zone_name(tm, true), with_zone;
    for (size_t i = 0; i < fmt.size(); ++i) {
      if (fmt[i] == '%' && i + 1 < fmt.size()) {
        if (fmt[i + 1] == 'Z') {
          for (char c : zone) with_zone += c == '%' ? std::string("%%") : std::string(1, c);
        } else {
          with_zone += fmt.substr(i, 2);
        }
        ++i;
      } else {
        with_zone += fmt[i];
      }
    }
    fmt = with_zone;
  }
  std::string out(256 + fmt.size() * 8, '\0');
  size_t n = std::strftime(out.data(), out.size(), fmt.c_str(), &tm);
  out.resize(n);
  return new_str(out);
}

// asctime([t]) and ctime([secs]): "Tue Nov 14 22:13:20 2023", as CPython pads them.
std::string asctime_of(const std::tm& tm) {
  static const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s %s %2d %02d:%02d:%02d %d", kDays[((tm.tm_wday % 7) + 7) % 7],
                kMonths[((tm.tm_mon % 12) + 12) % 12], tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                tm.tm_year + 1900);
  return buf;
}

Value t_asctime(Args& a, void*) {
  check_args("asctime", a, 0, 1);
  return new_str(asctime_of(tm_arg(a, 0, "asctime")));
}

Value t_ctime(Args& a, void*) {
  check_args("ctime", a, 0, 1);
  std::time_t t = seconds_arg(a, 0);
  std::tm tm{};
  localtime_r(&t, &tm);
  return new_str(asctime_of(tm));
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
  add_function(m, "localtime", t_localtime);
  add_function(m, "gmtime", t_gmtime);
  add_function(m, "mktime", t_mktime);
  add_function(m, "asctime", t_asctime);
  add_function(m, "ctime", t_ctime);
  m->dict->set_str("struct_time", get_attr(import_module("_time_struct", true), intern_str("struct_time")));
}

}  // namespace loopscope::lang
