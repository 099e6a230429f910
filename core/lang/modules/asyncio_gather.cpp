// asyncio.gather's native half: _gather(args, return_exceptions) is CPython 3.11's
// gather (tasks.py: the loop over the arguments, _done_callback, _GatheringFuture)
// without a Python frame per child or per completion, for the common case where
// every argument is a coroutine or a future. For anything else (an object with
// __await__, a wrong type) it returns None and pylib/asyncio.py runs the same
// algorithm in Python, where ensure_future and the arguments' own __hash__/__eq__
// apply as in CPython.
#include "lang/asyncio_native.h"
#include "lang/modules/module_util.h"
#include "lang/objects.h"
#include "lang/runtime_state.h"
#include "lang/vm.h"
#include "loop/event_loop.h"
#include "loop/gather.h"

#include <unordered_map>

namespace loopscope::lang {

namespace {

using PyFuture = FutureState<Value>;

// The CancelledError a cancelled future's result() raises (pylib's _cancelled_error).
Value cancelled_error_of(FutureBase& f) {
  try {
    future_result(&f);
  } catch (...) {
    return current_exception_as_python();
  }
  return make_exception_args(types().CancelledError, {});
}

Value exception_value(const std::exception_ptr& e) {
  try {
    std::rethrow_exception(e);
  } catch (...) {
    return current_exception_as_python();
  }
}

// _GatheringFuture: cancelling it cancels the children; it finishes when they have.
class GatherFuture : public PyFuture {
 public:
  GatherFuture(EventLoop& loop, bool return_exceptions) : PyFuture(loop), return_exceptions_(return_exceptions) {
    set_wait(WaitKind::Gather, 0);
  }

  bool cancel(std::string msg) override {
    if (done()) return false;
    bool any = false;
    for (const auto& child : children_)
      if (child->cancel(msg)) any = true;
    if (any) cancel_requested_ = true;
    return any;
  }

  std::vector<Ref<FutureBase>> children_;  // one per argument, repeats included
  GatherCount count_;

  bool followed_done_now(FutureBase& fut, bool allowed) override { return count_.count_now(fut, allowed, done()); }

  // tasks.py's _done_callback, for each child.
  void followed_done(FutureBase& fut) override {
    count_.callback_runs();
    if (done()) {
      if (!fut.cancelled()) fut.exception();  // marks it retrieved
      return;
    }
    if (!return_exceptions_) {
      if (fut.cancelled()) {
        set_exception(to_loop_exception(cancelled_error_of(fut)));
        return;
      }
      if (std::exception_ptr e = fut.exception()) {
        set_exception(e);
        return;
      }
    }
    if (!count_.all_finished()) return;
    std::vector<Value> results;
    results.reserve(children_.size());
    for (const auto& child : children_) {
      if (child->cancelled()) {
        const std::string* msg = child->cancel_message();
        results.push_back(make_exception_args(types().CancelledError, {new_str(msg ? *msg : std::string())}));
      } else if (std::exception_ptr e = child->exception()) {
        results.push_back(exception_value(e));
      } else {
        results.push_back(future_result(child.get()));
      }
    }
    if (cancel_requested_) {
      set_exception(to_loop_exception(fut.cancelled() ? cancelled_error_of(fut)
                                                      : make_exception_args(types().CancelledError, {})));
    } else {
      set_result(new_list(std::move(results)));
    }
  }

 private:
  bool return_exceptions_;
  bool cancel_requested_ = false;
};

// _gather(args: tuple, return_exceptions) -> the outer future, or None when an
// argument is neither a coroutine nor a future (the Python path takes those).
Value m_gather(Args& a, void*) {
  check_args("_gather", a, 2, 2);
  const std::vector<Value>& args = as<Tuple>(a[0])->items;
  for (const Value& arg : args)
    if (!arg.is_future() && !is_coroutine(arg)) return Value();
  // The running loop; outside one (loop.run_until_complete(gather(...))), the first
  // future's loop, else get_event_loop()'s, as CPython's gather.
  EventLoop* found = EventLoop::current();
  for (size_t i = 0; !found && i < args.size(); ++i)
    if (args[i].is_future()) found = &args[i].as_future()->loop();
  EventLoop& loop = found ? *found : running_or_event_loop();
  // arg_to_fut: coroutines and futures hash and compare by identity.
  std::unordered_map<const void*, Ref<FutureBase>> arg_to_fut;
  arg_to_fut.reserve(args.size());
  std::vector<Ref<FutureBase>> children, distinct;
  children.reserve(args.size());
  for (const Value& arg : args) {
    const void* key = arg.is_future() ? static_cast<const void*>(arg.as_future()) : arg.as_object();
    auto [it, fresh] = arg_to_fut.try_emplace(key);
    if (fresh) {
      it->second = Ref<FutureBase>(arg.is_future() ? arg.as_future() : create_task_value_on(loop, arg).as_future());
      distinct.push_back(it->second);
    }
    children.push_back(it->second);
  }
  // As in CPython the outer future is made after the children.
  Ref<GatherFuture> outer = make_ref<GatherFuture>(loop, truthy(a[1]));
  outer->children_ = std::move(children);
  outer->count_.distinct = distinct.size();
  if (outer->children_.empty()) outer->set_result(new_list());
  for (const auto& fut : distinct) fut->add_follower(outer.get());
  return Value::future(outer.get());
}

}  // namespace

void add_gather_native(Module* m) { add_function(m, "_gather", m_gather); }

}  // namespace loopscope::lang
