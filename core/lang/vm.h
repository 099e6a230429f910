// The VM: frames and the bytecode interpreter. Python-to-Python calls push a frame
// and continue in the same dispatch loop (recursion depth is a counter, not the C++
// stack). Generators and coroutines own their frame; resuming one runs its frame
// in a nested dispatch loop until it yields or returns, so a suspended coroutine
// holds no C++ stack. Exceptions travel as PyThrow and unwind each frame's blocks.
#pragma once

#include <cstdint>
#include <exception>
#include <memory>
#include <vector>

#include "lang/code.h"
#include "lang/runtime.h"

namespace loopscope::lang {

struct Block {
  enum Kind : uint8_t { Finally, ExceptHandler };
  Kind kind;
  int handler;
  int level;  // stack depth to restore
};

class Frame {
 public:
  Frame(Code* code, Function* func, Dict* globals);
  ~Frame();
  Frame(const Frame&) = delete;
  Frame& operator=(const Frame&) = delete;
  // Frames and their slots come from lang/frame_pool.h (a call makes and frees both).
  static void* operator new(std::size_t size);
  static void operator delete(void* p) noexcept;

  Code* code;         // counted
  Function* func;     // counted, may be null (module and class bodies)
  Dict* globals;      // counted
  Dict* locals = nullptr;  // counted; module and class bodies only
  Value* fast;        // nlocals, then the cells (Cell objects), then the value stack
  Value* cells;
  Value* stack;
  Value* sp;
  int ip = 0;
  Frame* parent = nullptr;     // the caller while running
  Generator* gen = nullptr;    // owner, when a generator or coroutine
  std::vector<Block> blocks;
  std::vector<Value> handled;  // exceptions being handled in this frame (innermost last)

  int line() const;  // the line of the instruction being run (or last run)
  // The columns of that instruction's expression (Code::Span; col -1 when unknown).
  Code::Span span() const;

 private:
  Value* slots_;
  std::size_t nslots_;
};

// Raised: the body raised, *out holds the exception (only from the *_or_raised entry
// points below; the others raise it as PyThrow).
enum class GenStatus { Yielded, Returned, Raised };

// A step of an awaitable written in C++ as the await driving it sees it.
inline GenStatus status_of(const SendResultNative& r) {
  return r.raised ? GenStatus::Raised : r.yielded ? GenStatus::Yielded : GenStatus::Returned;
}

class Vm {
 public:
  // Calls a Python function (or anything callable) and returns its result; raises
  // PyThrow. Used by builtins that call back into Python.
  static Value call_function(Function* f, Args& args);
  // Runs a module or class body frame to completion (the frame is the caller's).
  static Value run_frame(Frame* frame);
  // Resumes a generator or coroutine with a value sent in, or an exception thrown
  // in (`thrown` not null). Raises PyThrow when the body raises.
  static GenStatus resume(Generator* g, Value sent, const Value* thrown, Value* out);
  // resume(), but an exception the body raises is returned (Raised, *out) instead of
  // thrown: a C++ throw costs microseconds, and a cancellation crosses several
  // coroutines. Exceptions before the body runs (already executing...) still throw.
  static GenStatus resume_or_raised(Generator* g, Value sent, const Value* thrown, Value* out);
  // gen.close(): throws GeneratorExit in; a yield in response is a RuntimeError.
  static void close(Generator* g);
  // The frame running now (for super(), tracebacks, the trace's source lines).
  static Frame* current_frame();
  // The exception being handled now (sys.exception()), or None.
  static Value handled_exception();
  // The line where a suspended coroutine waits: the innermost frame it delegates to.
  static int suspended_line(Generator* g);
  // The line of g's own frame (where it is suspended; its def line before it starts):
  // what CPython's Task repr shows ("running at x.py:12").
  static int own_line(Generator* g);
};

// Binds call arguments into a new frame for `f`'s code (TypeErrors like CPython's).
Frame* make_frame(Function* f, Args& args);

// The Python exception for whatever C++ exception is in flight (call in a catch).
Value current_exception_as_python();
// The Python exception for a stored one (one C++ rethrow to look at it).
Value python_exception_of(const std::exception_ptr& e);

}  // namespace loopscope::lang
