// asyncio.gather's _GatheringFuture and _done_callback, as in tasks.py of CPython 3.11.
#include "loop/gather.h"

#include <vector>

namespace loopscope {

GatheringFuture::GatheringFuture(EventLoop& loop, std::vector<Ref<FutureBase>> children, bool return_exceptions)
    : FutureState<void>(loop), children_(std::move(children)), return_exceptions_(return_exceptions) {
  set_wait(WaitKind::Gather);
}

Ref<GatheringFuture> GatheringFuture::start(EventLoop& loop, std::vector<Ref<FutureBase>> children,
                                            bool return_exceptions) {
  auto outer = make_ref<GatheringFuture>(loop, std::move(children), return_exceptions);
  if (outer->children_.empty()) {
    outer->set_result();
    return outer;
  }
  // A future passed twice gets one callback (as CPython's arg_to_fut): each child is
  // marked when registered, and the marks come off again before returning.
  struct Unmark {
    const std::vector<Ref<FutureBase>>& kids;
    ~Unmark() {
      for (const auto& child : kids) child->gather_mark_ = false;
    }
  } unmark{outer->children_};
  for (const auto& child : outer->children_) {
    if (child->gather_mark_) continue;
    child->gather_mark_ = true;
    ++outer->count_.distinct;
    // Each registration keeps the outer future alive until that child is done.
    child->add_follower(outer.get());
  }
  return outer;
}

bool GatheringFuture::cancel(std::string msg) {
  if (done()) return false;
  bool any = false;
  for (const auto& child : children_)
    if (child->cancel(msg)) any = true;
  if (any) cancel_requested_ = true;  // the result becomes a CancelledError
  return any;
}

bool GatheringFuture::followed_done_now(FutureBase& child, bool allowed) {
  return count_.count_now(child, allowed, done());
}

void GatheringFuture::followed_done(FutureBase& child) {
  count_.callback_runs();
  // child.exception() on a child that is not cancelled only marks it retrieved (it
  // is done): that flag is cleared directly, with no exception_ptr copied.
  if (done()) {
    if (!child.cancelled()) child.log_traceback_ = false;
    return;
  }
  if (!return_exceptions_) {
    if (child.cancelled()) {
      set_exception(child.error_for_waiter());
      return;
    }
    child.log_traceback_ = false;
    if (const std::exception_ptr& e = child.stored_exception()) {
      set_exception(e);
      return;
    }
  }
  if (count_.all_finished()) {
    if (cancel_requested_) {
      // exc = fut._make_cancelled_error() of the last child to finish
      set_exception(child.cancelled() ? child.error_for_waiter()
                                      : std::make_exception_ptr(CancelledError("")));
      return;
    }
    for (const auto& c : children_)
      if (!c->cancelled()) c->log_traceback_ = false;  // results are read by the caller; mark retrieved
    set_result();
  }
}

}  // namespace loopscope
