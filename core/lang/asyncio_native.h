// The bridge between Python's asyncio objects and core/loop (asyncio_native.cpp).
#pragma once

#include <exception>
#include <string>

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
  void abandon() override;
  Value result_value();
  const Value& coro() const { return coro_; }

 protected:
  StepOutcome resume(std::exception_ptr exc) override;
  void commit_result() override {}

 private:
  Value coro_;
  Value result_;
};

EventLoop& running_loop();
Value new_future();
Value create_task_value(Value coro, std::string name);
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
Value future_result(FutureBase* f);
Value await_future(const Value& fut);

}  // namespace loopscope::lang
