// The builtin object structs: one small struct per Python type, holding its data.
// Behaviour lives elsewhere: the object protocol in protocol.cpp, methods in the
// *_type.cpp files. Every constructor takes the object's type so that user
// subclasses (class MyError(Exception)) share the struct.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "lang/bigint.h"
#include "lang/object.h"
#include "lang/set_table.h"
#include "lang/value.h"
#include "loop/small_pool.h"

namespace loopscope::lang {

class Code;
class Frame;

// Strs are made and dropped by the hundred thousand (split, lower, +): their objects
// come from the thread's small-object pool instead of malloc.
class Str : public Object, public small_pool::Pooled {
 public:
  Str(Type* t, std::string v);
  Str(Type* t, std::string v, int64_t code_points) : Object(t), s(std::move(v)), length(code_points) {}
  std::string s;          // UTF-8
  int64_t length;         // code points
  mutable int64_t hash = -1;
  bool ascii() const { return length == static_cast<int64_t>(s.size()); }
};

class Bytes : public Object {
 public:
  Bytes(Type* t, std::string v) : Object(t), s(std::move(v)) {}
  std::string s;
};

class List : public Container {
 public:
  void traverse(VisitRef visit, void* ctx) override;
  void clear_refs() override;
  explicit List(Type* t) : Container(t) {}
  ~List() override;  // a huge list frees its items in pieces (value.cpp)
  std::vector<Value> items;
  Value attrs;  // a Dict of attributes, made on first use by instances of a user subclass
};

class Tuple : public Container {
 public:
  void traverse(VisitRef visit, void* ctx) override;
  void clear_refs() override;
  explicit Tuple(Type* t) : Container(t) {}
  std::vector<Value> items;
  mutable int64_t hash = -1;
};

// dict: insertion-ordered entries plus an open-addressing index into them, the
// layout CPython uses. Deleted entries leave a hole (key None, `used` false) until
// the next resize compacts them.
class Dict : public Container {
 public:
  void traverse(VisitRef visit, void* ctx) override;
  void clear_refs() override;
  explicit Dict(Type* t) : Container(t) {}
  struct Entry {
    Value key;
    Value value;
    int64_t hash;
    bool used;
  };
  std::vector<Entry> entries;
  std::vector<int32_t> index;  // -1 empty, -2 deleted, else entry position
  int64_t count = 0;
  uint64_t version = 0;  // bumped on insert/delete: iterators detect changes
  Value attrs;  // a Dict of attributes, made on first use by instances of a user subclass (defaultdict)

  // Each of these may call __hash__/__eq__ of the key, so may throw.
  const Value* get(const Value& key) const;
  Value* get_mut(const Value& key);
  void set(const Value& key, Value value);
  bool erase(const Value& key, Value* old = nullptr);
  void clear();
  // Fast paths for str keys (attribute dicts, globals).
  const Value* get_str(std::string_view key) const;
  void set_str(std::string_view key, Value value);
  // The entry position of key, or -1; with value_at_slot, the VM's cache of where a
  // global lives: a position stays right as long as the same key is found there.
  int64_t slot_of(const Value& key) const;
  const Value& entry_value(int64_t slot) const { return entries[static_cast<size_t>(slot)].value; }
  Value* value_at_slot(int64_t slot, const Value& key) {
    if (slot < 0 || static_cast<size_t>(slot) >= entries.size()) return nullptr;
    Entry& e = entries[static_cast<size_t>(slot)];
    return e.used && e.key.is(key) ? &e.value : nullptr;
  }

 private:
  int64_t find(const Value& key, int64_t hash) const;  // entry index or -1
  void rebuild(size_t capacity);
};

// set and frozenset.
class Set : public Container {
 public:
  void traverse(VisitRef visit, void* ctx) override;
  void clear_refs() override;
  explicit Set(Type* t) : Container(t) {}
  SetTable table;
};

class Range : public Object {
 public:
  Range(Type* t, int64_t start, int64_t stop, int64_t step) : Object(t), start(start), stop(stop), step(step) {}
  int64_t start, stop, step;
  int64_t length() const;
};

class Slice : public Object {
 public:
  Slice(Type* t, Value a, Value b, Value c) : Object(t), start(std::move(a)), stop(std::move(b)), step(std::move(c)) {}
  Value start, stop, step;
};

class BigIntObj : public Object {
 public:
  BigIntObj(Type* t, BigInt v) : Object(t), v(std::move(v)) {}
  BigInt v;
};

class Cell : public Container {
 public:
  void traverse(VisitRef visit, void* ctx) override;
  void clear_refs() override;
  explicit Cell(Type* t) : Container(t) {}
  Value value;
  bool empty = true;
};

class Function : public Container {
 public:
  void traverse(VisitRef visit, void* ctx) override;
  void clear_refs() override;
  Function(Type* t, Code* code, Dict* globals);
  ~Function() override;
  Code* code;                 // counted
  Dict* globals;              // counted
  std::vector<Value> defaults;
  Dict* kwdefaults = nullptr;  // counted, may be null
  std::vector<Value> closure;  // Cell values
  std::string name;
  std::string qualname;
  Dict* dict = nullptr;        // function attributes, lazily made
  Value annotations;           // __annotations__: a dict, made lazily when first read
};

struct KwArg {
  Str* name;  // borrowed from the caller's code constants
  Value value;
};

// Arguments of a call: positional values and keyword pairs.
struct Args {
  Value* pos = nullptr;
  size_t n = 0;
  KwArg* kw = nullptr;
  size_t nkw = 0;

  const Value& operator[](size_t i) const { return pos[i]; }
  // The value of keyword `name` (null when absent).
  const Value* keyword(std::string_view name) const;
};

using NativeFn = Value (*)(Args& args, void* data);

// A builtin function or method; `self` is bound for methods of an object.
class NativeFunction : public Container {
 public:
  void traverse(VisitRef visit, void* ctx) override;
  void clear_refs() override;
  NativeFunction(Type* t, std::string name, NativeFn fn, void* data = nullptr)
      : Container(t), name(std::move(name)), fn(fn), data(data) {}
  std::string name;
  NativeFn fn;
  void* data;
  Value self;             // bound receiver (None for a plain function)
  bool is_method = false; // defined on a type: called with self prepended
  std::shared_ptr<void> owner;  // keeps `data` alive when it is owned
};

class BoundMethod : public Container {
 public:
  void traverse(VisitRef visit, void* ctx) override;
  void clear_refs() override;
  BoundMethod(Type* t, Value self, Value func) : Container(t), self(std::move(self)), func(std::move(func)) {}
  Value self;
  Value func;
};

class Instance : public Container {
 public:
  void traverse(VisitRef visit, void* ctx) override;
  void clear_refs() override;
  explicit Instance(Type* t);
  ~Instance() override;
  Dict* dict;  // owned, counted
};

// A Python traceback entry.
struct TraceEntry {
  std::string file;
  std::string function;
  int line;
  const void* frame;  // identity only: a frame adds one entry however often it re-raises
  // The columns of the failing expression on `line` (col -1: none), for the carets.
  int col = -1;
  int end_line = 0;
  int end_col = -1;
};

class ExceptionObj : public Instance {
 public:
  explicit ExceptionObj(Type* t) : Instance(t) {}
  void traverse(VisitRef visit, void* ctx) override;
  void clear_refs() override;
  Value args;  // a tuple
  std::vector<TraceEntry> traceback;  // innermost (where it was raised) first
  Value cause;    // __cause__
  Value context;  // __context__
  bool suppress_context = false;
  // ExceptionGroup
  std::string group_message;
  Value group_exceptions;  // tuple
  // NameError: (code, globals) of the frame, for the "Did you mean" suggestion.
  Value name_scope;
  // OSError: (errno, strerror, filename, filename2) when made with the errno form.
  Value os_error_fields;
  // What a frame of CPython's traceback would keep alive while the exception lives
  // (asyncio.run's coroutine argument: its never-awaited warning comes when it dies).
  Value held_by_frame;
};

class Module : public Container {
 public:
  void traverse(VisitRef visit, void* ctx) override;
  Module(Type* t, std::string name);
  ~Module() override;
  std::string name;
  Dict* dict;
  // Where it came from, for its repr: written in C++ "(built-in)", in pylib "(frozen)".
  enum class Origin : uint8_t { Program, BuiltIn, Frozen } origin = Origin::Program;
};

class Property : public Container {
 public:
  void traverse(VisitRef visit, void* ctx) override;
  void clear_refs() override;
  explicit Property(Type* t) : Container(t) {}
  Value fget, fset, fdel;
};

// classmethod and staticmethod wrappers.
class MethodWrapper : public Container {
 public:
  void traverse(VisitRef visit, void* ctx) override;
  void clear_refs() override;
  MethodWrapper(Type* t, Value f) : Container(t), func(std::move(f)) {}
  Value func;
};

// A generator, coroutine or async generator: owns its suspended frame.
class Generator : public Container {
 public:
  void traverse(VisitRef visit, void* ctx) override;
  void clear_refs() override;
  enum class Kind : uint8_t { Generator, Coroutine, AsyncGenerator };
  Generator(Type* t, Kind kind, Frame* frame);
  ~Generator() override;
  Kind kind;
  Frame* frame;  // owned; null once finished
  bool running = false;
  bool started = false;
  bool awaited = false;  // coroutines: for "was never awaited"
  bool yielded_item = false;  // async generators: the last yield was an item (ASYNC_GEN_WRAP)
  // Async generators: its first __anext__/asend/athrow/aclose has been called (CPython's
  // ag_hooks_inited); if a loop was running then, that loop finalizes it (asyncgen hooks).
  bool hooks_inited = false;
  // The cycle collector ran its finalizer (close()) already: the destructor does not again.
  bool finalized = false;
  // Suspended after it started: dropping it runs its finally blocks (close()).
  bool needs_finalizer() const { return frame && started && !running && !finalized; }
  std::string name;
  std::string qualname;
  // Counted: its filename and first line, for reprs once the frame is gone (a
  // reference instead of a copy of the filename: 100k coroutines are common).
  Code* code = nullptr;
};

// The outcome of one step of an awaitable implemented in C++: a value to yield up
// to the task (a future, or None for a bare yield), or the awaitable's result.
// raised: the step raised `value` (a throw_in that re-raises what was thrown in
// returns it, so that a cancellation needs no C++ throw; whoever gets it raises it).
struct SendResultNative {
  bool yielded;
  Value value;
  bool raised = false;
  static SendResultNative raise(const Value& exc) { return {false, exc, true}; }
};

// An awaitable implemented in C++ (awaiting a future, a step of an async generator,
// asyncio's sleep and queues): await and yield from drive it with send/throw like a
// coroutine, with no Python frame. Its type has Type::native_awaitable set.
class NativeAwaitable : public Object {
 public:
  using Object::Object;
  // The next step; `sent` is None on the first one.
  virtual SendResultNative send(Value sent) = 0;
  // `exc` thrown in at the suspension point (a cancellation): clean up and raise (or
  // return SendResultNative::raise).
  virtual SendResultNative throw_in(const Value& exc);
  // As a task's coroutine: its name in reprs ("sleep", "Queue.get").
  virtual std::string name() const { return type()->name; }
  // As a task's coroutine in the task's repr: "sleep() running" for what CPython
  // writes in Python; builtin awaitables (an async generator's asend/athrow, anext's)
  // have no name there: "<async_generator_athrow without __name__>()".
  virtual std::string task_repr(bool done) const { return name() + "()" + (done ? " done" : " running"); }
  // True for what CPython implements as a coroutine (asyncio.iscoroutine, create_task).
  virtual bool is_coroutine_like() const { return true; }
};

// An iterator implemented in C++: `next` fills `out` and returns true, or returns
// false when exhausted. Iterators over lists, ranges etc. are all of this kind.
class NativeIterator : public Container {
 public:
  void clear_refs() override;
  using Next = std::function<bool(Value* out)>;
  NativeIterator(Type* t, Next next) : Container(t), next(std::move(next)) {}
  Next next;
  // A list's or tuple's iterator also says what it walks (the items of the sequence
  // its `next` keeps alive), so that the VM's FOR_ITER steps it without a call.
  const std::vector<Value>* items = nullptr;
  size_t index = 0;
  bool next_item(Value* out) {
    if (index >= items->size()) return false;
    *out = (*items)[index++];
    return true;
  }
  // A range's iterator keeps its position here for the same reason.
  bool is_range = false;
  int64_t range_cur = 0, range_stop = 0, range_step = 1;
  bool next_in_range(Value* out) {
    if (range_step > 0 ? range_cur >= range_stop : range_cur <= range_stop) return false;
    *out = Value::integer(range_cur);
    // A step past int64's end is past the stop too: end there (no signed overflow).
    if (__builtin_add_overflow(range_cur, range_step, &range_cur)) range_cur = range_stop;
    return true;
  }
};

// super(cls, obj): attribute lookup starting after cls in obj's MRO.
class SuperObj : public Container {
 public:
  void traverse(VisitRef visit, void* ctx) override;
  void clear_refs() override;
  SuperObj(Type* t, Value c, Value o) : Container(t), cls(std::move(c)), obj(std::move(o)) {}
  Value cls, obj;
};

// An object of a builtin module type whose data is a C++ object (random.Random...).
class NativeObject : public Container {
 public:
  explicit NativeObject(Type* t) : Container(t) {}
};

}  // namespace loopscope::lang
