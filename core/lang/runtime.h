// Runtime: the state of one interpreter (builtin types, interned names, builtins,
// modules, options) and the helpers every part of the VM uses to make values and
// raise Python exceptions. One Runtime is current per thread (rt()).
//
// Python exceptions cross C++ code as `PyThrow` (a C++ exception holding the Python
// exception object); the dispatch loop catches it and unwinds Python blocks.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lang/objects.h"
#include "loop/errors.h"

namespace loopscope {
class EventLoop;
}

namespace loopscope::lang {

struct PyThrow {
  Value exc;  // an ExceptionObj
  // Releases exc where no host turn may suspend the run (NoSuspension,
  // loop/platform_sleep.h): the C++ runtime destroys a caught PyThrow in
  // __cxa_end_catch or when its last std::exception_ptr goes.
  ~PyThrow();
};

struct Types {
  Type *object, *type, *none, *bool_, *int_, *float_, *str, *bytes, *list, *tuple, *dict, *set,
      *frozenset, *range, *slice, *function, *native_function, *bound_method, *code, *cell,
      *generator, *coroutine, *async_generator, *module, *property, *classmethod, *staticmethod,
      *iterator, *future, *task, *gathering_future, *ellipsis, *not_implemented, *await_future, *super_, *native, *async_gen_step, *anext_default,
      *coroutine_wrapper;
  // Made by _asyncio when it is imported.
  Type *event_loop = nullptr, *handle = nullptr, *timer_handle = nullptr, *sleep_awaitable = nullptr,
       *queue = nullptr, *lifo_queue = nullptr, *priority_queue = nullptr, *queue_get = nullptr,
       *queue_put = nullptr, *queue_join = nullptr;
  Type* traceback = nullptr;  // made on first use (traceback_object.cpp)
  // Exceptions
  Type *BaseException, *Exception, *BaseExceptionGroup, *ExceptionGroup, *SystemExit,
      *KeyboardInterrupt, *GeneratorExit, *StopIteration, *StopAsyncIteration, *ArithmeticError,
      *ZeroDivisionError, *OverflowError, *AssertionError, *AttributeError, *LookupError,
      *IndexError, *KeyError, *NameError, *UnboundLocalError, *TypeError, *ValueError,
      *RuntimeError, *RecursionError, *NotImplementedError, *MemoryError, *OSError,
      *TimeoutError, *ConnectionError, *UnicodeError, *ImportError, *ModuleNotFoundError,
      *SyntaxError, *CancelledError, *InvalidStateError, *QueueEmpty, *QueueFull,
      *IncompleteReadError, *LimitOverrunError, *FileNotFoundError;
};

// Ends the whole run at once, past every Python handler (vtime.py's deadlock and
// time limit): run_program prints `message` on stderr and returns `exit_code`.
// Deliberately not a std::exception, so nothing converts it to a Python exception.
struct RunAborted : LoopAbort {
  RunAborted(int code, std::string text) : exit_code(code), message(std::move(text)) {}
  int exit_code;
  std::string message;
};
// The exit code of a run stopped by its host (the playground's Stop).
inline constexpr int kStoppedExitCode = 130;

struct Options {
  bool virtual_time = true;       // deterministic mode (../shared/oracle/vtime.py)
  double time_limit = 1e6;        // virtual seconds before a run is stopped (exit 4)
  uint64_t seed = 0;              // random's seed in deterministic mode
  bool scaled_clock = false;      // real time on a ScaledClock (speed, pause, step: the playground)
  // Long computations give the host a turn every kHostTurnInterval (the browser page;
  // off for tests and the CLI: an Asyncify unwind through a deep native stack is costly).
  bool host_turns = false;
  int recursion_limit = 1000;
  // Bytes the run may allocate beyond what its thread held when the Runtime was made;
  // past it, MemoryError (heap_limit.h). 0: no cap.
  int64_t heap_limit = int64_t{1} << 30;
  // Real seconds a run may take before it is stopped (exit 4), in either mode; 0: no
  // limit (the CLI's --time-limit; the playground has its Stop button instead).
  double wall_time_limit = 0;
  // Every cycle collector threshold 1: a collection at nearly every interrupt check, to
  // find what the collector would break (tests; also the LOOPSCOPE_GC_STRESS variable).
  bool gc_stress = false;
};

class Runtime;
Runtime& rt();
// The running Runtime's types, inline: the VM and the builtins ask on nearly every
// call. constinit: a plain thread-local load, no initialisation check.
extern constinit thread_local Types* g_types;
inline Types& types() { return *g_types; }

// --- making values ----------------------------------------------------------------
Value new_str(std::string s);
// When the caller knows the length in code points (pieces of an ASCII str): no scan.
Value new_str(std::string s, int64_t code_points);
Value intern(std::string_view s);  // one shared Str per distinct name
Str* intern_str(std::string_view s);
Value new_bytes(std::string s);
Value new_int(const BigInt& v);  // int64 when it fits
Value new_list(std::vector<Value> items = {});
Value new_tuple(std::vector<Value> items);
Value new_dict();
Value new_set(Type* t = nullptr);
Value none();
Value ellipsis();
Value not_implemented();
Value make_native(std::string name, NativeFn fn, void* data = nullptr);

// Builds an exception instance of `t` with args (message) or ().
Value make_exception(Type* t, std::string message);
Value make_exception_args(Type* t, std::vector<Value> args);
[[noreturn]] void raise(Type* t, std::string message);
[[noreturn]] void raise_value(Value exc);
[[noreturn]] void type_error(std::string message);
[[noreturn]] void value_error(std::string message);

template <class T>
T* as(const Value& v) {
  return static_cast<T*>(v.as_object());
}

// --- the object protocol (protocol.cpp) ---------------------------------------------
Type* type_of(const Value& v);
const std::string& type_name(const Value& v);
bool isinstance(const Value& v, Type* t);
bool is_str(const Value& v);
const std::string& str_of(const Value& v);  // precondition: is_str
bool truthy(const Value& v);
int64_t hash_value(const Value& v);
bool values_equal(const Value& a, const Value& b);
bool values_less(const Value& a, const Value& b);
std::string repr(const Value& v);
std::string str(const Value& v);
std::string format_value(const Value& v, std::string_view spec);

Value get_attr(const Value& obj, Str* name);
// get_attr in two halves, for the VM to raise without a C++ throw: the lookup (false:
// no such attribute; what a descriptor or __getattr__ raises is thrown), and the
// AttributeError get_attr raises then.
bool find_attr(const Value& obj, Str* name, Value* out);
Value missing_attribute_error(const Value& obj, Str* name);
// get_item's two halves in the same way: false only for a dict without the key (and
// without __missing__), and the KeyError get_item raises then.
bool find_item(const Value& obj, const Value& key, Value* out);
Value missing_key_error(const Value& key);
bool try_get_attr(const Value& obj, Str* name, Value* out);  // false on AttributeError
void set_attr(const Value& obj, Str* name, Value value);
void del_attr(const Value& obj, Str* name);
// object.__getattribute__/__setattr__/__delattr__: the lookup without the user's hooks
// (__getattribute__, __getattr__, __setattr__, __delattr__).
bool generic_get_attr(const Value& obj, Str* name, Value* out);
// The attribute dict of an instance (made for a user subclass of str, tuple, set, list
// or dict that has none yet); null for objects without one.
Dict* attributes_dict(const Value& obj);
void generic_set_attr(const Value& obj, Str* name, Value value);
void generic_del_attr(const Value& obj, Str* name);
// A dunder method that builtin type `t` itself provides ([].__len__, object.__eq__),
// as an unbound native method; false when it has none (builtin_dunders.cpp).
bool builtin_dunder(Type* t, const std::string& name, Value* out);

Value call(const Value& f, Args& args);
Value call(const Value& f, std::initializer_list<Value> args);
Value call_method(const Value& obj, std::string_view name, std::initializer_list<Value> args);
bool is_callable(const Value& v);  // builtins.callable

Value binary_op(int op, const Value& a, const Value& b);  // ast::BinOp, +16 in-place
Value unary_op(int op, const Value& a);
Value compare_op(int op, const Value& a, const Value& b);  // ast::CmpOp Eq..GtE
bool contains(const Value& container, const Value& item);

Value get_item(const Value& obj, const Value& key);
void set_item(const Value& obj, const Value& key, Value value);
void del_item(const Value& obj, const Value& key);

Value get_iter(const Value& v);
// Advances an iterator: true and *out set, or false when exhausted.
bool iter_next(const Value& it, Value* out);
std::vector<Value> to_vector(const Value& iterable);
// As PySequence_Fast: a TypeError from iter() itself says `message` instead (str.join,
// bytes.join: "can only join an iterable"); errors while iterating pass unchanged.
std::vector<Value> to_vector_or(const Value& iterable, const char* message);
int64_t length(const Value& v);
int64_t index_of(const Value& v);  // __index__: ints and bools
double to_double(const Value& v);   // int or float, else TypeError

}  // namespace loopscope::lang
