// asyncio.Timeout, following timeouts.py of CPython 3.11.7.
#include "loop/timeout.h"

namespace loopscope {

namespace {
const char* state_name(Timeout::State s) {
  switch (s) {
    case Timeout::State::Created: return "created";
    case Timeout::State::Entered: return "active";
    case Timeout::State::Expiring: return "expiring";
    case Timeout::State::Expired: return "expired";
    case Timeout::State::Exited: return "finished";
  }
  return "?";
}
}  // namespace

std::optional<double> deadline_after(std::optional<double> delay) {
  if (!delay) return std::nullopt;
  return EventLoop::running().time() + *delay;
}

Timeout::~Timeout() {
  if (timeout_handler_) timeout_handler_->cancel();
}

void Timeout::reschedule(std::optional<double> when) {
  if (state_ != State::Entered)
    throw RuntimeError(std::string("Cannot change state of ") + state_name(state_) + " Timeout");
  when_ = when;
  if (timeout_handler_) timeout_handler_->cancel();
  timeout_handler_ = nullptr;
  if (!when) return;
  EventLoop& loop = EventLoop::running();
  if (*when <= loop.time()) timeout_handler_ = loop.call_soon([this] { on_timeout(); });
  else timeout_handler_ = loop.call_at(*when, [this] { on_timeout(); });
}

void Timeout::enter() {
  state_ = State::Entered;
  TaskBase* task = current_task();
  if (!task) throw RuntimeError("Timeout should be used inside a task");
  task_ = Ref<TaskBase>(task);
  cancelling_ = task->cancelling();
  reschedule(when_);
}

std::exception_ptr Timeout::exit(std::exception_ptr error) {
  if (timeout_handler_) {
    timeout_handler_->cancel();
    timeout_handler_ = nullptr;
  }
  if (state_ == State::Expiring) {
    state_ = State::Expired;
    // No newer cancel requests than ours: the CancelledError is ours to turn into
    // TimeoutError ("raise TimeoutError from exc_val").
    if (task_->uncancel() <= cancelling_ && is_cancelled_error(error)) return std::make_exception_ptr(TimeoutError(""));
  } else if (state_ == State::Entered) {
    state_ = State::Exited;
  }
  return error;
}

void Timeout::on_timeout() {
  task_->cancel();
  state_ = State::Expiring;
  timeout_handler_ = nullptr;
}

}  // namespace loopscope
