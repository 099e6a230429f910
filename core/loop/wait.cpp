// asyncio.wait, wait_for, as_completed and shield, following tasks.py of CPython 3.11.
#include "loop/wait.h"

#include <algorithm>

namespace loopscope {
namespace {

using Waiter = Ref<FutureState<void>>;

// _release_waiter
void release_waiter(const Waiter& waiter) {
  if (!waiter->done()) waiter->set_result();
}

Waiter make_waiter(EventLoop& loop) {
  Waiter w = make_ref<FutureState<void>>(loop);
  w->set_wait(WaitKind::Wait);
  return w;
}

// _cancel_and_wait: cancel `fut` and wait until it is really done.
Co<void> cancel_and_wait(Ref<FutureBase> fut, EventLoop& loop) {
  Waiter waiter = make_waiter(loop);
  uint64_t cb = fut->add_done_callback([waiter](FutureBase&) { release_waiter(waiter); });
  try {
    fut->cancel();
    co_await Future<void>(waiter);
  } catch (...) {
    fut->remove_done_callback(cb);
    throw;
  }
  fut->remove_done_callback(cb);
}

}  // namespace

Co<WaitResult> wait(std::vector<Ref<FutureBase>> fs, std::optional<double> timeout, ReturnWhen return_when) {
  if (fs.empty()) throw ValueError("Set of Tasks/Futures is empty.");
  // fs = set(fs)
  std::vector<Ref<FutureBase>> unique;
  for (auto& f : fs)
    if (std::find(unique.begin(), unique.end(), f) == unique.end()) unique.push_back(f);
  EventLoop& loop = EventLoop::running();

  // _wait
  Waiter waiter = make_waiter(loop);
  Ref<TimerHandle> timeout_handle;
  if (timeout) timeout_handle = loop.call_later(*timeout, [waiter] { release_waiter(waiter); });
  auto counter = std::make_shared<size_t>(unique.size());
  auto on_completion = [waiter, timeout_handle, counter, return_when](FutureBase& f) {
    --*counter;
    if (*counter == 0 || return_when == ReturnWhen::FirstCompleted ||
        (return_when == ReturnWhen::FirstException && !f.cancelled() && f.exception())) {
      if (timeout_handle) timeout_handle->cancel();
      release_waiter(waiter);
    }
  };
  std::vector<uint64_t> ids;
  for (auto& f : unique) ids.push_back(f->add_done_callback(on_completion));
  auto cleanup = [&] {
    if (timeout_handle) timeout_handle->cancel();
    for (size_t i = 0; i < unique.size(); ++i) unique[i]->remove_done_callback(ids[i]);
  };
  try {
    co_await Future<void>(waiter);
  } catch (...) {
    cleanup();
    throw;
  }
  cleanup();
  WaitResult result;
  for (auto& f : unique) (f->done() ? result.done : result.pending).push_back(f);
  co_return result;
}

Co<void> wait_for_future(Ref<FutureBase> fut, std::optional<double> timeout) {
  EventLoop& loop = EventLoop::running();
  if (!timeout) {
    co_await await_done(fut);
    co_return;
  }
  if (*timeout <= 0) {
    if (fut->done()) {
      fut->check_result();
      co_return;
    }
    co_await cancel_and_wait(fut, loop);
    try {
      fut->check_result();
    } catch (const CancelledError&) {
      throw TimeoutError("");  // raise TimeoutError() from exc
    }
    co_return;
  }

  Waiter waiter = make_waiter(loop);
  Ref<TimerHandle> timeout_handle = loop.call_later(*timeout, [waiter] { release_waiter(waiter); });
  uint64_t cb = fut->add_done_callback([waiter](FutureBase&) { release_waiter(waiter); });
  // The try/finally around everything: timeout_handle.cancel().
  struct CancelTimer {
    Ref<TimerHandle> h;
    ~CancelTimer() { h->cancel(); }
  } finally{timeout_handle};

  std::exception_ptr cancelled;
  try {
    co_await Future<void>(waiter);
  } catch (const CancelledError&) {
    cancelled = std::current_exception();
  }
  if (cancelled) {
    // We were cancelled: pass it on to the inner future (unless it finished).
    if (fut->done()) {
      fut->check_result();
      co_return;
    }
    fut->remove_done_callback(cb);
    co_await cancel_and_wait(fut, loop);
    std::rethrow_exception(cancelled);
  }
  if (fut->done()) {
    fut->check_result();
    co_return;
  }
  fut->remove_done_callback(cb);
  co_await cancel_and_wait(fut, loop);
  // In case the task swallowed the cancellation and returned a value:
  try {
    fut->check_result();
  } catch (const CancelledError&) {
    throw TimeoutError("");
  }
}

// --- as_completed -----------------------------------------------------------------------

struct AsCompleted::State {
  std::vector<Ref<FutureBase>> todo;
  std::vector<uint64_t> callback_ids;
  Queue<Ref<FutureBase>> done;  // a null entry: the timeout passed
  Ref<TimerHandle> timeout_handle;
};

AsCompleted::AsCompleted(std::vector<Ref<FutureBase>> fs, std::optional<double> timeout)
    : state_(std::make_shared<State>()) {
  for (auto& f : fs)
    if (std::find(state_->todo.begin(), state_->todo.end(), f) == state_->todo.end()) state_->todo.push_back(f);
  total_ = state_->todo.size();
  std::weak_ptr<State> weak = state_;
  for (auto& f : state_->todo) {
    state_->callback_ids.push_back(f->add_done_callback([weak](FutureBase& done) {
      auto s = weak.lock();
      if (!s || s->todo.empty()) return;
      auto it = std::find_if(s->todo.begin(), s->todo.end(), [&](const auto& t) { return t.get() == &done; });
      if (it == s->todo.end()) return;
      s->callback_ids.erase(s->callback_ids.begin() + (it - s->todo.begin()));
      s->todo.erase(it);
      s->done.put_nowait(Ref<FutureBase>(&done));
      if (s->todo.empty() && s->timeout_handle) s->timeout_handle->cancel();
    }));
  }
  if (!state_->todo.empty() && timeout) {
    state_->timeout_handle = EventLoop::running().call_later(*timeout, [weak] {
      auto s = weak.lock();
      if (!s) return;
      for (size_t i = 0; i < s->todo.size(); ++i) {
        s->todo[i]->remove_done_callback(s->callback_ids[i]);
        s->done.put_nowait(nullptr);
      }
      s->todo.clear();
      s->callback_ids.clear();
    });
  }
}

AsCompleted::~AsCompleted() {
  if (state_->timeout_handle) state_->timeout_handle->cancel();
  for (size_t i = 0; i < state_->todo.size(); ++i) state_->todo[i]->remove_done_callback(state_->callback_ids[i]);
}

Co<Ref<FutureBase>> AsCompleted::next() {
  std::shared_ptr<State> s = state_;
  Ref<FutureBase> f = co_await s->done.get();
  if (!f) throw TimeoutError("");
  co_return f;
}

// --- shield -------------------------------------------------------------------------------

Ref<FutureBase> shield(Ref<FutureBase> inner) {
  if (inner->done()) return inner;
  auto outer = make_ref<FutureState<void>>(inner->loop());
  outer->set_wait(inner->wait_kind(), inner->wait_object());
  uint64_t inner_cb = inner->add_done_callback([outer](FutureBase& in) {
    if (outer->cancelled()) {
      if (!in.cancelled()) in.exception();  // mark it retrieved
      return;
    }
    if (in.cancelled()) {
      outer->cancel();
    } else if (std::exception_ptr e = in.exception()) {
      outer->set_exception(e);
    } else {
      outer->set_result();  // the caller reads the value from `inner`
    }
  });
  outer->add_done_callback([inner, inner_cb](FutureBase&) {
    if (!inner->done()) inner->remove_done_callback(inner_cb);
  });
  return outer;
}

}  // namespace loopscope
