// asyncio.sleep's native half: _sleep(delay, result) is the awaitable that
// pylib/asyncio.py's `async def sleep` awaits. CPython's algorithm without a Python
// frame: sleep(0) is one bare yield; sleep(d > 0) waits on a future that a
// call_later timer completes (unless it was cancelled), and the timer is cancelled
// whichever way the wait ends.
#include <cmath>

#include "lang/asyncio_native.h"
#include "lang/modules/module_util.h"
#include "lang/runtime_state.h"
#include "loop/event_loop.h"

namespace loopscope::lang {

namespace {

using PyFuture = FutureState<Value>;

class SleepAwaitable : public NativeAwaitable {
 public:
  SleepAwaitable(Type* t, double delay, Value result) : NativeAwaitable(t), delay_(delay), result_(std::move(result)) {}

  SendResultNative send(Value) override {
    switch (state_) {
      case State::Start: {
        if (delay_ <= 0) {
          state_ = State::Yielded;
          return {true, Value()};  // a bare yield: one loop iteration
        }
        EventLoop& loop = running_loop();
        Ref<PyFuture> fut = make_ref<PyFuture>(loop);
        fut->set_wait(WaitKind::Sleep);
        timer_ = loop.call_later(delay_, [fut, result = result_] {
          if (!fut->done()) fut->set_result(result);
        });
        future_ = Value::future(fut.get());
        state_ = State::Waiting;
        return {true, future_};
      }
      case State::Yielded:
        state_ = State::Done;
        return {false, result_};
      case State::Waiting: {
        state_ = State::Done;
        timer_->cancel();
        return {false, future_result(future_.as_future())};
      }
      case State::Done: break;
    }
    raise(types().RuntimeError, "cannot reuse already awaited coroutine");
  }

  SendResultNative throw_in(const Value& exc) override {
    if (timer_) timer_->cancel();
    state_ = State::Done;
    return SendResultNative::raise(exc);
  }

  std::string name() const override { return "sleep"; }

 private:
  enum class State : uint8_t { Start, Yielded, Waiting, Done };
  double delay_;
  Value result_;
  Value future_;
  Ref<TimerHandle> timer_;
  State state_ = State::Start;
};

Value m_sleep(Args& a, void*) {
  check_args("_sleep", a, 2, 2);
  if (!a[0].is_int() && !a[0].is_float() && !a[0].is_bool() && type_of(a[0]) != types().int_)
    type_error("'<=' not supported between instances of '" + type_name(a[0]) + "' and 'int'");
  double delay = to_double(a[0]);
  if (std::isnan(delay)) delay = 0;  // CPython: nan <= 0 is False, and call_later(nan) fires at once
  return Value::object(new SleepAwaitable(types().sleep_awaitable, delay, a[1]));
}

}  // namespace

void add_sleep_native(Module* m) {
  Types& T = types();
  T.sleep_awaitable = rt().make_native_awaitable_type("sleep");
  add_function(m, "_sleep", m_sleep);
}

}  // namespace loopscope::lang
