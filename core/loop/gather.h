// asyncio.gather (tasks.py, 3.11): one future that completes when all of its children
// have, with their results in argument order; the first failure (unless
// return_exceptions) completes it early while the others keep running; cancelling it
// cancels every child. GatheringFuture is the type-erased mechanism (the VM passes any
// futures); gather() over C++ tasks is a thin typed layer that reads each child's result.
#pragma once

#include <exception>
#include <vector>

#include "loop/task.h"

namespace loopscope {

// What a gather counts of its children, for both gathers (GatheringFuture below and
// the VM's _GatheringFuture). A child that finished with a result, when it is not the
// last child and no other child's done callback is queued, is counted at once instead
// of through a queued callback that would only count it: nothing a program sees
// changes (the outer future completes, or fails, in the callback of the child that
// decides it, at the same place in the ready queue), and a gather of 10k tasks queues
// 10k callbacks fewer. With a callback queued, a child counted early would make that
// one decide too soon.
struct GatherCount {
  size_t distinct = 0;          // children, a repeated one once
  size_t finished = 0;          // children done, counted
  size_t queued_callbacks = 0;  // done callbacks queued and not yet run
  // followed_done_now of an outer future (done: it is already).
  bool count_now(const FutureBase& child, bool allowed, bool done) {
    if (allowed && queued_callbacks == 0 && !done && child.has_result() && finished + 1 < distinct) {
      ++finished;
      return true;
    }
    ++queued_callbacks;
    return false;
  }
  // At the start of followed_done (tasks.py's _done_callback).
  void callback_runs() {
    if (queued_callbacks) --queued_callbacks;
    ++finished;
  }
  bool all_finished() const { return finished == distinct; }
};

class GatheringFuture : public FutureState<void> {
 public:
  // Registers on every child (a child listed twice counts once, as in CPython).
  static Ref<GatheringFuture> start(EventLoop& loop, std::vector<Ref<FutureBase>> children, bool return_exceptions);

  GatheringFuture(EventLoop& loop, std::vector<Ref<FutureBase>> children, bool return_exceptions);
  // _GatheringFuture.cancel: cancels the children, not itself.
  bool cancel(std::string msg = {}) override;
  const std::vector<Ref<FutureBase>>& children() const { return children_; }

 private:
  // tasks.py's _done_callback, for each child.
  void followed_done(FutureBase& child) override;
  bool followed_done_now(FutureBase& child, bool allowed) override;

  std::vector<Ref<FutureBase>> children_;
  GatherCount count_;
  bool return_exceptions_;
  bool cancel_requested_ = false;
};

// One child's outcome with return_exceptions: a value or the exception it raised
// (CancelledError for a cancelled child).
template <class T>
struct Outcome {
  std::optional<T> value;
  std::exception_ptr error;
};
template <>
struct Outcome<void> {
  std::exception_ptr error;
};

namespace detail {
template <class T>
std::vector<Ref<FutureBase>> as_futures(const std::vector<Task<T>>& tasks) {
  std::vector<Ref<FutureBase>> out;
  out.reserve(tasks.size());
  for (const Task<T>& t : tasks) out.emplace_back(t.state().get());
  return out;
}
}  // namespace detail

// `results = await asyncio.gather(*tasks)`.
template <class T>
Co<std::vector<T>> gather(std::vector<Task<T>> tasks) {
  auto outer = GatheringFuture::start(EventLoop::running(), detail::as_futures(tasks), false);
  co_await Future<void>(outer);
  std::vector<T> results;
  results.reserve(tasks.size());
  for (auto& t : tasks) results.push_back(t->result());
  co_return results;
}
inline Co<void> gather(std::vector<Task<void>> tasks) {
  auto outer = GatheringFuture::start(EventLoop::running(), detail::as_futures(tasks), false);
  co_await Future<void>(outer);
}
// Coroutines are wrapped in tasks first, in argument order (ensure_future).
template <class T>
auto gather(std::vector<Co<T>> coros) {
  std::vector<Task<T>> tasks;
  for (auto& c : coros) tasks.push_back(create_task(std::move(c)));
  return gather(std::move(tasks));
}

// `await asyncio.gather(*tasks, return_exceptions=True)`.
template <class T>
Co<std::vector<Outcome<T>>> gather_outcomes(std::vector<Task<T>> tasks) {
  auto outer = GatheringFuture::start(EventLoop::running(), detail::as_futures(tasks), true);
  co_await Future<void>(outer);
  std::vector<Outcome<T>> results(tasks.size());
  for (size_t i = 0; i < tasks.size(); ++i) {
    try {
      if constexpr (std::is_void_v<T>) tasks[i]->result();
      else results[i].value = tasks[i]->result();
    } catch (...) {
      results[i].error = std::current_exception();
    }
  }
  co_return results;
}

}  // namespace loopscope
