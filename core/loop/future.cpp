// FutureBase: states, done callbacks (scheduled with call_soon in registration
// order), retrieving errors, and the "exception was never retrieved" report.
#include "loop/future.h"

#include "loop/task.h"

namespace loopscope {

FutureBase::~FutureBase() {
  // Most futures die with nothing registered and nothing unretrieved: no calls.
  if (waiters_) clear_callbacks();
  if (log_traceback_) report_unretrieved("Future exception was never retrieved");
}

void FutureBase::report_unretrieved(const char* message) {
  if (!log_traceback_ || !stored_exception()) return;
  log_traceback_ = false;
  loop_->call_exception_handler({message, stored_exception(), describe()});
}

// CPython's C futures say just "invalid state" (set_result/set_exception on a done one).
void FutureBase::check_pending(const char*) const {
  if (state_ == State::Pending) return;
  throw InvalidStateError("invalid state");
}

bool FutureBase::cancel(std::string msg) {
  log_traceback_ = false;
  if (state_ != State::Pending) return false;
  state_ = State::Cancelled;
  set_cancel_message(std::move(msg));
  schedule_callbacks();
  return true;
}

void FutureBase::set_cancel_message(std::string msg) {
  if (msg.empty()) {
    if (extras_) extras_->cancel_message.reset();
  } else {
    extras().cancel_message = std::move(msg);
  }
}

// CPython's _make_cancelled_error: the task's own CancelledError the first time, then a
// new one from the cancel message.
std::exception_ptr FutureBase::make_cancelled_error() {
  if (extras_ && extras_->cancelled_exc) return std::exchange(extras_->cancelled_exc, nullptr);
  return std::make_exception_ptr(CancelledError(cancel_message() ? *cancel_message() : ""));
}

void FutureBase::set_cancelled_exc(std::exception_ptr e) {
  if (e || extras_) extras().cancelled_exc = std::move(e);
}

void FutureBase::set_exception(std::exception_ptr e) {
  check_pending("set_exception");
  // CPython accepts any exception here, CancelledError included (gather uses that).
  if (e) extras().exception = std::move(e);
  else if (extras_) extras_->exception = nullptr;
  state_ = State::Finished;
  log_traceback_ = true;
  schedule_callbacks();
}

void FutureBase::mark_finished() {
  state_ = State::Finished;
  schedule_callbacks();
}

std::exception_ptr FutureBase::exception() {
  if (state_ == State::Cancelled) std::rethrow_exception(make_cancelled_error());
  if (state_ != State::Finished) throw InvalidStateError("Exception is not set.");
  log_traceback_ = false;
  return stored_exception();
}

void FutureBase::check_result() {
  if (state_ == State::Cancelled) std::rethrow_exception(make_cancelled_error());
  if (state_ != State::Finished) throw InvalidStateError("Result is not set.");
  log_traceback_ = false;
  if (const std::exception_ptr& e = stored_exception()) std::rethrow_exception(e);
}

std::exception_ptr FutureBase::error_for_waiter() {
  if (state_ == State::Cancelled) return make_cancelled_error();
  log_traceback_ = false;
  return stored_exception();
}

std::vector<FutureBase::CallbackView> FutureBase::callbacks_view() const {
  std::vector<CallbackView> out;
  if (TaskBase* w = single_waiter()) out.push_back({w, nullptr, nullptr});
  if (single_follower()) out.push_back({nullptr, nullptr, nullptr});
  if (CallbackList* list = callback_list())
    for (const DoneCallback& cb : list->items)
      out.push_back({cb.waiter, cb.waiter || cb.follower ? nullptr : &cb.callback, cb.name});
  return out;
}

FutureBase::CallbackList& FutureBase::make_callback_list() {
  if (CallbackList* list = callback_list()) return *list;
  auto list = std::make_unique<CallbackList>();
  if (TaskBase* w = single_waiter()) list->items.push_back({w, nullptr, 0});  // keeps its reference
  if (FutureBase* f = single_follower()) list->items.push_back({nullptr, nullptr, 0, nullptr, f});  // same
  waiters_ = reinterpret_cast<uintptr_t>(list.release()) | kListTag;
  return *callback_list();
}

TaskBase* FutureBase::take_single_waiter() {
  TaskBase* w = single_waiter();
  if (w) waiters_ = 0;
  return w;
}

FutureBase* FutureBase::take_single_follower() {
  FutureBase* f = single_follower();
  if (f) waiters_ = 0;
  return f;
}

std::unique_ptr<FutureBase::CallbackList> FutureBase::take_callback_list() {
  CallbackList* list = callback_list();
  if (list) waiters_ = 0;
  return std::unique_ptr<CallbackList>(list);
}

uint64_t FutureBase::add_done_callback(std::function<void(FutureBase&)> callback, const char* name) {
  uint64_t id = loop_->next_callback_id();
  if (done()) {
    Ref<FutureBase> self(this);
    loop_->call_soon([self, cb = std::move(callback)] { cb(*self); });
    return id;
  }
  make_callback_list().items.push_back({nullptr, std::move(callback), id, name});
  return id;
}

size_t FutureBase::remove_done_callback(uint64_t id) {
  CallbackList* list = callback_list();
  if (!list) return 0;
  size_t before = list->items.size();
  std::erase_if(list->items, [id](const DoneCallback& cb) { return !cb.waiter && !cb.follower && cb.id == id; });
  return before - list->items.size();
}

size_t FutureBase::remove_done_callbacks_if(
    const std::function<bool(const std::function<void(FutureBase&)>&)>& match) {
  CallbackList* list = callback_list();
  if (!list) return 0;
  size_t before = list->items.size();
  std::erase_if(list->items, [&](const DoneCallback& cb) { return !cb.waiter && !cb.follower && match(cb.callback); });
  return before - list->items.size();
}

void FutureBase::add_waiter(TaskBase* task) {
  task->retain();
  if (done()) {
    loop_->schedule_wakeup(task, this);
    return;
  }
  if (!waiters_) {
    waiters_ = reinterpret_cast<uintptr_t>(task);
    return;
  }
  make_callback_list().items.push_back({task, nullptr, 0});  // ids are for callbacks only
}

void FutureBase::add_follower(FutureBase* follower) {
  follower->retain();
  if (done()) {
    notify_follower(follower);
    return;
  }
  if (!waiters_) {
    waiters_ = reinterpret_cast<uintptr_t>(follower) | kFollowerTag;
    return;
  }
  make_callback_list().items.push_back({nullptr, nullptr, 0, nullptr, follower});
}

void FutureBase::remove_waiter(TaskBase* task) {
  if (single_waiter() == task) {
    waiters_ = 0;
    task->release();
    return;
  }
  CallbackList* list = callback_list();
  if (!list) return;
  std::erase_if(list->items, [task](const DoneCallback& cb) {
    if (cb.waiter != task) return false;
    task->release();
    return true;
  });
}

void FutureBase::clear_callbacks() {
  if (TaskBase* w = take_single_waiter()) w->release();
  if (FutureBase* f = take_single_follower()) f->release();
  std::unique_ptr<CallbackList> callbacks = take_callback_list();
  if (!callbacks) return;
  for (DoneCallback& cb : callbacks->items) {
    if (cb.waiter) cb.waiter->release();
    if (cb.follower) cb.follower->release();
  }
}

void FutureBase::schedule_callbacks() {
  // The waiter's reference moves into the ready queue.
  if (TaskBase* w = take_single_waiter()) {
    loop_->schedule_wakeup(w, this);
    return;
  }
  if (FutureBase* f = take_single_follower()) {
    notify_follower(f);
    return;
  }
  std::unique_ptr<CallbackList> callbacks = take_callback_list();
  if (!callbacks) return;
  for (DoneCallback& cb : callbacks->items) {
    if (cb.waiter) {
      loop_->schedule_wakeup(cb.waiter, this);
    } else if (cb.follower) {
      notify_follower(std::exchange(cb.follower, nullptr));
    } else {
      Ref<FutureBase> self(this);
      loop_->call_soon([self, fn = std::move(cb.callback)] { fn(*self); });
    }
  }
}

void FutureBase::notify_follower(FutureBase* follower) {
  // The trace shows every done callback run, and a closed loop refuses the callback
  // with its RuntimeError: both keep the queued callback.
  bool allowed = !loop_->tracing() && !loop_->is_closed();
  if (follower->followed_done_now(*this, allowed)) {
    follower->release();
    return;
  }
  loop_->schedule_notify(Ref<FutureBase>::adopt(follower), this);
}

}  // namespace loopscope
