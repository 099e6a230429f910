// asyncio.timeout / timeout_at (timeouts.py, CPython 3.11.7): an async context manager
// that cancels the task when the deadline passes and turns that cancellation into
// TimeoutError on exit. The protocol is explicit (enter / exit) so a VM can drive it
// from `async with`; with_timeout() is the C++ convenience.
#pragma once

#include <optional>

#include "loop/task.h"

namespace loopscope {

class Timeout {
 public:
  enum class State { Created, Entered, Expiring, Expired, Exited };

  // `when`: a loop time, or nullopt for no deadline.
  explicit Timeout(std::optional<double> when) : when_(when) {}
  ~Timeout();
  Timeout(const Timeout&) = delete;
  Timeout& operator=(const Timeout&) = delete;

  std::optional<double> when() const { return when_; }
  // RuntimeError "Cannot change state of <state> Timeout" unless entered.
  void reschedule(std::optional<double> when);
  bool expired() const { return state_ == State::Expiring || state_ == State::Expired; }
  State state() const { return state_; }

  // __aenter__: RuntimeError outside a task.
  void enter();
  // __aexit__ with the exception leaving the block (null if none). Returns the
  // exception to propagate: TimeoutError when this timeout cancelled the task, else
  // `error` unchanged.
  std::exception_ptr exit(std::exception_ptr error);

 private:
  void on_timeout();

  std::optional<double> when_;
  State state_ = State::Created;
  Ref<Handle> timeout_handler_;
  Ref<TaskBase> task_;
  int cancelling_ = 0;
};

// asyncio.timeout(delay): a deadline `delay` seconds from now (nullopt: none).
std::optional<double> deadline_after(std::optional<double> delay);

// `async with asyncio.timeout(delay): return await co`.
template <class T>
Co<T> with_timeout(std::optional<double> delay, Co<T> co) {
  Timeout t(deadline_after(delay));
  t.enter();
  std::exception_ptr error;
  if constexpr (std::is_void_v<T>) {
    try {
      co_await std::move(co);
    } catch (...) {
      error = std::current_exception();
    }
    if (std::exception_ptr out = t.exit(error)) std::rethrow_exception(out);
  } else {
    std::optional<T> value;
    try {
      value.emplace(co_await std::move(co));
    } catch (...) {
      error = std::current_exception();
    }
    if (std::exception_ptr out = t.exit(error)) std::rethrow_exception(out);
    co_return std::move(*value);
  }
}

}  // namespace loopscope
