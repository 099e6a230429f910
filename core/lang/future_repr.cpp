// CPython's reprs of futures and tasks (base_futures._future_repr_info and
// base_tasks._task_repr_info): state, name, coroutine, what the task waits for,
// outcome, done callbacks.
//   <Task pending name='Task-2' coro=<worker() running at x.py:5> wait_for=<Future pending
//   cb=[Task.task_wakeup()]>> <Future finished result=1>
#include "lang/asyncio_native.h"
#include "lang/repr.h"
#include "lang/runtime_state.h"
#include "lang/short_repr.h"
#include "lang/vm.h"

namespace loopscope::lang {

namespace {

std::string coro_text(VmTask* t) {
  const Value& coro = t->coro();
  if (!coro.is_object()) return "";
  if (type_of(coro)->native_awaitable) return static_cast<NativeAwaitable*>(coro.as_object())->task_repr(t->done());
  auto* g = as<Generator>(coro);
  if (g->frame) return g->qualname + "() running at " + g->code->filename + ":" + std::to_string(Vm::own_line(g));
  return g->qualname + "() done, defined at " + g->code->filename + ":" + std::to_string(g->code->first_line);
}

// _format_callbacks: the first, "<N more>", the last.
std::string callbacks_text(FutureBase* f) {
  auto cbs = f->callbacks_view();
  if (cbs.empty()) return "";
  auto one = [](const FutureBase::CallbackView& cb) -> std::string {
    if (cb.waiter) return "Task.task_wakeup()";
    // A follower: gather's _done_callback (CPython adds " at <its tasks.py>:764").
    if (!cb.callback) return "gather.<locals>._done_callback()";
    if (const auto* py = cb.callback->target<PyDoneCallback>()) return callback_text(py->fn, {});
    return std::string(cb.name ? cb.name : "<callback>") + "()";
  };
  std::string s = one(cbs.front());
  if (cbs.size() == 2)
    s += ", " + one(cbs.back());
  else if (cbs.size() > 2)
    s += ", <" + std::to_string(cbs.size() - 2) + " more>, " + one(cbs.back());
  return " cb=[" + s + "]";
}

std::string outcome_text(FutureBase* f) {
  if (!f->done() || f->cancelled()) return "";
  try {
    Value r = future_result(f);
    return " result=" + short_repr(r);
  } catch (...) {
    return " exception=" + repr(current_exception_as_python());
  }
}

}  // namespace

std::string future_repr(FutureBase* f) {
  std::string state = f->cancelled() ? "cancelled" : f->done() ? "finished" : "pending";
  auto* t = dynamic_cast<VmTask*>(f);
  if (!t) return "<" + future_type(f)->name + " " + state + outcome_text(f) + callbacks_text(f) + ">";
  if (!t->done() && t->cancelling()) state = "cancelling";
  std::string s = "<Task " + state + " name='" + t->name() + "' coro=<" + coro_text(t) + ">";
  // asyncio.sleep waits on a timer alone; CPython's sleep waits on a future.
  if (t->sleeping())
    s += " wait_for=<Future pending cb=[Task.task_wakeup()]>";
  else if (t->sleep_cancelled())
    s += " wait_for=<Future cancelled>";
  else if (FutureBase* w = t->waiting_on())
    s += " wait_for=" + future_repr(w);
  return s + outcome_text(f) + callbacks_text(f) + ">";
}

}  // namespace loopscope::lang
