// The dispatch loop. Read execute(): one switch over the opcodes of code.h, the
// inline Python call (push a frame, carry on), and the unwinding of a Python
// exception through the blocks of each frame (catch at the bottom of the loop).
#include "lang/vm.h"

#include "lang/frame_pool.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <optional>

#include "lang/ast.h"
#include "lang/asyncio_native.h"
#include "lang/gc.h"
#include "lang/interp_state.h"
#include "lang/native_recursion.h"
#include "lang/pattern_match.h"
#include "lang/runtime_state.h"
#include "lang/set_ops.h"

namespace loopscope::lang {

// The functions of execute()'s rare instructions (below), each called from one place:
// out of line in WebAssembly only. Natively they are inlined back, and execute()'s
// code stays as it was (out of line, fib and the queue ping-pong took 11% and 13%
// more time with g++).
#ifdef __EMSCRIPTEN__
#define LOOPSCOPE_WASM_NOINLINE [[gnu::noinline]]
#else
#define LOOPSCOPE_WASM_NOINLINE LOOPSCOPE_ALWAYS_INLINE
#endif

// --- frames -------------------------------------------------------------------------

void* Frame::operator new(std::size_t size) { return frame_pool::take_frame(size); }
void Frame::operator delete(void* p) noexcept { frame_pool::give_frame(p); }

Frame::Frame(Code* c, Function* f, Dict* g) : code(c), func(f), globals(g) {
  code->retain();
  if (func) func->retain();
  globals->retain();
  nslots_ = static_cast<size_t>(code->nlocals() + code->ncells() + code->max_stack);
  slots_ = static_cast<Value*>(frame_pool::take_slots(nslots_, sizeof(Value)));
  for (size_t i = 0; i < nslots_; ++i) new (&slots_[i]) Value();
  fast = slots_;
  for (int i = 0; i < code->nlocals(); ++i) fast[i] = Value::null();
  cells = fast + code->nlocals();
  stack = cells + code->ncells();
  sp = stack;
}

Frame::~Frame() {
  for (size_t i = 0; i < nslots_; ++i) slots_[i].~Value();
  frame_pool::give_slots(slots_, nslots_, sizeof(Value));
  if (locals) locals->release();
  globals->release();
  if (func) func->release();
  code->release();
}

int Frame::line() const {
  if (code->lines.empty()) return code->first_line;
  int i = std::max(0, std::min(ip - 1, static_cast<int>(code->lines.size()) - 1));
  return code->lines[static_cast<size_t>(i)];
}

Code::Span Frame::span() const {
  if (code->spans.empty()) return {};
  int i = std::max(0, std::min(ip - 1, static_cast<int>(code->spans.size()) - 1));
  return code->spans[static_cast<size_t>(i)];
}

namespace {

[[noreturn]] void too_many_positional(Function* f, size_t given) {
  Code* c = f->code;
  size_t ndef = f->defaults.size();
  std::string takes;
  if (ndef && ndef < static_cast<size_t>(c->argcount))
    takes = "from " + std::to_string(c->argcount - static_cast<int>(ndef)) + " to " + std::to_string(c->argcount);
  else
    takes = std::to_string(c->argcount);
  type_error(f->qualname + "() takes " + takes + " positional argument" + (c->argcount == 1 && !ndef ? "" : "s") +
             " but " + std::to_string(given) + (given == 1 ? " was" : " were") + " given");
}

[[noreturn]] void missing_args(Function* f, const std::vector<std::string>& names, const char* kind) {
  std::string list;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) list += (i + 1 == names.size()) ? (names.size() > 2 ? ", and " : " and ") : ", ";
    list += "'" + names[i] + "'";
  }
  type_error(f->qualname + "() missing " + std::to_string(names.size()) + " required " + kind + " argument" +
             (names.size() == 1 ? "" : "s") + ": " + list);
}

bool is_positional_only(const Code* c, const std::string& name) {
  for (int i = 0; i < c->posonlyargcount; ++i)
    if (c->varnames[static_cast<size_t>(i)] == name) return true;
  return false;
}

}  // namespace

Frame* make_frame(Function* f, Args& args) {
  Code* c = f->code;
  auto frame = std::make_unique<Frame>(c, f, f->globals);
  Value* fast = frame->fast;
  const int argc = c->argcount;
  const int nkwonly = c->kwonlyargcount;
  const bool varargs = (c->flags & kCodeVarargs) != 0;
  const bool varkw = (c->flags & kCodeVarkw) != 0;
  size_t n = args.n;
  if (n > static_cast<size_t>(argc) && !varargs) too_many_positional(f, n);
  size_t npos = std::min(n, static_cast<size_t>(argc));
  for (size_t i = 0; i < npos; ++i) fast[i] = args.pos[i];
  int slot = argc + nkwonly;
  if (varargs) {
    std::vector<Value> rest;
    for (size_t i = npos; i < n; ++i) rest.push_back(args.pos[i]);
    fast[slot++] = new_tuple(std::move(rest));
  }
  Dict* kwdict = nullptr;
  if (varkw) {
    fast[slot] = new_dict();
    kwdict = as<Dict>(fast[slot]);
  }
  for (size_t k = 0; k < args.nkw; ++k) {
    const std::string& name = args.kw[k].name->s;
    int found = -1;
    for (int i = c->posonlyargcount; i < argc + nkwonly; ++i)
      if (c->varnames[static_cast<size_t>(i)] == name) {
        found = i;
        break;
      }
    if (found < 0) {
      if (kwdict) {
        kwdict->set(Value::object(args.kw[k].name), args.kw[k].value);
        continue;
      }
      if (is_positional_only(c, name)) {
        // CPython names every positional-only parameter passed by keyword.
        std::string names;
        for (size_t j = 0; j < args.nkw; ++j)
          if (is_positional_only(c, args.kw[j].name->s)) names += (names.empty() ? "" : ", ") + args.kw[j].name->s;
        type_error(f->qualname + "() got some positional-only arguments passed as keyword arguments: '" + names + "'");
      }
      type_error(f->qualname + "() got an unexpected keyword argument '" + name + "'");
    }
    if (!fast[found].is_null()) type_error(f->qualname + "() got multiple values for argument '" + name + "'");
    fast[found] = args.kw[k].value;
  }
  // Defaults for the missing positionals, then keyword-only defaults.
  size_t ndef = f->defaults.size();
  std::vector<std::string> missing;
  for (int i = static_cast<int>(npos); i < argc; ++i) {
    if (!fast[i].is_null()) continue;
    int d = i - (argc - static_cast<int>(ndef));
    if (d >= 0) fast[i] = f->defaults[static_cast<size_t>(d)];
    else missing.push_back(c->varnames[static_cast<size_t>(i)]);
  }
  if (!missing.empty()) missing_args(f, missing, "positional");
  for (int i = argc; i < argc + nkwonly; ++i) {
    if (!fast[i].is_null()) continue;
    const Value* d = f->kwdefaults ? f->kwdefaults->get_str(c->varnames[static_cast<size_t>(i)]) : nullptr;
    if (d) fast[i] = *d;
    else missing.push_back(c->varnames[static_cast<size_t>(i)]);
  }
  if (!missing.empty()) missing_args(f, missing, "keyword-only");
  // Cells: fresh ones (copying a parameter when captured), then the closure.
  size_t ncell = c->cellvars.size();
  for (size_t i = 0; i < ncell; ++i) {
    auto* cell = new Cell(types().cell);
    frame->cells[i] = Value::object(cell);
    int a = c->cell_args[i];
    if (a >= 0 && !fast[a].is_null()) {
      cell->value = fast[a];
      cell->empty = false;
    }
  }
  for (size_t i = 0; i < c->freevars.size(); ++i) frame->cells[ncell + i] = f->closure[i];
  return frame.release();
}

namespace {

Type* generator_type_for(uint32_t flags) {
  if (flags & kCodeCoroutine) return types().coroutine;
  if (flags & kCodeAsyncGenerator) return types().async_generator;
  return types().generator;
}

Generator::Kind generator_kind_for(uint32_t flags) {
  if (flags & kCodeCoroutine) return Generator::Kind::Coroutine;
  if (flags & kCodeAsyncGenerator) return Generator::Kind::AsyncGenerator;
  return Generator::Kind::Generator;
}

constexpr uint32_t kGenFlags = kCodeGenerator | kCodeCoroutine | kCodeAsyncGenerator;

Value make_generator(Function* f, Frame* frame) {
  auto* g = new Generator(generator_type_for(f->code->flags), generator_kind_for(f->code->flags), frame);
  frame->gen = g;
  g->name = f->name;
  g->qualname = f->qualname;
  g->code = f->code;
  g->code->retain();
  return Value::object(g);
}

// _PyObject_FunctionStr: "__main__.two()" for a function, "print()" for a builtin.
std::string function_str(const Value& f) {
  Value qualname, module;
  if (!try_get_attr(f, intern_str("__qualname__"), &qualname) || !is_str(qualname)) return type_name(f) + " object";
  std::string s = str_of(qualname) + "()";
  if (try_get_attr(f, intern_str("__module__"), &module) && is_str(module) && str_of(module) != "builtins")
    s = str_of(module) + "." + s;
  return s;
}

// What `*x` accepts: anything get_iter would iterate.
bool is_iterable(const Value& v) {
  if (!v.is_object()) return false;
  Type* t = type_of(v);
  switch (t->layout) {
    case Layout::Str: case Layout::Bytes: case Layout::List: case Layout::Tuple: case Layout::Dict:
    case Layout::Set: case Layout::FrozenSet: case Layout::Range: case Layout::Iterator: case Layout::Generator:
      return true;
    default:
      return t->lookup("__iter__") || t->lookup("__getitem__");
  }
}

[[noreturn]] void unbound_local(const std::string& name) {
  raise(types().UnboundLocalError, "cannot access local variable '" + name + "' where it is not associated with a value");
}

// The value of f's local `i` (LOAD_FAST and the superinstructions it starts), or
// UnboundLocalError at `ip` when it has none.
LOOPSCOPE_ALWAYS_INLINE const Value& bound_local(Frame* f, int i, int ip) {
  const Value& v = f->fast[i];
  if (v.is_null()) [[unlikely]] {
    f->ip = ip;
    unbound_local(f->code->varnames[static_cast<size_t>(i)]);
  }
  return v;
}

// The exception currently handled in `f` or its callers.
Value handled_in(Frame* f) {
  for (; f; f = f->parent)
    if (!f->handled.empty()) return f->handled.back();
  return Value();
}

void add_traceback(const Value& exc, Frame* f) {
  if (!exc.is_object()) return;
  auto* e = as<ExceptionObj>(exc);
  const std::string fn = f->code->name;
  int line = f->line();
  if (!e->traceback.empty()) {
    const TraceEntry& last = e->traceback.back();
    if (last.frame == f) return;  // re-raised in the frame that already has an entry
  }
  Code::Span span = f->span();
  e->traceback.push_back({f->code->filename, fn, line, f, span.col, span.end_line, span.end_col});
}

// A frame an exception leaves would live on in CPython (its traceback holds it), and
// so would its locals: an unawaited coroutine there warns "never awaited" only when the
// exception goes. The exception holds those here.
void hold_unawaited_locals(const Value& exc, Frame* f) {
  if (!exc.is_object()) return;
  for (int i = 0; i < f->code->nlocals(); ++i) {
    const Value& v = f->fast[i];
    if (!v.is_object() || v.as_object()->type() != types().coroutine || as<Generator>(v)->awaited) continue;
    Value& held = as<ExceptionObj>(exc)->held_by_frame;
    if (held.is_none()) held = new_list();
    else if (type_of(held) != types().list) held = new_list({held});
    as<List>(held)->items.push_back(v);
  }
}

bool exception_matches(const Value& exc, const Value& type) {
  if (type.is_object() && type.as_object()->type() == types().tuple) {
    for (auto& t : as<Tuple>(type)->items)
      if (exception_matches(exc, t)) return true;
    return false;
  }
  if (!type.is_object() || type.as_object()->type() != types().type || !as<Type>(type)->is_base_exception)
    type_error("catching classes that do not inherit from BaseException is not allowed");
  return isinstance(exc, as<Type>(type));
}

// `raise X`: X may be a class (instantiated) or an instance.
Value exception_instance(const Value& v) {
  if (v.is_object() && v.as_object()->type() == types().type) {
    Type* t = as<Type>(v);
    if (!t->is_base_exception) type_error("exceptions must derive from BaseException");
    return call(v, {});
  }
  if (v.is_object() && type_of(v)->is_base_exception) return v;
  type_error("exceptions must derive from BaseException");
}

struct SendResult {
  GenStatus status;
  Value value;
};

// Sends a value into the object an await/yield from delegates to (Raised: the delegate,
// a generator or coroutine, raised r.value; other delegates throw). Never inlined, as
// throw_to: GCC keeps both out of execute(), clang inlined them (WebAssembly's
// start-up: see LOOPSCOPE_WASM_NOINLINE).
[[gnu::noinline]] SendResult send_to(const Value& recv, Value v) {
  Type* t = type_of(recv);
  if (t == types().generator || t == types().coroutine) {
    SendResult r;
    r.status = Vm::resume_or_raised(as<Generator>(recv), std::move(v), nullptr, &r.value);
    return r;
  }
  if (t->native_awaitable) {
    SendResultNative r = static_cast<NativeAwaitable*>(recv.as_object())->send(std::move(v));
    return {status_of(r), std::move(r.value)};
  }
  Value out;
  if (v.is_none()) {
    if (iter_next(recv, &out)) return {GenStatus::Yielded, out};
    return {GenStatus::Returned, Value()};
  }
  try {
    out = call_method(recv, "send", {v});
  } catch (PyThrow& t2) {
    if (isinstance(t2.exc, types().StopIteration)) return {GenStatus::Returned, stop_iteration_value(t2.exc)};
    throw;
  }
  return {GenStatus::Yielded, out};
}

// Throws into the delegate; the delegate's own exception propagates.
[[gnu::noinline]] SendResult throw_to(const Value& recv, const Value& exc) {
  Type* t = type_of(recv);
  if (t == types().generator || t == types().coroutine) {
    SendResult r;
    r.status = Vm::resume_or_raised(as<Generator>(recv), Value(), &exc, &r.value);
    return r;
  }
  if (t->native_awaitable) {
    SendResultNative r = static_cast<NativeAwaitable*>(recv.as_object())->throw_in(exc);
    return {status_of(r), std::move(r.value)};
  }
  Value method;
  if (!try_get_attr(recv, intern_str("throw"), &method)) raise_value(exc);
  try {
    return {GenStatus::Yielded, call(method, {exc})};
  } catch (PyThrow& t2) {
    if (isinstance(t2.exc, types().StopIteration)) return {GenStatus::Returned, stop_iteration_value(t2.exc)};
    throw;
  }
}


// The plain Python function (not a generator or coroutine function) that calling
// `callable` runs, directly, as a bound method or as an instance's __call__: the VM
// runs its frame in the caller's dispatch loop instead of a nested one, so such
// calls cost no native stack. *self is what the call binds first (unchanged when
// nothing). Null when the call must go through call().
inline Function* inline_target(const Value& callable, Value* self) {
  if (!callable.is_object()) return nullptr;
  Object* o = callable.as_object();
  Type* t = o->type();
  const Value* fn = &callable;
  if (t == types().bound_method) {
    fn = &static_cast<BoundMethod*>(o)->func;
    *self = static_cast<BoundMethod*>(o)->self;
  } else if (!t->is_builtin && t->layout != Layout::Type) {
    fn = t->lookup("__call__");
    if (!fn) return nullptr;
    *self = callable;
  } else if (t != types().function) {
    return nullptr;
  }
  if (!fn->is_object() || fn->as_object()->type() != types().function) return nullptr;
  auto* f = static_cast<Function*>(fn->as_object());
  return f->code->flags & kGenFlags ? nullptr : f;
}

// The items of a tuple or list that is exactly that builtin type (a subclass may
// override __getitem__ or __iter__); null otherwise.
// T is types() (the dispatch loop passes the reference it keeps).
inline const std::vector<Value>* exact_items(const Types& T, const Value& v) {
  if (!v.is_object()) return nullptr;
  Object* o = v.as_object();
  if (o->type() == T.tuple) return &static_cast<Tuple*>(o)->items;
  if (o->type() == T.list) return &static_cast<List*>(o)->items;
  return nullptr;
}

// seq[key] for an exact tuple or list and an int key in range; null when the generic
// path must decide (other types, slices, an index out of range and its IndexError).
inline const Value* sequence_item(const Types& T, const Value& seq, const Value& key) {
  if (!key.is_int()) return nullptr;
  const std::vector<Value>* items = exact_items(T, seq);
  if (!items) return nullptr;
  int64_t i = key.as_int();
  int64_t n = static_cast<int64_t>(items->size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) return nullptr;
  return &(*items)[static_cast<size_t>(i)];
}

// container[key] = value for a list (not a subclass) at an int index in range, or a
// dict (not a subclass: no __setitem__ to call); moves value out when it stores.
// False when the generic set_item must decide. A dict's key may raise (unhashable,
// or its __hash__/__eq__): the caller has saved the frame's ip.
LOOPSCOPE_ALWAYS_INLINE bool store_subscr_fast(const Types& T, const Value& container, const Value& key, Value& value) {
  if (!container.is_object()) return false;
  Object* o = container.as_object();
  if (o->type() == T.list) {
    const Value* item = sequence_item(T, container, key);
    if (!item) return false;
    const_cast<Value&>(*item) = std::move(value);
    return true;
  }
  if (o->type() == T.dict) {
    static_cast<Dict*>(o)->set(key, std::move(value));
    return true;
  }
  return false;
}

// x <op> y for ints or floats (NaN compares as in Python); false for `is`, `in` and
// the other operators that are not a plain comparison.
template <class T>
inline bool ordered_compare(int op, T x, T y, bool* r) {
  switch (static_cast<ast::CmpOp>(op)) {
    case ast::CmpOp::Eq: *r = x == y; return true;
    case ast::CmpOp::NotEq: *r = x != y; return true;
    case ast::CmpOp::Lt: *r = x < y; return true;
    case ast::CmpOp::LtE: *r = x <= y; return true;
    case ast::CmpOp::Gt: *r = x > y; return true;
    case ast::CmpOp::GtE: *r = x >= y; return true;
    default: return false;
  }
}

// x op y on floats for the operators that cannot raise or need no special case;
// false sends the VM to the generic path (division by zero, pow's domain and overflow).
inline bool float_fast_op(int op, double x, double y, double* r) {
  switch (static_cast<ast::BinOp>(op)) {
    case ast::BinOp::Add: *r = x + y; return true;
    case ast::BinOp::Sub: *r = x - y; return true;
    case ast::BinOp::Mult: *r = x * y; return true;
    case ast::BinOp::Div:
      if (y == 0) return false;
      *r = x / y;
      return true;
    case ast::BinOp::Pow:
      if (!(x > 0) || !std::isfinite(y)) return false;
      *r = std::pow(x, y);
      return std::isfinite(*r) && *r != 0;
    default:
      return false;
  }
}


// --- global names through Code::name_cache -------------------------------------------
// A hit costs a bounds check and a pointer compare: the slot still holds the same
// interned name. Builtins are cached only while globals has not gained or lost a key
// since the miss that led there (a new global may shadow the builtin).

inline Code::NameCache& name_cache(const Code* code, int i) {
  if (code->name_cache.size() != code->names.size()) code->name_cache.resize(code->names.size());
  return code->name_cache[static_cast<size_t>(i)];
}

// The hit of the two functions below, inline in the handlers: the value in the dict
// slot where this site found its name last, or null.
inline Value* cached_slot_hit(Dict* d, const Code* code, int i) {
  if (static_cast<size_t>(i) >= code->name_cache.size()) return nullptr;
  return d->value_at_slot(code->name_cache[static_cast<size_t>(i)].slot, code->names[static_cast<size_t>(i)]);
}

Value cached_load_global(Frame* f, int i) {
  const Value& name = f->code->names[static_cast<size_t>(i)];
  Code::NameCache& c = name_cache(f->code, i);
  Dict* globals = f->globals;
  if (Value* v = globals->value_at_slot(c.slot, name)) return *v;
  Dict* builtins = rt().builtins;
  if (c.globals == globals && c.globals_version == globals->version)
    if (Value* v = builtins->value_at_slot(c.builtin_slot, name)) return *v;
  // slot_of finds the name by value: its key may be an equal str that is not the
  // interned one (globals()[computed] = v, exec's dicts), which the slot cache, keyed
  // by identity, never hits; such a name is found here each time.
  c.slot = globals->slot_of(name);
  if (c.slot >= 0) return globals->entry_value(c.slot);
  c.builtin_slot = builtins->slot_of(name);
  c.globals = globals;
  c.globals_version = globals->version;
  if (c.builtin_slot >= 0) return builtins->entry_value(c.builtin_slot);
  name_not_defined(as<Str>(name)->s);
}

// A module's attribute (math.sqrt) from the slot of its dict where this site found it
// last (get_attr looks in a module's dict first too: its type has no data descriptor
// to win); null when obj is not a module or the slot no longer holds the name.
LOOPSCOPE_ALWAYS_INLINE Value* cached_module_attr(const Code* code, int i, const Value& obj) {
  if (!obj.is_object() || obj.as_object()->type() != types().module) return nullptr;
  Dict* d = static_cast<Module*>(obj.as_object())->dict;
  const Value& name = code->names[static_cast<size_t>(i)];
  Code::NameCache& c = name_cache(code, i);
  if (Value* v = d->value_at_slot(c.module_slot, name)) return v;
  c.module_slot = d->slot_of(name);
  return d->value_at_slot(c.module_slot, name);
}

void cached_store(Dict* d, const Code* code, int i, Value v) {
  const Value& name = code->names[static_cast<size_t>(i)];
  Code::NameCache& c = name_cache(code, i);
  if (Value* slot = d->value_at_slot(c.slot, name)) {
    *slot = std::move(v);
    return;
  }
  d->set(name, std::move(v));
  c.slot = d->slot_of(name);
}

// A call with keyword arguments (CALL_*_KW), out of the dispatch loop: the keyword
// pairs' buffer lives in this function's frame, not the loop's (GCC zeroed the loop's
// 200-byte buffer on every call, keywords or not, and it made the loop's frame bigger).
// Makes the frame of a plain Python function to run inline (the arguments bound to
// it), or calls `callable` and sets *result (then null).
[[gnu::noinline]] Frame* call_with_keywords(Value callable, Value* args_start, size_t total, const Tuple* names,
                                            Value* self_slot, Value* result) {
  size_t nkw = names->items.size();
  std::array<KwArg, 8> kwbuf;
  std::vector<KwArg> kwvec;
  KwArg* kw = kwbuf.data();
  if (nkw > kwbuf.size()) {
    kwvec.resize(nkw);
    kw = kwvec.data();
  }
  for (size_t i = 0; i < nkw; ++i) {
    kw[i].name = as<Str>(names->items[i]);
    kw[i].value = std::move(args_start[total - nkw + i]);
  }
  Args args{args_start, total - nkw, kw, nkw};
  Value self = Value::null();
  if (Function* fn = inline_target(callable, &self)) {
    if (!self.is_null()) {
      // The callable's slot, just below the arguments, takes the bound self.
      *self_slot = std::move(self);
      args.pos = self_slot;
      ++args.n;
    }
    return make_frame(fn, args);
  }
  *result = call(callable, args);
  return nullptr;
}

struct ExecState {
  Frame* entry;
  Value* out;
};

// --- rare instructions, out of the dispatch loop ---------------------------------------
// V8 compiles a wasm function at its first call, and execute() is the first big one
// every program calls: its body was 80 KB of wasm, 5 ms of Liftoff's time in print(1)'s
// start-up, and TurboFan tiers a smaller loop up sooner. The instructions below, rare
// in loops or spending their time in the calls they make, are functions of their own
// in WebAssembly (LOOPSCOPE_WASM_NOINLINE; the CLI's link keeps binaryen from inlining
// them back): 48 KB are left. Each takes the stack pointer and returns it. An exception
// leaves the caller's sp where it was: what a function popped holds None, what it
// pushed is released when its slot is reused or the frame ends.
#define PUSH(v) (*sp++ = (v))
#define POP() (std::move(*--sp))
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(n)])

[[noreturn]] LOOPSCOPE_WASM_NOINLINE void free_variable_unbound(Frame* f, int i) {
  const std::string& n = cell_name(f->code, i);
  if (i < static_cast<int>(f->code->cellvars.size())) unbound_local(n);
  raise(types().NameError,
        "cannot access free variable '" + n + "' where it is not associated with a value in enclosing scope");
}

// f(*args, **kwargs): the frame of a plain Python function to run inline (decorators'
// wrappers: recursion through a decorator costs no native stack), or null and *result.
LOOPSCOPE_WASM_NOINLINE Frame* call_with_spread(Value callable, Value pos, Value kwargs, Value* result) {
  Value self = Value::null();
  if (Function* fn = inline_target(callable, &self)) {
    SpreadArgs spread(pos, kwargs);
    if (!self.is_null()) spread.pos.insert(spread.pos.begin(), std::move(self));
    Args args = spread.args();
    return make_frame(fn, args);
  }
  *result = call_with_tuple(callable, pos, kwargs);
  return nullptr;
}

LOOPSCOPE_WASM_NOINLINE Value* build_set(Value* sp, int n) {
  Value s = new_set();
  for (Value* p = sp - n; p < sp; ++p) set_add(s, *p);
  for (int i = 0; i < n; ++i) *--sp = Value();
  PUSH(std::move(s));
  return sp;
}

LOOPSCOPE_WASM_NOINLINE Value* build_map(Value* sp, int n) {
  Value d = new_dict();
  Dict* dp = as<Dict>(d);
  for (Value* p = sp - 2 * n; p < sp; p += 2) dp->set(p[0], p[1]);
  for (int i = 0; i < 2 * n; ++i) *--sp = Value();
  PUSH(std::move(d));
  return sp;
}

LOOPSCOPE_WASM_NOINLINE Value* build_slice(Value* sp, int n) {
  Value step = n == 3 ? POP() : Value();
  Value stop = POP();
  Value start = POP();
  PUSH(Value::object(new Slice(types().slice, std::move(start), std::move(stop), std::move(step))));
  return sp;
}

LOOPSCOPE_WASM_NOINLINE Value* build_string(Value* sp, int n) {
  std::string s;
  for (Value* p = sp - n; p < sp; ++p) s += str_of(*p);
  for (int i = 0; i < n; ++i) *--sp = Value();
  PUSH(new_str(std::move(s)));
  return sp;
}

LOOPSCOPE_WASM_NOINLINE Value* format_value_op(Value* sp, int arg) {
  Value spec = (arg & 4) ? POP() : Value();
  Value v = POP();
  int conv = arg & 3;
  if (conv == 1) v = new_str(str(v));
  else if (conv == 2) v = new_str(repr(v));
  else if (conv == 3) v = new_str(ascii_repr(v));
  if (spec.is_none() && is_str(v) && v.as_object()->type() == types().str) {  // not a str subclass
    PUSH(std::move(v));
  } else {
    PUSH(new_str(format_value(v, spec.is_none() ? std::string_view() : std::string_view(str_of(spec)))));
  }
  return sp;
}

LOOPSCOPE_WASM_NOINLINE Value* map_add(Value* sp, int depth) {
  Value v = POP();
  Value k = POP();
  as<Dict>(PEEK(depth))->set(k, std::move(v));
  return sp;
}

LOOPSCOPE_WASM_NOINLINE Value* list_extend(Value* sp, int arg) {
  Value it = POP();
  int depth = arg & kListExtendDepthMask;
  if (!is_iterable(it)) {
    // f(*x) alone names the function, as CPython's CALL_FUNCTION_EX does.
    if (arg & kListExtendCallArgs)
      type_error(function_str(PEEK(depth + 1)) + " argument after * must be an iterable, not " + type_name(it));
    type_error("Value after * must be an iterable, not " + type_name(it));
  }
  auto items = to_vector(it);
  auto& dst = as<List>(PEEK(depth))->items;
  for (auto& x : items) dst.push_back(std::move(x));
  return sp;
}

LOOPSCOPE_WASM_NOINLINE Value* dict_update(Value* sp, Instr in) {
  Value src = POP();
  Value keys;
  if (type_of(src)->layout != Layout::Dict && !try_get_attr(src, intern_str("keys"), &keys)) {
    // In a call the stack holds the function, the positional tuple, then the dict.
    if (in.op == Op::DICT_MERGE)
      type_error(function_str(PEEK(in.arg + 2)) + " argument after ** must be a mapping, not " + type_name(src));
    type_error("'" + type_name(src) + "' object is not a mapping");
  }
  dict_merge(PEEK(in.arg), src, in.op == Op::DICT_MERGE);
  return sp;
}

// a, b = seq (after < 0) or a, *b, c = seq: the items pushed last first.
LOOPSCOPE_WASM_NOINLINE Value* unpack_sequence(Value* sp, int before, int after) {
  Value seq = POP();
  std::vector<Value> items = unpack(seq, before, after);
  for (auto it = items.rbegin(); it != items.rend(); ++it) PUSH(std::move(*it));
  return sp;
}

// except*: [eg, type] -> [rest, match], or [eg] and *jump when nothing matches.
LOOPSCOPE_WASM_NOINLINE Value* except_star_match(Value* sp, bool* jump) {
  Value type = POP();
  Value eg = POP();
  Value match, rest;
  split_exception_group(eg, type, &match, &rest);
  *jump = match.is_none();
  if (*jump) {
    PUSH(std::move(eg));
  } else {
    PUSH(std::move(rest));
    PUSH(std::move(match));
  }
  return sp;
}

LOOPSCOPE_WASM_NOINLINE Value* end_async_for(Frame* f, Value* sp) {
  Value exc = POP();
  if (!isinstance(exc, types().StopAsyncIteration)) throw PyThrow{std::move(exc)};
  *--sp = Value();  // the iterator
  // Leave the handler state entered when the exception arrived.
  if (!f->blocks.empty() && f->blocks.back().kind == Block::ExceptHandler) {
    f->blocks.pop_back();
    f->handled.pop_back();
  }
  return sp;
}

LOOPSCOPE_WASM_NOINLINE Value* make_function(Frame* f, Value* sp, int flags) {
  Value qualname = POP();
  Value code_v = POP();
  auto* fn = new Function(types().function, as<Code>(code_v), f->globals);
  Value fv = Value::object(fn);
  fn->qualname = str_of(qualname);
  fn->name = fn->code->name;
  if (flags & 8) {
    Value cl = POP();
    fn->closure = as<Tuple>(cl)->items;
  }
  if (flags & 4) fn->annotations = POP();
  if (flags & 2) {
    Value kw = POP();
    fn->kwdefaults = as<Dict>(kw);
    fn->kwdefaults->retain();
  }
  if (flags & 1) {
    Value d = POP();
    fn->defaults = as<Tuple>(d)->items;
  }
  PUSH(std::move(fv));
  return sp;
}

LOOPSCOPE_WASM_NOINLINE Value* get_yield_from_iter(Frame* f, Value* sp) {
  Value v = POP();
  if (type_of(v) == types().coroutine && !(f->code->flags & (kCodeCoroutine)))
    type_error("cannot 'yield from' a coroutine object in a non-coroutine generator");
  PUSH(type_of(v) == types().generator || type_of(v) == types().coroutine ? v
       : v.is_future()                                                  ? await_future(v)
                                                                        : get_iter(v));
  return sp;
}

// Runs `slow_path` and catches what it raises here, where the C++ unwinder finds the
// handler at once: a raise caught in execute() costs microseconds more, since the
// unwinder scans execute()'s table of call sites (thousands) twice. False: raised (*exc).
template <class SlowPath>
[[gnu::noinline]] bool caught(SlowPath&& slow_path, Value* exc) {
  try {
    slow_path();
    return true;
  } catch (PyThrow& t) {
    *exc = std::move(t.exc);
  } catch (...) {
    *exc = current_exception_as_python();
  }
  return false;
}

// The exception `raise` (arg 0), `raise X` (1) or `raise X from Y` (2) raises: execute
// unwinds to its handler without a C++ throw when the handler is in the same loop.
LOOPSCOPE_WASM_NOINLINE Value exception_to_raise(Frame* f, Value* sp, int arg) {
  if (arg == 0) {
    Value cur = handled_in(f);
    if (cur.is_none()) raise(types().RuntimeError, "No active exception to reraise");
    return cur;
  }
  Value cause = arg == 2 ? POP() : Value::null();
  Value exc = exception_instance(POP());
  auto* e = as<ExceptionObj>(exc);
  if (!cause.is_null()) {
    if (!cause.is_none() && !(cause.is_object() && (type_of(cause)->is_base_exception ||
                                                   (cause.as_object()->type() == types().type &&
                                                    as<Type>(cause)->is_base_exception))))
      type_error("exception causes must derive from BaseException");
    e->cause = cause.is_none() ? Value() : exception_instance(cause);
    e->suppress_context = true;
  }
  return exc;
}

LOOPSCOPE_WASM_NOINLINE Value* setup_with(Frame* f, Value* sp, int handler) {
  Value mgr = POP();
  // CPython looks __enter__ up first.
  Value enter = get_special(mgr, "__enter__", "context manager protocol");
  Value exit = get_special(mgr, "__exit__", "context manager protocol (missed __exit__ method)");
  PUSH(std::move(exit));
  // __exit__ guards the body only: an exception in __enter__ does not reach it.
  Value entered = call(enter, {});
  f->blocks.push_back({Block::Finally, handler, static_cast<int>(sp - f->stack)});
  PUSH(std::move(entered));
  return sp;
}

LOOPSCOPE_WASM_NOINLINE Value* before_async_with(Value* sp) {
  Value mgr = POP();
  Value enter = get_special(mgr, "__aenter__", "asynchronous context manager protocol");
  Value exit = get_special(mgr, "__aexit__", "asynchronous context manager protocol (missed __aexit__ method)");
  PUSH(std::move(exit));
  PUSH(call(enter, {}));
  return sp;
}

LOOPSCOPE_WASM_NOINLINE Value* with_except_start(Value* sp) {
  Value exc = TOP();
  Value exit = PEEK(2);
  PUSH(call(exit, {Value::object(type_of(exc)), exc, traceback_value(exc)}));
  return sp;
}

LOOPSCOPE_WASM_NOINLINE Value* import_op(Frame* f, Value* sp, Instr in) {
  if (in.op == Op::IMPORT_NAME) {
    const Value& name = f->code->names[static_cast<size_t>(in.arg & 0xffffff)];
    PUSH(import_module(str_of(name), (in.arg & (1 << 30)) != 0));
  } else if (in.op == Op::IMPORT_FROM) {
    Str* name = as<Str>(f->code->names[static_cast<size_t>(in.arg)]);
    Value attr = import_from(TOP(), name);
    PUSH(std::move(attr));
  } else {
    Value mod = POP();
    import_star(mod, f->locals ? f->locals : f->globals);
  }
  return sp;
}

LOOPSCOPE_WASM_NOINLINE void setup_annotations(Frame* f) {
  // A module or class body with annotated names gets its __annotations__ dict.
  Dict* ns = f->locals ? f->locals : f->globals;
  if (!ns->get_str("__annotations__")) ns->set_str("__annotations__", Value::object(new Dict(types().dict)));
}

LOOPSCOPE_WASM_NOINLINE Value* match_op(Value* sp, Instr in) {
  if (in.op == Op::MATCH_CLASS) {
    Value names = POP();
    Value cls = POP();
    Value subject = POP();
    PUSH(match_class(subject, cls, names, in.arg));
  } else {
    Value keys = POP();
    Value subject = POP();
    PUSH(dict_without_keys(subject, keys));
  }
  return sp;
}

#undef PUSH
#undef POP
#undef TOP
#undef PEEK

// Runs `entry` (and the frames it calls inline) until it returns, yields or raises
// (Raised, *out: the exception; the callers below decide whether to throw it).
// `thrown`: resume by raising this exception at the frame's position.
GenStatus execute(Frame* entry, Value sent, const Value* thrown, Value* out) {
  InterpState& st = interp();
  const Types& T = types();
  Frame* const saved_current = st.current;
  if (++st.native_depth > st.native_depth_limit || native_stack_exhausted()) {
    --st.native_depth;
    raise(types().RecursionError, "maximum recursion depth exceeded");
  }
  struct Restore {
    InterpState& st;
    Frame* saved;
    ~Restore() {
      st.current = saved;
      --st.native_depth;
      platform_yield_while_unwinding();  // a RecursionError leaving 16 nested loops
    }
  } restore{st, saved_current};

  Frame* f = entry;
  f->parent = saved_current;
  st.current = f;
  Value* sp = f->sp;
  const Instr* code = f->code->code.data();
  int ip = f->ip;
  Value pending;  // an exception to raise before the next instruction
  bool has_pending = false;

  if (thrown) {
    if (ip < static_cast<int>(f->code->code.size()) && code[ip].op == Op::YIELD_FROM && ip > 0) {
      // Suspended in an await/yield from: the delegate gets the exception first.
      Value recv = sp[-1];
      SendResult r;
      if (!caught([&] { r = throw_to(recv, *thrown); }, &r.value)) r.status = GenStatus::Raised;
      if (r.status == GenStatus::Yielded) {
        *out = std::move(r.value);
        return GenStatus::Yielded;
      }
      if (r.status == GenStatus::Raised) {
        pending = std::move(r.value);
        has_pending = true;
      } else {
        sp[-1] = std::move(r.value);
      }
      ++ip;
    } else {
      pending = *thrown;
      has_pending = true;
    }
  } else if (f->ip > 0) {
    *sp++ = std::move(sent);
  }

// An assignment, not a construction in place: the slot above sp can still hold a
// value (POP() passed to a const Value& parameter leaves it there).
#define PUSH(v) (*sp++ = (v))
#define POP() (std::move(*--sp))
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(n)])

  // Dispatch: with GCC and Clang a handler ends by jumping to next_instruction, which
  // jumps through a table of label addresses ("threaded code"); the compiler copies
  // that jump into every handler, so the CPU predicts each one from where it is
  // instead of sharing the switch's single indirect jump. A plain goto (unlike a
  // computed one) runs the destructors of the handler's locals. The switch stays the
  // entry point, and the whole dispatch with other compilers and in WebAssembly, which
  // has no computed jumps: LLVM turns the label table back into a switch, and the
  // irreducible control flow around it into a second dispatch loop (2x slower).
#if defined(__GNUC__) && !defined(__EMSCRIPTEN__)
#define LOOPSCOPE_THREADED_DISPATCH 1
#endif
#ifdef LOOPSCOPE_THREADED_DISPATCH
#define LOOPSCOPE_OP_LABEL(name) &&TARGET_##name,
  static const void* const kTargets[] = {LOOPSCOPE_OPCODES(LOOPSCOPE_OP_LABEL)};
#undef LOOPSCOPE_OP_LABEL
#define TARGET(name) \
  case Op::name:     \
  TARGET_##name:
#define DISPATCH() goto next_instruction
#else
// A goto to the top of the dispatch loop (not `break`, which inside a handler's own
// loop or switch would leave that instead).
#define TARGET(name) case Op::name:
#define DISPATCH() goto next_instruction
#endif

  // Makes nf (a new Python frame, arguments bound) the running frame of this loop.
#define ENTER_FRAME(nf)                                                 \
  do {                                                                  \
    if (++st.depth > st.recursion_limit) {                              \
      --st.depth;                                                       \
      delete (nf);                                                      \
      raise(types().RecursionError, "maximum recursion depth exceeded"); \
    }                                                                   \
    f->sp = sp;                                                         \
    f->ip = ip;                                                         \
    (nf)->parent = f;                                                   \
    f = (nf);                                                           \
    st.current = f;                                                     \
    sp = f->sp;                                                         \
    code = f->code->code.data();                                        \
    ip = 0;                                                             \
    DISPATCH();                                                         \
  } while (0)

  for (;;) {
    // The exception to unwind with. A raise in this loop's frames goes straight to
    // `unwind` (a C++ throw and the catch's second look at it cost ~2 us a raise);
    // exceptions from native code arrive through the catch.
    Value exc;
    try {
      if (has_pending) {
        has_pending = false;
        f->ip = ip;
        exc = std::move(pending);
        goto unwind;
      }
      for (;;) {
#ifndef LOOPSCOPE_THREADED_DISPATCH
      next_instruction:
#endif
        // Declared here, not outside the try: the handler of exceptions never reads it,
        // so it need not live in memory.
        Instr in = code[ip++];
        switch (in.op) {
#ifdef LOOPSCOPE_THREADED_DISPATCH
        next_instruction:
          in = code[ip++];
          goto* kTargets[static_cast<uint8_t>(in.op)];
#endif
          TARGET(NOP)
            DISPATCH();
          TARGET(POP_TOP)
            --sp;
            *sp = Value();
            DISPATCH();
          TARGET(ROT_TWO)
            std::swap(sp[-1], sp[-2]);
            DISPATCH();
          TARGET(ROT_THREE) {
            Value top = POP();
            Value second = POP();
            Value third = POP();
            PUSH(std::move(top));
            PUSH(std::move(third));
            PUSH(std::move(second));
            DISPATCH();
          }
          TARGET(ROT_FOUR) {
            Value a = POP(), b = POP(), c = POP(), d = POP();
            PUSH(std::move(a));
            PUSH(std::move(d));
            PUSH(std::move(c));
            PUSH(std::move(b));
            DISPATCH();
          }
          TARGET(DUP_TOP)
            *sp = sp[-1];
            ++sp;
            DISPATCH();
          TARGET(DUP_TOP_TWO)
            sp[0] = sp[-2];
            sp[1] = sp[-1];
            sp += 2;
            DISPATCH();
          TARGET(LOAD_CONST)
            PUSH(f->code->consts[static_cast<size_t>(in.arg)]);
            DISPATCH();
          TARGET(LOAD_FAST) {
            const Value& v = bound_local(f, in.arg, ip);
            PUSH(v);
            DISPATCH();
          }
          TARGET(STORE_FAST)
            f->fast[in.arg] = POP();
            DISPATCH();
          TARGET(DELETE_FAST)
            if (f->fast[in.arg].is_null()) {
              f->ip = ip;
              unbound_local(f->code->varnames[static_cast<size_t>(in.arg)]);
            }
            f->fast[in.arg] = Value::null();
            DISPATCH();
          TARGET(LOAD_DEREF)
          TARGET(LOAD_CLASSDEREF) {
            if (in.op == Op::LOAD_CLASSDEREF && f->locals) {
              const std::string& n = cell_name(f->code, in.arg);
              if (const Value* v = f->locals->get_str(n)) {
                PUSH(*v);
                DISPATCH();
              }
            }
            auto* cell = as<Cell>(f->cells[in.arg]);
            if (cell->empty) {
              f->ip = ip;
              free_variable_unbound(f, in.arg);
            }
            PUSH(cell->value);
            DISPATCH();
          }
          TARGET(STORE_DEREF) {
            auto* cell = as<Cell>(f->cells[in.arg]);
            cell->value = POP();
            cell->empty = false;
            DISPATCH();
          }
          TARGET(DELETE_DEREF) {
            auto* cell = as<Cell>(f->cells[in.arg]);
            cell->value = Value();
            cell->empty = true;
            DISPATCH();
          }
          TARGET(LOAD_CLOSURE)
            PUSH(f->cells[in.arg]);
            DISPATCH();
          TARGET(LOAD_GLOBAL) {
            if (Value* v = cached_slot_hit(f->globals, f->code, in.arg)) {
              PUSH(*v);
              DISPATCH();
            }
            f->ip = ip;
            PUSH(cached_load_global(f, in.arg));
            DISPATCH();
          }
          TARGET(STORE_GLOBAL)
            if (Value* slot = cached_slot_hit(f->globals, f->code, in.arg)) {
              *slot = POP();
              DISPATCH();
            }
            cached_store(f->globals, f->code, in.arg, POP());
            DISPATCH();
          TARGET(DELETE_GLOBAL)
            if (!f->globals->erase(f->code->names[static_cast<size_t>(in.arg)])) {
              f->ip = ip;
              name_not_defined(str_of(f->code->names[static_cast<size_t>(in.arg)]));
            }
            DISPATCH();
          TARGET(LOAD_NAME) {
            f->ip = ip;
            if (f->locals && f->locals != f->globals) {
              if (const Value* v = f->locals->get(f->code->names[static_cast<size_t>(in.arg)])) {
                PUSH(*v);
                DISPATCH();
              }
            } else if (Value* v = cached_slot_hit(f->globals, f->code, in.arg)) {
              PUSH(*v);
              DISPATCH();
            }
            PUSH(cached_load_global(f, in.arg));
            DISPATCH();
          }
          TARGET(STORE_NAME) {
            Dict* d = f->locals ? f->locals : f->globals;
            if (Value* slot = cached_slot_hit(d, f->code, in.arg)) {
              *slot = POP();
              DISPATCH();
            }
            cached_store(d, f->code, in.arg, POP());
            DISPATCH();
          }
          TARGET(DELETE_NAME) {
            Dict* d = f->locals ? f->locals : f->globals;
            if (!d->erase(f->code->names[static_cast<size_t>(in.arg)])) {
              f->ip = ip;
              name_not_defined(str_of(f->code->names[static_cast<size_t>(in.arg)]));
            }
            DISPATCH();
          }
          TARGET(LOAD_ATTR) {
            f->ip = ip;
            if (Value* v = cached_module_attr(f->code, in.arg, sp[-1])) {
              sp[-1] = *v;
              DISPATCH();
            }
            Value obj = POP();
            Str* name = as<Str>(f->code->names[static_cast<size_t>(in.arg)]);
            Value attr;
            bool found = false;
            if (!caught([&] { found = find_attr(obj, name, &attr); }, &exc)) goto unwind;
            if (!found) {
              exc = missing_attribute_error(obj, name);
              goto unwind;
            }
            PUSH(std::move(attr));
            DISPATCH();
          }
          TARGET(STORE_ATTR) {
            f->ip = ip;
            Value obj = POP();
            Value v = POP();
            set_attr(obj, as<Str>(f->code->names[static_cast<size_t>(in.arg)]), std::move(v));
            DISPATCH();
          }
          TARGET(DELETE_ATTR) {
            f->ip = ip;
            Value obj = POP();
            del_attr(obj, as<Str>(f->code->names[static_cast<size_t>(in.arg)]));
            DISPATCH();
          }
          TARGET(LOAD_METHOD) {
            f->ip = ip;
            // A builtin type's methods never change (its attributes cannot be set), so
            // the method found last time for the same type is the method.
            Code::NameCache& cache = name_cache(f->code, in.arg);
            const Type* type = sp[-1].is_object() ? sp[-1].as_object()->type() : nullptr;
            if (type && type == cache.method_type) {
              Value obj = POP();
              PUSH(cache.method);
              PUSH(std::move(obj));
              DISPATCH();
            }
            if (Value* v = cached_module_attr(f->code, in.arg, sp[-1])) {
              Value attr = *v;
              sp[-1] = Value::null();
              PUSH(std::move(attr));
              DISPATCH();
            }
            Value obj = POP();
            Value method;
            if (lookup_method(obj, as<Str>(f->code->names[static_cast<size_t>(in.arg)]), &method)) {
              if (type && type->is_builtin && type->layout != Layout::Type && type->layout != Layout::Module &&
                  type != types().super_) {
                cache.method_type = type;
                cache.method = method;
              }
              PUSH(std::move(method));
              PUSH(std::move(obj));
            } else {
              PUSH(Value::null());
              PUSH(std::move(method));
            }
            DISPATCH();
          }
          TARGET(CALL_METHOD)
          TARGET(CALL_METHOD_KW)
          TARGET(CALL_FUNCTION)
          TARGET(CALL_FUNCTION_KW) {
            f->ip = ip;
            // Calls count like back-edges: recursion without a loop stays stoppable.
            if (--st.budget <= 0) st.on_budget_exhausted();
            int total = in.arg;
            Value names;
            if (in.op == Op::CALL_METHOD_KW || in.op == Op::CALL_FUNCTION_KW) names = POP();
            Value* args_start = sp - total;
            Value* callable_slot = args_start - 1;
            Value* base = callable_slot;  // everything from here up is popped
            if (in.op == Op::CALL_METHOD || in.op == Op::CALL_METHOD_KW) {
              // [method, self, args...] or [NULL, callable, args...]
              if (sp[-total - 2].is_null()) {
                base = sp - total - 2;
              } else {
                callable_slot = sp - total - 2;
                args_start = sp - total - 1;
                ++total;
                base = callable_slot;
              }
            }
            Value callable = std::move(*callable_slot);
            if (names.is_object()) {
              Value result;
              Frame* nf = call_with_keywords(std::move(callable), args_start, static_cast<size_t>(total),
                                             as<Tuple>(names), callable_slot, &result);
              while (sp > base) *--sp = Value();
              if (nf) ENTER_FRAME(nf);
              PUSH(std::move(result));
              DISPATCH();
            }
            Args args{args_start, static_cast<size_t>(total), nullptr, 0};
            Value self = Value::null();
            if (Function* fn = inline_target(callable, &self)) {
              if (!self.is_null()) {
                // The callable's slot, just below the arguments, takes the bound self.
                *callable_slot = std::move(self);
                args.pos = callable_slot;
                ++args.n;
              }
              Frame* nf = make_frame(fn, args);
              while (sp > base) *--sp = Value();
              ENTER_FRAME(nf);
            }
            // A builtin function or method (math.sqrt, list.append): called directly.
            Value result;
            if (!caught(
                    [&] {
                      if (callable.is_object() && callable.as_object()->type() == T.native_function) {
                        auto* nfn = static_cast<NativeFunction*>(callable.as_object());
                        result = nfn->fn(args, nfn->data);
                      } else {
                        result = call(callable, args);
                      }
                    },
                    &exc))
              goto unwind;
            while (sp > base) *--sp = Value();
            PUSH(std::move(result));
            DISPATCH();
          }
          TARGET(CALL_FUNCTION_EX) {
            f->ip = ip;
            Value kwargs = (in.arg & 1) ? POP() : Value();
            Value pos = POP();
            Value callable = POP();
            Value result;
            if (Frame* nf = call_with_spread(std::move(callable), std::move(pos), std::move(kwargs), &result))
              ENTER_FRAME(nf);
            PUSH(std::move(result));
            DISPATCH();
          }
          TARGET(BINARY_SUBSCR) {
            // Fast path: a list or tuple (not a subclass) indexed by an int in range.
            if (const Value* item = sequence_item(T, sp[-2], sp[-1])) {
              Value v = *item;
              *--sp = Value();
              sp[-1] = std::move(v);
              DISPATCH();
            }
            f->ip = ip;
            Value key = POP();
            Value obj = POP();
            Value item;
            bool found = false;
            if (!caught([&] { found = find_item(obj, key, &item); }, &exc)) goto unwind;
            if (!found) {  // a dict without the key (EAFP code): raised here
              exc = missing_key_error(key);
              goto unwind;
            }
            PUSH(std::move(item));
            DISPATCH();
          }
          TARGET(STORE_SUBSCR) {
            // [value, container, key] -> []
            f->ip = ip;
            if (store_subscr_fast(T, sp[-2], sp[-1], sp[-3])) {
              sp[-1] = Value();
              sp[-2] = Value();
              sp -= 3;
              DISPATCH();
            }
            Value key = POP();
            Value obj = POP();
            Value v = POP();
            set_item(obj, key, std::move(v));
            DISPATCH();
          }
          TARGET(DELETE_SUBSCR) {
            f->ip = ip;
            Value key = POP();
            Value obj = POP();
            del_item(obj, key);
            DISPATCH();
          }
          TARGET(BINARY_OP) {
            Value& a = sp[-2];
            Value& b = sp[-1];
            int64_t r;
            if (a.is_int() && b.is_int()) {
              int op = in.arg & 15;
              if (op == static_cast<int>(ast::BinOp::Add) && checked_add(a.as_int(), b.as_int(), &r)) {
                a = Value::integer(r);
                --sp;
                DISPATCH();
              }
              if (op == static_cast<int>(ast::BinOp::Sub) && checked_sub(a.as_int(), b.as_int(), &r)) {
                a = Value::integer(r);
                --sp;
                DISPATCH();
              }
              if (op == static_cast<int>(ast::BinOp::Mult) && checked_mul(a.as_int(), b.as_int(), &r)) {
                a = Value::integer(r);
                --sp;
                DISPATCH();
              }
              if ((op == static_cast<int>(ast::BinOp::Mod) || op == static_cast<int>(ast::BinOp::FloorDiv)) &&
                  b.as_int() > 0) {
                // Python rounds the quotient down; C++ truncates towards zero.
                int64_t x = a.as_int(), y = b.as_int();
                int64_t q = x / y, m = x % y;
                if (m < 0) {
                  --q;
                  m += y;
                }
                a = Value::integer(op == static_cast<int>(ast::BinOp::Mod) ? m : q);
                --sp;
                DISPATCH();
              }
            } else if ((a.is_float() || a.is_int()) && (b.is_float() || b.is_int())) {
              // At least one float: both convert (ints round to nearest, as CPython's).
              double x = a.is_float() ? a.as_float() : static_cast<double>(a.as_int());
              double y = b.is_float() ? b.as_float() : static_cast<double>(b.as_int());
              if (float_fast_op(in.arg & 15, x, y, &x)) {
                a = Value::floating(x);
                --sp;
                DISPATCH();
              }
            } else if ((in.arg & 15) == static_cast<int>(ast::BinOp::Add) && a.is_object() && b.is_object() &&
                       a.as_object()->type() == T.str && b.as_object()->type() == T.str) {
              // str + str (neither a subclass, whose __add__ would come first).
              f->ip = ip;
              auto* x = static_cast<Str*>(a.as_object());
              auto* y = static_cast<Str*>(b.as_object());
              Value r = new_str(x->s + y->s, x->length + y->length);
              *--sp = Value();
              sp[-1] = std::move(r);
              DISPATCH();
            }
            f->ip = ip;
            Value rhs = POP();
            Value lhs = POP();
            PUSH(binary_op(in.arg, lhs, rhs));
            DISPATCH();
          }
          TARGET(UNARY_OP) {
            f->ip = ip;
            Value a = POP();
            PUSH(unary_op(in.arg, a));
            DISPATCH();
          }
          TARGET(COMPARE_OP) {
            Value& a = sp[-2];
            Value& b = sp[-1];
            bool r;
            if ((a.is_int() && b.is_int() && ordered_compare(in.arg, a.as_int(), b.as_int(), &r)) ||
                (a.is_float() && b.is_float() && ordered_compare(in.arg, a.as_float(), b.as_float(), &r))) {
              a = Value::boolean(r);
              --sp;
              DISPATCH();
            }
            f->ip = ip;
            Value rhs = POP();
            Value lhs = POP();
            PUSH(compare_op(in.arg, lhs, rhs));
            DISPATCH();
          }
          TARGET(IS_OP) {
            Value rhs = POP();
            Value lhs = POP();
            bool same = lhs.is(rhs);
            PUSH(Value::boolean(in.arg ? !same : same));
            DISPATCH();
          }
          TARGET(CONTAINS_OP) {
            f->ip = ip;
            Value container = POP();
            Value item = POP();
            bool in_ = contains(container, item);
            PUSH(Value::boolean(in.arg ? !in_ : in_));
            DISPATCH();
          }
          TARGET(BUILD_TUPLE)
          TARGET(BUILD_LIST) {
            std::vector<Value> items;
            items.reserve(static_cast<size_t>(in.arg));
            for (Value* p = sp - in.arg; p < sp; ++p) items.push_back(std::move(*p));
            sp -= in.arg;
            PUSH(in.op == Op::BUILD_TUPLE ? new_tuple(std::move(items)) : new_list(std::move(items)));
            DISPATCH();
          }
          TARGET(BUILD_SET)
            f->ip = ip;
            sp = build_set(sp, in.arg);
            break;
          TARGET(BUILD_MAP)
            f->ip = ip;
            sp = build_map(sp, in.arg);
            break;
          TARGET(BUILD_SLICE)
            sp = build_slice(sp, in.arg);
            break;
          TARGET(BUILD_STRING)
            sp = build_string(sp, in.arg);
            DISPATCH();
          TARGET(FORMAT_VALUE)
            f->ip = ip;
            sp = format_value_op(sp, in.arg);
            break;
          TARGET(LIST_APPEND) {
            Value v = POP();
            as<List>(PEEK(in.arg))->items.push_back(std::move(v));
            DISPATCH();
          }
          TARGET(SET_ADD) {
            f->ip = ip;
            Value v = POP();
            set_add(PEEK(in.arg), v);
            DISPATCH();
          }
          TARGET(MAP_ADD)
            f->ip = ip;
            sp = map_add(sp, in.arg);
            DISPATCH();
          TARGET(LIST_EXTEND)
            f->ip = ip;
            sp = list_extend(sp, in.arg);
            DISPATCH();
          TARGET(SET_UPDATE) {
            f->ip = ip;
            Value it = POP();
            set_update(PEEK(in.arg), it);
            break;
          }
          TARGET(DICT_UPDATE)
          TARGET(DICT_MERGE)
            f->ip = ip;
            sp = dict_update(sp, in);
            break;
          TARGET(LIST_TO_TUPLE) {
            Value l = POP();
            PUSH(new_tuple(std::move(as<List>(l)->items)));
            DISPATCH();
          }
          TARGET(UNPACK_SEQUENCE) {
            // Fast path: a tuple or list (not a subclass) of exactly the right size.
            if (const std::vector<Value>* items = exact_items(T, sp[-1]);
                items && items->size() == static_cast<size_t>(in.arg)) {
              Value seq = POP();
              for (auto it = items->rbegin(); it != items->rend(); ++it) PUSH(*it);
              DISPATCH();
            }
            f->ip = ip;
            sp = unpack_sequence(sp, in.arg, -1);
            DISPATCH();
          }
          TARGET(UNPACK_EX)
            f->ip = ip;
            sp = unpack_sequence(sp, in.arg & 0xff, in.arg >> 8);
            break;
          TARGET(JUMP)
            ip = in.arg;
            DISPATCH();
          TARGET(POP_JUMP_IF_FALSE) {
            Value v = POP();
            bool t = v.is_bool() ? v.as_bool() : v.is_int() ? v.as_int() != 0 : (f->ip = ip, truthy(v));
            if (!t) ip = in.arg;
            break;
          }
          TARGET(POP_JUMP_IF_TRUE) {
            Value v = POP();
            bool t = v.is_bool() ? v.as_bool() : v.is_int() ? v.as_int() != 0 : (f->ip = ip, truthy(v));
            if (t) ip = in.arg;
            DISPATCH();
          }
          TARGET(JUMP_IF_FALSE_OR_POP)
            f->ip = ip;
            if (!truthy(TOP())) ip = in.arg;
            else *--sp = Value();
            DISPATCH();
          TARGET(JUMP_IF_TRUE_OR_POP)
            f->ip = ip;
            if (truthy(TOP())) ip = in.arg;
            else *--sp = Value();
            DISPATCH();
          TARGET(JUMP_IF_NOT_EXC_MATCH) {
            f->ip = ip;
            Value type = POP();
            Value exc = POP();
            if (!exception_matches(exc, type)) ip = in.arg;
            DISPATCH();
          }
          TARGET(JUMP_IF_NOT_EG_MATCH) {
            f->ip = ip;
            bool jump;
            sp = except_star_match(sp, &jump);
            if (jump) ip = in.arg;
            DISPATCH();
          }
          TARGET(GET_ITER) {
            f->ip = ip;
            Value v = POP();
            PUSH(get_iter(v));
            DISPATCH();
          }
          TARGET(FOR_ITER) {
            f->ip = ip;
            const Value& iter = TOP();
            auto* native = iter.is_object() && iter.as_object()->type()->layout == Layout::Iterator
                               ? static_cast<NativeIterator*>(iter.as_object())
                               : nullptr;
            if (native && native->is_range) {
              // A range steps here: no call.
              Value item;
              if (native->next_in_range(&item)) {
                PUSH(std::move(item));
              } else {
                *--sp = Value();
                ip = in.arg;
              }
              DISPATCH();
            }
            Value out_v;
            if (native ? (native->items ? native->next_item(&out_v) : native->next(&out_v)) : iter_next(iter, &out_v)) {
              PUSH(std::move(out_v));
            } else {
              *--sp = Value();
              ip = in.arg;
            }
            DISPATCH();
          }
          TARGET(GET_AITER) {
            f->ip = ip;
            Value v = POP();
            PUSH(get_aiter(v));
            DISPATCH();
          }
          TARGET(GET_ANEXT) {
            f->ip = ip;
            Value next = get_anext(TOP());
            PUSH(std::move(next));
            DISPATCH();
          }
          TARGET(END_ASYNC_FOR)
            f->ip = ip;
            sp = end_async_for(f, sp);
            DISPATCH();
          TARGET(MAKE_FUNCTION)
            sp = make_function(f, sp, in.arg);
            DISPATCH();
          TARGET(RETURN_VALUE) {
            Value result = POP();
            if (f == entry) {
              f->sp = sp;
              f->ip = ip;
              *out = std::move(result);
              return GenStatus::Returned;
            }
            Frame* done = f;
            f = f->parent;
            delete done;
            --st.depth;
            st.current = f;
            sp = f->sp;
            code = f->code->code.data();
            ip = f->ip;
            PUSH(std::move(result));
            DISPATCH();
          }
          TARGET(YIELD_VALUE) {
            f->ip = ip;
            f->sp = sp - 1;
            *out = POP();
            f->sp = sp;
            return GenStatus::Yielded;
          }
          TARGET(YIELD_FROM) {
            f->ip = ip;
            Value v = POP();
            SendResult r = send_to(TOP(), std::move(v));
            if (r.status == GenStatus::Yielded) {
              f->ip = ip - 1;  // resume here: the next value goes to the delegate
              f->sp = sp;
              *out = std::move(r.value);
              return GenStatus::Yielded;
            }
            if (r.status == GenStatus::Raised) {
              exc = std::move(r.value);
              goto unwind;
            }
            TOP() = std::move(r.value);
            DISPATCH();
          }
          TARGET(GET_AWAITABLE) {
            f->ip = ip;
            Value v = POP();
            PUSH(get_awaitable(v));
            if (f->gen && f->gen->gc_parked() && TOP().is_object() && TOP().as_object()->is_container())
              Collector::current()->park(static_cast<Container*>(TOP().as_object()));
            DISPATCH();
          }
          TARGET(GET_YIELD_FROM_ITER)
            f->ip = ip;
            sp = get_yield_from_iter(f, sp);
            DISPATCH();
          TARGET(ASYNC_GEN_WRAP)
            if (f->gen) f->gen->yielded_item = true;
            DISPATCH();
          TARGET(SETUP_FINALLY)
            f->blocks.push_back({Block::Finally, in.arg, static_cast<int>(sp - f->stack)});
            DISPATCH();
          TARGET(POP_BLOCK)
            f->blocks.pop_back();
            DISPATCH();
          TARGET(POP_EXCEPT)
            if (!f->blocks.empty() && f->blocks.back().kind == Block::ExceptHandler) f->blocks.pop_back();
            if (!f->handled.empty()) f->handled.pop_back();
            DISPATCH();
          TARGET(RERAISE)
            exc = POP();
            f->ip = ip;
            goto unwind;
          TARGET(RAISE_VARARGS)
            f->ip = ip;
            exc = exception_to_raise(f, sp, in.arg);
            goto unwind;
          TARGET(SETUP_WITH)
            f->ip = ip;
            sp = setup_with(f, sp, in.arg);
            DISPATCH();
          TARGET(BEFORE_ASYNC_WITH)
            f->ip = ip;
            sp = before_async_with(sp);
            DISPATCH();
          TARGET(SETUP_ASYNC_WITH)
            f->blocks.push_back({Block::Finally, in.arg, static_cast<int>(sp - f->stack) - 1});
            DISPATCH();
          TARGET(WITH_EXCEPT_START)
            f->ip = ip;
            sp = with_except_start(sp);
            DISPATCH();
          TARGET(LOAD_BUILD_CLASS)
            PUSH(build_class_function());
            DISPATCH();
          TARGET(LOAD_ASSERTION_ERROR)
            PUSH(Value::object(types().AssertionError));
            DISPATCH();
          TARGET(IMPORT_NAME)
          TARGET(IMPORT_FROM)
          TARGET(IMPORT_STAR)
            f->ip = ip;
            sp = import_op(f, sp, in);
            DISPATCH();
          TARGET(SETUP_ANNOTATIONS)
            setup_annotations(f);
            DISPATCH();
          TARGET(PUSH_NULL)
            PUSH(Value::null());
            DISPATCH();
          TARGET(CHECK_INTERRUPT)
            if (--st.budget <= 0) {
              f->ip = ip;
              st.on_budget_exhausted();
            }
            DISPATCH();
          TARGET(ROT_N) {
            Value top = std::move(sp[-1]);
            for (int k = 1; k < in.arg; ++k) sp[-k] = std::move(sp[-k - 1]);
            sp[-in.arg] = std::move(top);
            DISPATCH();
          }
          TARGET(GET_LEN) {
            f->ip = ip;
            int64_t n = length(TOP());
            PUSH(Value::integer(n));
            DISPATCH();
          }
          TARGET(MATCH_SEQUENCE) {
            bool yes = is_match_sequence(TOP());
            PUSH(Value::boolean(yes));
            DISPATCH();
          }
          TARGET(MATCH_MAPPING) {
            bool yes = is_match_mapping(TOP());
            PUSH(Value::boolean(yes));
            DISPATCH();
          }
          TARGET(MATCH_KEYS) {
            f->ip = ip;
            Value values = match_keys(PEEK(2), TOP());
            PUSH(std::move(values));
            DISPATCH();
          }
          TARGET(MATCH_CLASS)
          TARGET(COPY_DICT_WITHOUT_KEYS)
            f->ip = ip;
            sp = match_op(sp, in);
            DISPATCH();
          // Superinstructions (superinstructions.h): each runs its own instruction,
          // then the next ones of its sequence when their fast path applies (ip then
          // skips them); otherwise the next ones run as usual from where they are.
          TARGET(LOAD_FAST__LOAD_FAST) {
            const Value& v = bound_local(f, in.arg, ip);
            PUSH(v);
            const Value& w = f->fast[code[ip].arg];
            if (!w.is_null()) {
              PUSH(w);
              ++ip;
            }
            DISPATCH();
          }
          TARGET(LOAD_FAST__LOAD_CONST) {
            const Value& v = bound_local(f, in.arg, ip);
            PUSH(v);
            PUSH(f->code->consts[static_cast<size_t>(code[ip].arg)]);
            ++ip;
            DISPATCH();
          }
          TARGET(LOAD_FAST__SUBSCR_CONST) {
            const Value& v = bound_local(f, in.arg, ip);
            if (const Value* item = sequence_item(T, v, f->code->consts[static_cast<size_t>(code[ip].arg)])) {
              PUSH(*item);
              ip += 2;
              DISPATCH();
            }
            PUSH(v);
            DISPATCH();
          }
          TARGET(STORE_FAST__LOAD_FAST) {
            f->fast[in.arg] = POP();
            const Value& w = f->fast[code[ip].arg];
            if (!w.is_null()) {
              PUSH(w);
              ++ip;
            }
            DISPATCH();
          }
          TARGET(DUP_TOP_TWO__BINARY_SUBSCR) {
            // [seq, key] -> [seq, key, seq[key]]: an augmented assignment's read (x[i] += y)
            if (const Value* item = sequence_item(T, sp[-2], sp[-1])) {
              PUSH(*item);
              ++ip;
              DISPATCH();
            }
            sp[0] = sp[-2];
            sp[1] = sp[-1];
            sp += 2;
            DISPATCH();
          }
          TARGET(ROT_THREE__STORE_SUBSCR) {
            // [container, key, value] -> []: container[key] = value, an augmented
            // assignment's write, when STORE_SUBSCR's fast path applies.
            f->ip = ip + 1;
            if (store_subscr_fast(T, sp[-3], sp[-2], sp[-1])) {
              sp[-2] = Value();
              sp[-3] = Value();
              sp -= 3;
              ++ip;
              DISPATCH();
            }
            Value top = POP();
            Value second = POP();
            Value third = POP();
            PUSH(std::move(top));
            PUSH(std::move(third));
            PUSH(std::move(second));
            DISPATCH();
          }
        }
      }
    } catch (PyThrow& t) {
      exc = std::move(t.exc);
    } catch (...) {
      exc = current_exception_as_python();
    }
  unwind:
    // A Python exception in frame f: find a handler here or in an inline caller.
    {
      // The exception being handled where exc was raised is its __context__. Frames
      // left on the way out add none: what their callers handle was also visible to
      // the first (asking again per frame made unwinding N frames cost N^2).
      bool context_looked_up = false;
      for (;;) {
        auto* eo = as<ExceptionObj>(exc);
        if (eo->traceback.empty() || eo->traceback.back().frame != f) {
          if (eo->context.is_none() && !context_looked_up) {
            Value cur = handled_in(f);
            if (!cur.is_none() && !cur.is(exc)) eo->context = cur;
          }
          context_looked_up = true;
        }
        f->ip = std::max(f->ip, 1);
        add_traceback(exc, f);
        bool handled = false;
        while (!f->blocks.empty()) {
          Block b = f->blocks.back();
          f->blocks.pop_back();
          if (b.kind == Block::ExceptHandler) {
            if (!f->handled.empty()) f->handled.pop_back();
            continue;
          }
          Value* level = f->stack + b.level;
          while (sp > level) *--sp = Value();
          f->blocks.push_back({Block::ExceptHandler, -1, b.level});
          f->handled.push_back(exc);
          PUSH(exc);
          ip = b.handler;
          handled = true;
          break;
        }
        if (handled) break;
        // Leave frame f.
        hold_unawaited_locals(exc, f);
        while (sp > f->stack) *--sp = Value();
        f->handled.clear();
        if (f == entry) {
          f->sp = sp;
          f->ip = static_cast<int>(f->code->code.size());
          *out = std::move(exc);
          return GenStatus::Raised;
        }
        Frame* done = f;
        f = f->parent;
        delete done;
        --st.depth;
        st.current = f;
        sp = f->sp;
        code = f->code->code.data();
        ip = f->ip;
      }
      code = f->code->code.data();
    }
  }
#undef PUSH
#undef POP
#undef TOP
#undef PEEK
#undef TARGET
#undef DISPATCH
#undef ENTER_FRAME
}

}  // namespace

// --- the Vm entry points -------------------------------------------------------------

namespace {

// A frame pushed for the frame's duration, as CPython counts it (a call, module, class
// body, exec and eval, a resumed generator or coroutine).
struct FrameDepth {
  InterpState& st = interp();
  FrameDepth() {
    if (++st.depth > st.recursion_limit) {
      --st.depth;
      raise(types().RecursionError, "maximum recursion depth exceeded");
    }
  }
  ~FrameDepth() { --st.depth; }
};

}  // namespace

Value Vm::call_function(Function* fn, Args& args) {
  if (fn->code->flags & kGenFlags) return make_generator(fn, make_frame(fn, args));
  FrameDepth depth;  // also given back when binding the arguments raises
  std::unique_ptr<Frame> frame(make_frame(fn, args));
  Value out;
  if (execute(frame.get(), Value(), nullptr, &out) == GenStatus::Raised) throw PyThrow{std::move(out)};
  return out;
}

Value Vm::run_frame(Frame* frame) {
  FrameDepth depth;
  Value out;
  if (execute(frame, Value(), nullptr, &out) == GenStatus::Raised) throw PyThrow{std::move(out)};
  return out;
}

GenStatus Vm::resume(Generator* g, Value sent, const Value* thrown, Value* out) {
  GenStatus status = resume_or_raised(g, std::move(sent), thrown, out);
  if (status == GenStatus::Raised) throw PyThrow{std::move(*out)};
  return status;
}

GenStatus Vm::resume_or_raised(Generator* g, Value sent, const Value* thrown, Value* out) {
  const bool is_coro = g->kind == Generator::Kind::Coroutine;
  if (g->running) value_error(is_coro ? "coroutine already executing" : "generator already executing");
  if (!g->frame) {
    if (thrown) raise_value(*thrown);
    if (is_coro) raise(types().RuntimeError, "cannot reuse already awaited coroutine");
    raise_value(make_exception(types().StopIteration, ""));
  }
  if (!g->started && !thrown && !sent.is_none())
    type_error(std::string("can't send non-None value to a just-started ") +
               (is_coro ? "coroutine" : g->kind == Generator::Kind::AsyncGenerator ? "async generator" : "generator"));
  g->started = true;
  g->awaited = true;
  g->running = true;
  Value self = Value::object(g);  // keep alive while running
  GenStatus status;
  try {
    FrameDepth depth;
    status = execute(g->frame, std::move(sent), thrown, out);
  } catch (PyThrow& t) {
    status = GenStatus::Raised;
    *out = std::move(t.exc);
  }
  g->running = false;
  if (status == GenStatus::Raised) {
    delete g->frame;
    g->frame = nullptr;
    if (isinstance(*out, types().StopIteration)) {
      const char* what = is_coro ? "coroutine raised StopIteration" : "generator raised StopIteration";
      Value e = make_exception(types().RuntimeError, what);
      as<ExceptionObj>(e)->cause = *out;
      as<ExceptionObj>(e)->context = *out;
      as<ExceptionObj>(e)->suppress_context = true;
      *out = std::move(e);
    }
    return status;
  }
  if (status == GenStatus::Returned) {
    delete g->frame;
    g->frame = nullptr;
  }
  return status;
}

void Vm::close(Generator* g) {
  if (!g->frame || !g->started) {
    if (g->frame) {
      delete g->frame;
      g->frame = nullptr;
    }
    return;
  }
  Value exc = make_exception(types().GeneratorExit, "");
  Value out;
  try {
    GenStatus s = resume(g, Value(), &exc, &out);
    if (s == GenStatus::Yielded) raise(types().RuntimeError, "generator ignored GeneratorExit");
  } catch (PyThrow& t) {
    if (isinstance(t.exc, types().GeneratorExit) || isinstance(t.exc, types().StopIteration)) return;
    throw;
  }
}

Frame* Vm::current_frame() { return interp().current; }

Value Vm::handled_exception() { return handled_in(interp().current); }

int Vm::own_line(Generator* g) {
  if (!g || !g->frame) return g && g->code ? g->code->first_line : 0;
  Frame* f = g->frame;
  if (f->ip < static_cast<int>(f->code->code.size()) && f->code->code[static_cast<size_t>(f->ip)].op == Op::YIELD_FROM)
    return f->code->lines[static_cast<size_t>(f->ip)];
  return f->ip == 0 ? g->code->first_line : f->line();
}

// The line a suspended coroutine waits at: the deepest frame of the chain of awaits
// that belongs to the program itself (pylib frames, such as asyncio.sleep's, are
// skipped: the reader wants their own await).
int Vm::suspended_line(Generator* g) {
  int line = 0;
  for (int hops = 0; g && g->frame && hops < 1000; ++hops) {
    Frame* f = g->frame;
    bool own = f->code->filename == rt().filename;
    int here = f->line();
    if (f->ip < static_cast<int>(f->code->code.size()) && f->code->code[static_cast<size_t>(f->ip)].op == Op::YIELD_FROM &&
        f->sp > f->stack) {
      here = f->code->lines[static_cast<size_t>(f->ip)];
      if (own || line == 0) line = here;
      const Value& recv = f->sp[-1];
      Type* t = type_of(recv);
      if (t == types().coroutine || t == types().generator) {
        g = as<Generator>(recv);
        continue;
      }
      break;
    }
    if (own || line == 0) line = here;
    break;
  }
  return line;
}

}  // namespace loopscope::lang
