// asyncio.wait, wait_for, as_completed and shield (tasks.py, CPython 3.11; wait_for is
// 3.11's own implementation, not 3.12's timeout-based one). Each works on FutureBase, so
// a VM can pass any future; the C++ conveniences read typed results from the tasks.
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "loop/queue.h"
#include "loop/task.h"

namespace loopscope {

enum class ReturnWhen { FirstCompleted, FirstException, AllCompleted };

struct WaitResult {
  std::vector<Ref<FutureBase>> done;     // in the order given
  std::vector<Ref<FutureBase>> pending;  // in the order given
};

// `done, pending = await asyncio.wait(fs, timeout=..., return_when=...)`.
// ValueError for an empty set. Never raises TimeoutError.
Co<WaitResult> wait(std::vector<Ref<FutureBase>> fs, std::optional<double> timeout = std::nullopt,
                    ReturnWhen return_when = ReturnWhen::AllCompleted);

// Waits until `fut` is done or `timeout` passes; on timeout cancels it, waits for
// the cancellation to finish and raises TimeoutError. Cancelling the caller cancels
// `fut` too. The caller reads the result from `fut` afterwards (see wait_for below).
Co<void> wait_for_future(Ref<FutureBase> fut, std::optional<double> timeout);

// `await asyncio.wait_for(task, timeout)`.
template <class T>
Co<T> wait_for(Task<T> task, std::optional<double> timeout) {
  co_await wait_for_future(Ref<FutureBase>(task.state().get()), timeout);
  co_return task->result();
}
template <class T>
Co<T> wait_for(Co<T> co, std::optional<double> timeout) {
  return wait_for(create_task(std::move(co)), timeout);
}

// asyncio.as_completed(fs, timeout=...): next() returns the futures in the order they
// finish; after the timeout every further next() raises TimeoutError.
class AsCompleted {
 public:
  AsCompleted(std::vector<Ref<FutureBase>> fs, std::optional<double> timeout = std::nullopt);
  ~AsCompleted();
  AsCompleted(const AsCompleted&) = delete;
  AsCompleted& operator=(const AsCompleted&) = delete;

  // How many next() calls there are (len(todo) at the start).
  size_t size() const { return total_; }
  // _wait_for_one: the next finished future (the caller reads its result).
  Co<Ref<FutureBase>> next();

 private:
  struct State;
  std::shared_ptr<State> state_;
  size_t total_ = 0;
};

// Protects `inner` from the caller's cancellation: the returned future is cancelled,
// `inner` keeps running. If `inner` is already done it is returned as is.
Ref<FutureBase> shield(Ref<FutureBase> inner);

// `await asyncio.shield(task)`.
template <class T>
Co<T> shielded(Task<T> task) {
  Ref<FutureBase> outer = shield(Ref<FutureBase>(task.state().get()));
  co_await await_done(outer);
  co_return task->result();
}

}  // namespace loopscope
