// The bridge between Python's asyncio objects and core/loop (asyncio_native.cpp).
#pragma once

#include <exception>
#include <string>
#include <vector>

#include "lang/runtime.h"
#include "loop/errors.h"
#include "loop/task.h"

namespace loopscope::lang {

// A Python exception travelling through core/loop (a future's exception).
class PyExceptionBox : public PyError {
 public:
  explicit PyExceptionBox(Value exc);
  Value exc;
};
// A Python CancelledError, so that the loop recognises cancellation.
class PyCancelledBox : public CancelledError {
 public:
  explicit PyCancelledBox(Value exc);
  Value exc;
};

std::exception_ptr to_loop_exception(const Value& exc);

// A task whose body is a Python coroutine object.
class VmTask : public TaskBase {
 public:
  VmTask(EventLoop& loop, Value coro, std::string name, int line, const char* file);
  ~VmTask() override;
  int current_line() const override;
  std::string result_text() const override;
  void abandon() override;
  Value result_value();
  const Value& coro() const { return coro_; }
  // The variables the task runs with: a contextvars.Context's own (create_task(context=)).
  void set_context(Value data) { context_ = std::move(data); }

 protected:
  StepOutcome resume(std::exception_ptr& exc) override;
  void commit_result() override {}

 private:
  Value coro_;
  Value result_;
  Value context_;  // contextvars: the task's own copy of its creator's (None: empty)
};

// Runs fn(*args) as a loop callback; a Python error is reported like asyncio's
// default exception handler and the loop carries on.
// One of the loop's own error reports (a failing callback, an exception nobody
// retrieved, asyncio.run's shutdown): to the program's handler (set_exception_handler
// on `loop`) as asyncio's context dict {message, exception, key: source}, else printed
// as the default handler prints it, with source_text as the source's repr.
void report_loop_error(EventLoop* loop, std::string_view message, const Value& exc, const char* key,
                       const Value& source, const std::string& source_text);

// contextvars: a copy of the current context's variables (None when there are none),
// what a new task or callback runs in unless given a context.
Value copy_current_context();
// The variables of `context` (a contextvars.Context), for context= arguments;
// TypeError for anything else.
Value context_variables(const Value& context);
// While alive, `slot` is the current context (a task's step, a callback's run).
class ContextScope {
 public:
  explicit ContextScope(Value* slot);
  ~ContextScope();
  ContextScope(const ContextScope&) = delete;
  ContextScope& operator=(const ContextScope&) = delete;

 private:
  Value* saved_;
};

struct PyCallback {
  Value fn;
  std::vector<Value> args;
  int created_line = 0;  // debug mode: the program's line that scheduled it (0: not known)
  // The context it runs in (contextvars' variables, None: none): a copy of the
  // scheduler's, or the one given as context=, as CPython's Handle.
  Value context = copy_current_context();
  void operator()();
};

// A done callback: fn(future), in its context as PyCallback.
struct PyDoneCallback {
  Value fn;
  Value context = copy_current_context();
  void operator()(FutureBase& f);
};

// "print_it('x') at x.py:3" as CPython's format_helpers shows a callback.
std::string callback_text(const Value& fn, const std::vector<Value>& args);
// CPython's repr of a Future or Task (future_repr.cpp).
std::string future_repr(FutureBase* f);

EventLoop& running_loop();
// The running loop, else get_event_loop()'s (made on first use): where gather and
// ensure_future put new tasks outside a running loop (modules/asyncio_natives.cpp).
EventLoop& running_or_event_loop();
Value new_future();
// A task named `name`, or Task-N (the next number of the run) when it is empty.
Value create_task_value(Value coro, std::string name);
// The next Task-N name (asyncio.create_task(name=...) takes a number too).
std::string default_task_name();
Value create_task_value_on(EventLoop& loop, Value coro, std::string name = {});
// The line of the program (not of pylib code) the interpreter is running.
int program_line();
// asyncio.iscoroutine: a coroutine object, or a C++ awaitable standing for one.
bool is_coroutine(const Value& v);
// A new small id for a synchronization primitive, shown in the trace ("queue#3").
uint32_t next_trace_id();
// The pieces of _asyncio in their own files (modules/asyncio_*.cpp).
void add_sleep_native(Module* m);
void add_queue_natives(Module* m);
void add_gather_native(Module* m);
Value future_result(FutureBase* f);
Value await_future(const Value& fut);

}  // namespace loopscope::lang
