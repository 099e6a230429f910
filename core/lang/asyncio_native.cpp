// The native half of asyncio: Python's Future and Task are core/loop's FutureBase
// and a TaskBase whose body is a coroutine object (VmTask), so the loop's
// stepping, cancellation and trace events apply to Python tasks unchanged. The
// rest of asyncio (sleep, gather, queues, locks, ...) is Python code in
// asyncio_prelude.cpp, written against these primitives, as CPython's is.
#include "lang/asyncio_native.h"

#include <cmath>

#include "lang/gc.h"
#include "lang/interp_state.h"
#include "lang/modules.h"
#include "lang/program.h"
#include "lang/repr.h"
#include "lang/runtime_state.h"
#include "lang/sequences.h"
#include "lang/short_repr.h"
#include "lang/vm.h"
#include "loop/event_loop.h"
#include "loop/future.h"
#include "loop/task.h"

namespace loopscope::lang {

PyExceptionBox::PyExceptionBox(Value e) : PyError(type_name(e), exception_str(e)), exc(std::move(e)) {}
PyCancelledBox::PyCancelledBox(Value e) : CancelledError(exception_str(e)), exc(std::move(e)) {}

std::exception_ptr to_loop_exception(const Value& exc) {
  if (isinstance(exc, types().CancelledError)) return std::make_exception_ptr(PyCancelledBox(exc));
  return std::make_exception_ptr(PyExceptionBox(exc));
}

static Type* python_type_for(const std::string& name) {
  auto& et = rt().exception_types;
  auto it = et.find(name);
  if (it != et.end()) return it->second;
  Types& T = types();
  if (name == "CancelledError") return T.CancelledError;
  if (name == "InvalidStateError") return T.InvalidStateError;
  if (name == "QueueEmpty") return T.QueueEmpty;
  if (name == "QueueFull") return T.QueueFull;
  if (name == "DeadlockError") return T.RuntimeError;
  return T.RuntimeError;
}

Value current_exception_as_python() { return python_exception_of(std::current_exception()); }

Value python_exception_of(const std::exception_ptr& e) {
  try {
    std::rethrow_exception(e);
  } catch (PyThrow& t) {
    return t.exc;
  } catch (PyExceptionBox& b) {
    return b.exc;
  } catch (PyCancelledBox& b) {
    return b.exc;
  } catch (const PyError& e) {
    return make_exception(python_type_for(e.type()), e.message());
  } catch (const NumberError& e) {
    Types& T = types();
    Type* t = e.kind() == NumberError::Kind::Overflow       ? T.OverflowError
              : e.kind() == NumberError::Kind::ZeroDivision ? T.ZeroDivisionError
              : e.kind() == NumberError::Kind::Memory       ? T.MemoryError
              : e.kind() == NumberError::Kind::Index        ? T.IndexError
                                                            : T.ValueError;
    return make_exception(t, e.what());
  } catch (const std::bad_alloc&) {
    return make_exception(types().MemoryError, "");
  } catch (const std::exception& e) {
    return make_exception(types().RuntimeError, e.what());
  }
}

// --- futures ---------------------------------------------------------------------------

using PyFuture = FutureState<Value>;

namespace {
// The name the trace shows for a task's coroutine: its __qualname__ ("Worker.run").
std::string coroutine_name(const Value& coro) {
  if (!coro.is_object()) return {};
  if (type_of(coro)->native_awaitable) return static_cast<NativeAwaitable*>(coro.as_object())->name();
  if (type_of(coro) == types().coroutine || type_of(coro) == types().generator) return as<Generator>(coro)->qualname;
  return {};
}
}  // namespace

VmTask::VmTask(EventLoop& loop, Value coro, std::string name, int line, const char* file)
    : TaskBase(loop, std::move(name), line, file, coroutine_name(coro)), coro_(std::move(coro)) {
  set_wait(WaitKind::Task, id());  // what awaiting this task means, for the trace
  if (coro_.is_object() && coro_.as_object()->is_container())
    rt().gc->park(static_cast<Container*>(coro_.as_object()));
  // As CPython's Task: the context variables of its creator, copied (contextvars).
  context_ = copy_current_context();
}

Value copy_current_context() {
  const Value& current = *rt().context_slot;
  if (!current.is_object() || !as<Dict>(current)->count) return Value();
  Value copy = new_dict();
  dict_merge(copy, current, false);
  return copy;
}

Value context_variables(const Value& context) {
  Value data;
  if (!try_get_attr(context, intern_str("_data"), &data) || type_of(data) != types().dict)
    type_error("context must be a contextvars.Context, not " + type_of(context)->name);
  return data;
}

ContextScope::ContextScope(Value* slot) : saved_(rt().context_slot) { rt().context_slot = slot; }
ContextScope::~ContextScope() { rt().context_slot = saved_; }

// CPython reports a failed task nobody asked when the task object dies; the report
// is made here, while the task is still a VmTask, so it can show its coroutine.
VmTask::~VmTask() {
  if (!log_traceback_) return;
  log_traceback_ = false;
  // A destructor must not throw: past the heap cap (MemoryError) the report itself
  // may not be allocated, and then it is dropped.
  try {
    // A program's handler gets the task's repr: the dying task cannot be handed out.
    std::string text = future_repr(this);
    report_loop_error(&loop(), "Task exception was never retrieved", python_exception_of(stored_exception()), "future",
                      new_str(text), text);
  } catch (...) {
  }
}

// One step of the body: a coroutine object, or an awaitable written in C++ (a task
// of asyncio.sleep(1) or queue.get()), which is driven the same way.
static GenStatus step_body(const Value& body, const Value* thrown, Value* out) {
  if (type_of(body)->native_awaitable) {
    auto* a = static_cast<NativeAwaitable*>(body.as_object());
    SendResultNative r = thrown ? a->throw_in(*thrown) : a->send(Value());
    *out = std::move(r.value);
    return status_of(r);
  }
  return Vm::resume_or_raised(as<Generator>(body), Value(), thrown, out);
}

StepOutcome VmTask::resume(std::exception_ptr& thrown) {
  std::exception_ptr exc = std::move(thrown);  // released when this step of the body ends, as before
  Value out;
  ContextScope context_scope(&context_);  // the step runs in the task's context (contextvars)
  UncountedFrames task_step(1);  // CPython's C Task.__step, a checked call
  // The error goes back to the loop in `thrown`.
  auto raised = [&thrown](const Value& e) -> StepOutcome {
    bool cancelled = isinstance(e, types().CancelledError);
    thrown = to_loop_exception(e);
    return cancelled ? StepOutcome::Cancelled : StepOutcome::Raised;
  };
  try {
    GenStatus s;
    if (exc) {
      Value e = python_exception_of(exc);
      s = step_body(coro_, &e, &out);
    } else {
      s = step_body(coro_, nullptr, &out);
    }
    if (s == GenStatus::Returned) {
      result_ = std::move(out);
      return StepOutcome::Returned;
    }
    if (s == GenStatus::Raised) return raised(out);
  } catch (PyThrow& t) {
    return raised(t.exc);
  }
  // Yielded: a future to wait on, or None for a bare yield (sleep(0)).
  if (out.is_future()) {
    FutureBase* f = out.as_future();
    if (f == this) {
      Value e = make_exception(types().RuntimeError, "Task cannot await on itself: " + future_repr(this));
      thrown = to_loop_exception(e);
      return resume(thrown);
    }
    set_yielded(f);
  } else if (!out.is_none()) {
    Value e = make_exception(types().RuntimeError, "Task got bad yield: " + repr(out));
    thrown = to_loop_exception(e);
    return resume(thrown);
  }
  return StepOutcome::Yielded;
}

int VmTask::current_line() const {
  if (!coro_.is_object() || type_of(coro_)->native_awaitable) return 0;
  return Vm::suspended_line(as<Generator>(coro_));
}

namespace {

// True when v is builtin data all the way down (None, bool, int, float, str, bytes and
// exact lists, tuples, dicts, sets of them): its short repr runs no code of the
// program (no __repr__, no __lt__ while a set is sorted). At most `budget` values are
// looked at, so that a huge result costs little.
bool plain_data(const Value& v, int level, int& budget) {
  if (--budget < 0 || level < 0) return false;
  if (!v.is_object()) return v.is_none() || v.is_bool() || v.is_int() || v.is_float();
  const Types& T = types();
  Type* t = type_of(v);
  if (t == T.str || t == T.bytes || t == T.int_) return true;
  auto all_plain = [&](const std::vector<Value>& items) {
    for (const Value& x : items)
      if (!plain_data(x, level - 1, budget)) return false;
    return true;
  };
  if (t == T.list) return all_plain(as<List>(v)->items);
  if (t == T.tuple) return all_plain(as<Tuple>(v)->items);
  if (t == T.set || t == T.frozenset || t == T.dict) {
    if (length(v) > budget) return false;
    if (!all_plain(to_vector(v))) return false;  // the keys of a dict
    if (t != T.dict) return true;
    for (const auto& e : as<Dict>(v)->entries)
      if (e.used && !plain_data(e.value, level - 1, budget)) return false;
    return true;
  }
  return false;
}

// At most max_chars, cut at a whole UTF-8 character with "..." (and the closing quote
// of a str).
std::string cut_text(std::string text, size_t max_chars, const char* tail) {
  if (text.size() <= max_chars) return text;
  size_t cut = max_chars - 4;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut) + tail;
}

}  // namespace

// What the task table shows as the result: its repr when that runs no Python code (a
// user __repr__ must not run inside the trace's emission), containers of plain data
// cut as reprlib cuts them (asyncio's own future repr does the same), else <type>.
std::string VmTask::result_text() const {
  constexpr size_t kMaxChars = 80;
  const Value& v = result_;
  if (v.is_none() || v.is_bool() || v.is_int() || v.is_float()) return repr(v);
  if (!v.is_object()) return {};
  Type* t = type_of(v);
  if (t == types().str) return cut_text(repr(v), kMaxChars, "...'");
  int budget = 200;
  if (plain_data(v, 6, budget)) return cut_text(short_repr(v), kMaxChars, "...");
  return "<" + t->name + ">";
}

void VmTask::abandon() {
  TaskBase::abandon();
  coro_ = Value();
}

Value VmTask::result_value() {
  check_result();
  return result_;
}

Type* future_type(FutureBase* f) {
  if (dynamic_cast<VmTask*>(f)) return types().task;
  return f->wait_kind() == WaitKind::Gather ? types().gathering_future : types().future;
}

Value future_result(FutureBase* f) {
  if (auto* t = dynamic_cast<VmTask*>(f)) return t->result_value();
  return static_cast<PyFuture*>(f)->result();
}

EventLoop& running_loop() {
  EventLoop* loop = EventLoop::current();
  if (!loop) raise(types().RuntimeError, "no running event loop");
  return *loop;
}

Value new_future() { return Value::future(new PyFuture(running_loop())); }

int program_line() {
  for (Frame* f = Vm::current_frame(); f; f = f->parent)
    if (f->code->filename == rt().filename) return f->line();
  return 0;
}

bool is_coroutine(const Value& v) {
  Type* t = type_of(v);
  if (t == types().coroutine) return true;
  return t->native_awaitable && static_cast<NativeAwaitable*>(v.as_object())->is_coroutine_like();
}

std::string default_task_name() { return "Task-" + std::to_string(++rt().task_names); }

Value create_task_value_on(EventLoop& loop, Value coro, std::string name) {
  if (!is_coroutine(coro)) type_error("a coroutine was expected, got " + repr(coro));
  if (name.empty()) name = default_task_name();
  if (type_of(coro) == types().coroutine) as<Generator>(coro)->awaited = true;
  auto* task = new VmTask(loop, std::move(coro), std::move(name), program_line(), "<program>");
  return Value::future(task);
}

Value create_task_value(Value coro, std::string name) {
  return create_task_value_on(running_loop(), std::move(coro), std::move(name));
}

// await fut (Future.__await__): yields the future itself once, then returns its result.
class AwaitFuture : public NativeAwaitable {
 public:
  AwaitFuture(Type* t, Value f) : NativeAwaitable(t), fut_(std::move(f)) {}
  SendResultNative send(Value) override {
    FutureBase* f = fut_.as_future();
    if (!f->done()) {
      if (yielded_) raise(types().RuntimeError, "await wasn't used with future");
      yielded_ = true;
      return {true, fut_};
    }
    return {false, future_result(f)};
  }
  bool is_coroutine_like() const override { return false; }

 private:
  Value fut_;
  bool yielded_ = false;
};

Value await_future(const Value& fut) { return Value::object(new AwaitFuture(types().await_future, fut)); }

SendResultNative NativeAwaitable::throw_in(const Value& exc) { return SendResultNative::raise(exc); }

uint32_t next_trace_id() { return ++rt().primitive_trace_ids; }

}  // namespace loopscope::lang
