// The Runtime object: everything one interpreter owns. Most code reaches it
// through rt() and types() (runtime.h); this header is for the few files that
// create types, install builtins or host a run.
#pragma once

#include <atomic>
#include <functional>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lang/runtime.h"
#include "lang/program_clock.h"
#include "loop/event_loop.h"

namespace loopscope::lang {

struct InterpState;
class Collector;

class Runtime {
 public:
  explicit Runtime(Options options = {});
  ~Runtime();
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  Options options;
  // The cycle collector of the run's containers (gc.h). Declared first so destroyed
  // last: the other members' objects untrack themselves from it as they go.
  std::unique_ptr<Collector> gc;
  Types types{};
  std::unordered_map<std::string, Value> interned;
  Value builtins_value;
  Dict* builtins = nullptr;
  Value build_class_fn;
  Value ellipsis;
  Value not_implemented;
  std::map<std::string, Value> modules;  // imported modules by name
  // The attributes (a Dict each) of instances of user subclasses of str, tuple and set,
  // which have no dict of their own: kept here, dropped when the instance goes.
  std::unordered_map<const Object*, Value> subclass_instance_attrs;
  std::unordered_map<std::string, Type*> exception_types;
  // The classes made by class statements and type(), while they live: a class whose
  // methods use super() holds itself (dict -> function -> __class__ cell), so the
  // teardown clears their dicts.
  std::unordered_set<Type*> user_classes;
  std::string filename = "<string>";
  std::vector<std::string> source_lines;  // for tracebacks
  std::vector<std::string> argv;
  Type* dict_view_types[3] = {};
  // The dunder methods made for builtin types on demand (builtin_dunders.cpp).
  std::map<std::pair<Type*, std::string>, Value> builtin_dunders;
  EventLoop* loop = nullptr;  // the loop of asyncio.run, while it runs
  // The program's clock: time.monotonic(), time.sleep() and every event loop of the
  // run read it (virtual in deterministic mode, so asyncio.run twice continues it).
  std::unique_ptr<ProgramClock> clock;
  std::atomic<bool> stop_requested{false};  // a host's Stop: ends waits early
  // Every loop of the run, kept until the runtime ends: futures made on a loop may
  // outlive its asyncio.run. loop_object is the Python object of the running one.
  std::vector<std::unique_ptr<EventLoop>> loops;
  Value loop_object;
  // contextvars: the current context's variables, a dict (None while nothing was set).
  // The slot is the program's own, a running task's (each task starts from a copy of
  // its creator's) or, inside Context.run, that context's.
  Value main_context;
  Value* context_slot = &main_context;
  // Context.run's entered dicts, innermost last, each with the slot current before it.
  std::vector<std::pair<std::unique_ptr<Value>, Value*>> entered_contexts;
  // asyncio.get_event_loop()'s loop outside a running one (set_event_loop's), for
  // programs written before asyncio.run: loop.run_until_complete(main()).
  Value event_loop_object;
  // What the program set on a loop (None: the default): set_exception_handler's
  // handler and set_task_factory's factory.
  struct LoopSettings {
    Value exception_handler;
    Value task_factory;
  };
  std::unordered_map<const EventLoop*, LoopSettings> loop_settings;
  // The loop's _asyncgens: each async generator first iterated while a loop ran,
  // with that loop, until it is finalized or asyncio.run's shutdown_asyncgens closes it.
  struct AsyncGenerator {
    EventLoop* loop;
    uint64_t order;  // when it was first iterated: shutdown closes them in this order
  };
  std::unordered_map<const Generator*, AsyncGenerator> async_generators;
  uint64_t async_generators_seen = 0;
  // CPython's policy flag _set_called: a loop was set (or unset: asyncio.run does when
  // it ends) once; from then on get_event_loop() makes none, it raises.
  bool event_loop_set_called = false;
  TraceObserver* observer = nullptr;  // attached to each loop asyncio.run makes
  // Where the program failed, set by run_program: the syntax error's position, or the
  // innermost program line of an uncaught exception's traceback (line 0: none).
  struct ErrorLocation {
    int line = 0, col = 0, end_col = 0;
    bool syntax = false;
  } error_location;
  uint32_t primitive_trace_ids = 0;   // ids of queues, locks... in the trace (next_trace_id)
  // random's module-level generator (a random.Random), made by `import random`.
  Value random_generator;
  uint64_t task_names = 0;  // tasks.py's _task_name_counter: Task-N counts on across asyncio.run calls

  // Where print() and sys.stdout/stderr go.
  std::function<void(std::string_view)> write_stdout = [](std::string_view) {};
  std::function<void(std::string_view)> write_stderr = [](std::string_view) {};
  // Where input(prompt) reads a line (without its newline; nullopt at the end of the
  // input), after the prompt went to stdout: the CLI's stdin, the page's dialog. Empty
  // when the host has no console input.
  std::function<std::optional<std::string>(const std::string& prompt)> read_line;

  // A class made from a namespace; its type is `metatype` (type when null).
  Type* new_class(const std::string& name, std::vector<Type*> bases, Dict* ns, Type* metatype = nullptr);
  Type* make_type(const std::string& name, Layout layout, Type* base, NativeCtor ctor);
  Type* make_exception_type(const std::string& name, Type* base, const std::string& module = "builtins");
  // A type whose instances are NativeAwaitable (with __await__ returning itself).
  Type* make_native_awaitable_type(const std::string& name);
  void add_method(Type* t, const char* name, NativeFn fn);
  // A read-only property computed by `getter(self)`.
  void add_property(Type* t, const char* name, NativeFn getter);
  void report_never_awaited(const std::string& qualname);
  // Set while the program's uncaught exception is released: its never-awaited
  // warnings omit the tracemalloc hint (CPython's, at finalization).
  bool bare_warnings = false;
  // In the browser, the page's turn if it has waited kHostTurnInterval (between the
  // phases of a run that are long without Python code: unwinding, the traceback).
  void give_host_turn_if_due();

 private:
  void create_types();
  void install_builtins();
  void install_type_methods();
  std::unique_ptr<InterpState> interp_;
  std::vector<Type*> all_types_;
  Runtime* saved_runtime_ = nullptr;
  bool saved_host_turns_ = true;
  int64_t saved_heap_cap_ = 0;
  InterpState* saved_interp_ = nullptr;
};

Value construct(Type* t, Args& args);
// object.__new__ and str/list/dict/set.__new__, beside the construction they share.
void install_object_new(Types& T);
Type* future_type(FutureBase* f);
bool special_attribute(const Value& obj, const std::string& name, Value* out);
bool set_special_attribute(const Value& obj, const std::string& name, const Value& value);

// Argument checking for native functions: between min and max positional arguments,
// and no keywords (first form) or only those named (second form).
void check_args(const char* fname, Args& a, size_t min, size_t max);
void check_args(const char* fname, Args& a, size_t min, size_t max,
                std::initializer_list<std::string_view> keywords);
// The positional count alone (callers that check their keywords themselves).
void check_positional_args(const char* fname, Args& a, size_t min, size_t max);
// TypeError for a keyword not in `allowed`: as a function defined in Python says it
// ("Class.method() got an unexpected keyword ..."), or as a builtin ("'x' is an invalid
// keyword argument for f()").
void check_keywords(const char* qualname, Args& a, std::initializer_list<std::string_view> allowed);
void check_builtin_keywords(const char* fname, Args& a, std::initializer_list<std::string_view> allowed);

}  // namespace loopscope::lang
