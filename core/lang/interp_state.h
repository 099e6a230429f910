// The interpreter's per-run state (current frame, depth counters, the interrupt
// budget) and the operations the dispatch loop delegates to other files: class
// creation, imports, the async protocols, exception groups.
#pragma once

#include <atomic>
#include <functional>
#include <string>

#include "lang/runtime.h"
#include "loop/platform_sleep.h"

namespace loopscope::lang {

class Frame;

class Collector;

struct InterpState {
  Frame* current = nullptr;
  Collector* gc = nullptr;         // runs its due collections when the budget runs out
  int depth = 0;                   // Python frames
  int recursion_limit = 1000;
  int native_depth = 0;            // nested dispatch loops (C++ stack)
  // Natively the thread's stack is what bounds it (native_stack_exhausted); the
  // browser sets a limit of its own.
  int native_depth_limit = 1 << 20;
  int data_depth = 0;              // nested repr/compare/hash of containers (NestingGuard)
  int data_depth_limit = 1000;
  int budget = 10000;              // back-edges until the next interrupt check
  std::atomic<bool> interrupt{false};
  // Called when the budget runs out: raises KeyboardInterrupt when interrupted,
  // lets the host breathe (the browser), and refills the budget.
  std::function<void()> on_slice;
  void on_budget_exhausted();
  // The same for native code between pieces of its own work (a long regex match):
  // KeyboardInterrupt and the host's turn, but no collection.
  void poll_in_native_code();
  // Between the pieces of one long native operation (copying millions of items): in
  // the browser a slice boundary (the page's turn, Stop); natively nothing, so that
  // native runs end exactly where they did.
  void long_operation_step();
};

InterpState& interp();

// A C-level recursion check of CPython (Py_EnterRecursiveCall): repr, str, comparison
// and hash of nested data, and the calls CPython checks (a builtin like repr() or
// hash(), a class being instantiated). It counts on the same depth as Python frames,
// as CPython 3.11 does, so that the RecursionError comes at the same depth with the
// same message ("maximum recursion depth exceeded<what>"); data_depth bounds the C++
// stack as well (the browser's is small).
class NestingGuard {
 public:
  explicit NestingGuard(const char* what);
  ~NestingGuard() {
    InterpState& st = interp();
    --st.depth;
    --st.data_depth;
    // A RecursionError out of 300 nested reprs: the page draws meanwhile.
    platform_yield_while_unwinding();
  }
  NestingGuard(const NestingGuard&) = delete;
  NestingGuard& operator=(const NestingGuard&) = delete;
};

// Frames CPython has on the stack where we run native code (asyncio's Python machinery
// between asyncio.run and a task's step), counted while it runs so that a
// RecursionError comes at the depth it comes in CPython.
class UncountedFrames {
 public:
  explicit UncountedFrames(int frames) : frames_(frames) { interp().depth += frames; }
  ~UncountedFrames() { interp().depth -= frames_; }
  UncountedFrames(const UncountedFrames&) = delete;
  UncountedFrames& operator=(const UncountedFrames&) = delete;

 private:
  int frames_;
};

// CPython's message for the checks on calls.
inline constexpr const char* kWhileCalling = " while calling a Python object";

const std::string& cell_name(const Code* code, int index);
Value load_global(Frame* f, Str* name);
[[noreturn]] void name_not_defined(const std::string& name);
// obj.name as an unbound function plus self (true), or the plain attribute (false).
bool lookup_method(const Value& obj, Str* name, Value* out);
Value call_with_tuple(const Value& callable, const Value& args, const Value& kwargs);
// f(*args, **kwargs)'s arguments as Args (which point into this object).
struct SpreadArgs {
  SpreadArgs(const Value& args, const Value& kwargs);
  Args args() { return Args{pos.data(), pos.size(), kw.data(), kw.size()}; }
  std::vector<Value> pos;
  std::vector<KwArg> kw;
};
void dict_merge(const Value& dst, const Value& src, bool strict);
// Unpacks into `before` items (after < 0) or before + [rest] + after items.
std::vector<Value> unpack(const Value& seq, int before, int after);
std::string ascii_repr(const Value& v);
Value get_special(const Value& obj, const char* name, const char* protocol);
Value traceback_value(const Value& exc);
// The entry a traceback object (traceback_value, tb_next) stands for; null if `tb` is
// not one.
const TraceEntry* traceback_entry(const Value& tb);
Value build_class_function();
Value import_module(const std::string& name, bool leaf);
// locals() of frame `f`: the module's or class body's dict, or a snapshot of a
// function's variables.
Value frame_locals(Frame* f);
// exec, eval and compile (builtins_eval.cpp).
void install_eval_builtins(Dict* builtins);
Value import_from(const Value& module, Str* name);
void import_star(const Value& module, Dict* into);
Value get_aiter(const Value& v);
Value get_anext(const Value& aiter);
Value get_awaitable(const Value& v);
// except*: splits `eg` by `type` into what matches (None if nothing) and the rest
// (None if everything matched). A naked exception is wrapped in a group first.
void split_exception_group(const Value& eg, const Value& type, Value* match, Value* rest);
// One step of an async generator (generator_methods.cpp): what __anext__() returns.
Value async_gen_anext(const Value& gen);
// close() of a generator being finalized (dropped, or garbage in a cycle): an error
// it raises is printed as CPython's "Exception ignored in: <generator ...>".
void close_reporting_errors(Generator* g);
// gen.aclose(): the step that throws GeneratorExit in.
Value async_gen_aclose(const Value& gen);
// asyncio's async generator hooks (async_gen_hooks.cpp). Called by ~Generator: if a
// loop tracks g and it is unfinished, its frame moves to a new generator whose
// aclose() runs as a task on that loop (true), else false (g is dropped as before).
bool schedule_async_generator_close(Generator* g);
// The loop's async generators still alive, in the order they were first iterated,
// forgotten by the loop (asyncio.run's shutdown_asyncgens closes them).
std::vector<Value> take_async_generators(EventLoop& loop);
bool has_async_generators(EventLoop& loop);
// anext(it, default): awaits `step`; if it raises StopAsyncIteration, gives `dflt`.
Value anext_with_default(Value step, Value dflt);
class Runtime;
void install_generator_methods(Runtime& r);
void install_range_slice_methods(Runtime& r);  // range_slice_methods.cpp
void install_str_more_methods(Runtime& r);     // str_more_methods.cpp
void install_bytes_methods(Runtime& r);        // bytes_methods.cpp
void install_int_bytes(Runtime& r);            // int_bytes.cpp
void install_str_predicates(Runtime& r);       // str_predicates.cpp
void install_exception_group_methods(Runtime& r);  // exception_group_methods.cpp
Value stop_iteration_value(const Value& exc);

}  // namespace loopscope::lang
