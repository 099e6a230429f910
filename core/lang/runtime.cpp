// The Runtime: creates the builtin types and the exception hierarchy, keeps the
// interned names, and implements making values, raising exceptions, constructing
// instances (type(...) calls) and creating classes (__build_class__).
#include <optional>
#include "lang/class_hooks.h"
#include "lang/runtime_state.h"

#include <algorithm>
#include <unordered_map>

#include "lang/gc.h"
#include "lang/heap_limit.h"
#include "lang/interp_state.h"
#include "lang/native_recursion.h"
#include "lang/number_format.h"
#include "lang/numeric.h"
#include "lang/os_error.h"
#include "lang/suggestions.h"
#include "lang/traceback_format.h"
#include "lang/vm.h"
#include "loop/platform_sleep.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif

namespace loopscope::lang {

namespace {
thread_local Runtime* g_runtime = nullptr;
thread_local InterpState* g_interp = nullptr;
}  // namespace

constinit thread_local Types* g_types = nullptr;

Runtime& rt() { return *g_runtime; }
InterpState& interp() { return *g_interp; }

PyThrow::~PyThrow() {
  NoSuspension no_suspension;
  exc = Value();
}

namespace {

// Back-edges and calls per slice of Python code (InterpState::budget). In the browser
// a slice is short, since it is also how often the page can get a turn: 1000 units
// are under a millisecond of plain code but about 20 ms of printing to the console.
#ifdef __EMSCRIPTEN__
constexpr int kSliceBudget = 1000;
#else
constexpr int kSliceBudget = 10000;
#endif

// platform_maybe_yield reads the clock only every 32nd call (it is made for the
// loop's cheap iterations); a slice is coarse enough to read it every time, and 32
// slices of a print flood would be seconds without a frame.
// Returns whether the host had a turn.
bool give_host_turn_if_due() {
#ifdef __EMSCRIPTEN__
  static double last_turn_ms = 0;
  double now = emscripten_get_now();
  if (last_turn_ms == 0) last_turn_ms = now;
  if (now - last_turn_ms < kHostTurnInterval * 1000.0) return false;
  if (!platform_yield()) return false;  // not here (platform_may_suspend): the next slice
  last_turn_ms = emscripten_get_now();
  return true;
#else
  return false;
#endif
}

}  // namespace

NestingGuard::NestingGuard(const char* what) {
  InterpState& st = interp();
  if (++st.depth > st.recursion_limit) {
    --st.depth;
    raise(types().RecursionError, std::string("maximum recursion depth exceeded") + what);
  }
  if (++st.data_depth > st.data_depth_limit || native_stack_exhausted()) {
    --st.depth;
    --st.data_depth;
    raise(types().RecursionError, std::string("maximum recursion depth exceeded") + what);
  }
}

void InterpState::on_budget_exhausted() {
  poll_in_native_code();
  // Only here, at the VM's own interrupt checks: a collection runs finalizers (Python
  // code), which native code polling mid-operation (a regex match reading a buffer its
  // pattern owns) must not meet.
  if (gc) gc->collect_if_due();
}

void InterpState::poll_in_native_code() {
  budget = 10000;
  if (interrupt.exchange(false)) raise(types().KeyboardInterrupt, "");
  if (on_slice) on_slice();
}

void Runtime::give_host_turn_if_due() {
  // A turn outside the slices of Python code (a print flood): the next slice
  // boundary comes at once, so that a Stop pressed meanwhile is not kept waiting
  // for the rest of a slice (a thousand prints).
  if (options.host_turns && lang::give_host_turn_if_due()) interp_->budget = 0;
}

void InterpState::long_operation_step() {
#ifdef __EMSCRIPTEN__
  if (on_slice) on_slice();
#endif
}

// --- Object and Type ----------------------------------------------------------------------

Object::Object(Type* type) : holds_type_(type && !type->is_builtin), type_(type) {
  if (holds_type_) type_->retain();
}
Object::~Object() {
  if (!holds_type_) return;
  Layout l = type_->layout;
  if ((l == Layout::Str || l == Layout::Tuple || l == Layout::Set || l == Layout::FrozenSet) && g_runtime)
    g_runtime->subclass_instance_attrs.erase(this);
  type_->release();
}

Type::Type(Type* metatype, std::string n, Layout l) : Container(metatype), name(std::move(n)), layout(l) {}
Type::~Type() {
  if (dict) dict->release();
  if (is_builtin) return;
  for (Type* b : bases) b->release();  // new_class's references
  if (g_runtime) g_runtime->user_classes.erase(this);
}

const Value* Type::lookup(Str* n) const {
  Value key = Value::object(n);
  for (Type* t : mro)
    if (const Value* v = t->dict->get(key)) return v;
  return nullptr;
}
const Value* Type::lookup(std::string_view n) const { return lookup(intern_str(n)); }

// --- values ----------------------------------------------------------------------------

Str::Str(Type* t, std::string v) : Object(t), s(std::move(v)) { length = static_cast<int64_t>(utf8_length(s)); }

Value new_str(std::string s) { return Value::object(new Str(types().str, std::move(s))); }
Value new_str(std::string s, int64_t code_points) {
  return Value::object(new Str(types().str, std::move(s), code_points));
}

Str* intern_str(std::string_view s) {
  auto& table = rt().interned;
  auto it = table.find(std::string(s));
  if (it != table.end()) return as<Str>(it->second);
  Value v = new_str(std::string(s));
  Str* p = as<Str>(v);
  table.emplace(std::string(s), std::move(v));
  return p;
}
Value intern(std::string_view s) { return Value::object(intern_str(s)); }

Value new_bytes(std::string s) { return Value::object(new Bytes(types().bytes, std::move(s))); }

Value new_int(const BigInt& v) {
  if (v.fits_int64()) return Value::integer(v.to_int64());
  return Value::object(new BigIntObj(types().int_, v));
}

Value new_list(std::vector<Value> items) {
  auto* l = new List(types().list);
  l->items = std::move(items);
  return Value::object(l);
}

Value new_tuple(std::vector<Value> items) {
  auto* t = new Tuple(types().tuple);
  t->items = std::move(items);
  return Value::object(t);
}

Value new_dict() { return Value::object(new Dict(types().dict)); }
Value new_set(Type* t) { return Value::object(new Set(t ? t : types().set)); }
Value none() { return Value(); }
Value ellipsis() { return rt().ellipsis; }
Value not_implemented() { return rt().not_implemented; }

Value make_native(std::string name, NativeFn fn, void* data) {
  return Value::object(new NativeFunction(types().native_function, std::move(name), fn, data));
}

Function::Function(Type* t, Code* c, Dict* g) : Container(t), code(c), globals(g) {
  code->retain();
  globals->retain();
}
Function::~Function() {
  code->release();
  globals->release();
  if (kwdefaults) kwdefaults->release();
  if (dict) dict->release();
}

Instance::Instance(Type* t) : Container(t), dict(new Dict(types().dict)) { dict->retain(); }
Instance::~Instance() { dict->release(); }

Module::Module(Type* t, std::string n) : Container(t), name(std::move(n)), dict(new Dict(types().dict)) {
  dict->retain();
}
Module::~Module() { dict->release(); }

Generator::Generator(Type* t, Kind k, Frame* f) : Container(t), kind(k), frame(f) {}

void close_reporting_errors(Generator* g) {
  try {
    Vm::close(g);
  } catch (PyThrow& t) {
    // CPython's unraisable hook: a finalizer's error is printed, not raised.
    rt().write_stderr("Exception ignored in: " + repr(Value::object(g)) + "\n" + format_traceback_unchained(t.exc));
  }
}

Generator::~Generator() {
  if (frame && kind == Kind::Coroutine && !started) {
    // A destructor must not throw: past the heap cap even the warning's text may not
    // be allocated (a coroutine dropped because making its task ran out of memory).
    try {
      rt().report_never_awaited(qualname);
    } catch (...) {
    }
  }
  if (kind == Kind::AsyncGenerator && hooks_inited) {
    // A loop's async generator: closed by an aclose() task on that loop.
    try {
      schedule_async_generator_close(this);
    } catch (...) {
    }
  }
  if (frame && started && !finalized) {
    // An abandoned suspended generator runs its finally blocks like CPython's close().
    try {
      frame->gen = nullptr;
      retain();  // resume() retains us; keep the count from touching zero again
      close_reporting_errors(this);
    } catch (...) {
    }
  }
  delete frame;
  if (code) code->release();
}

int64_t Range::length() const {
  // In unsigned arithmetic: stop - start overflows int64 for ranges across zero
  // (range(-2**63, 2**63 - 1)); a length past int64 is CPython's OverflowError too.
  uint64_t n = 0;
  if (step > 0 && start < stop) n = (uint64_t(stop) - uint64_t(start) - 1) / uint64_t(step) + 1;
  if (step < 0 && start > stop) n = (uint64_t(start) - uint64_t(stop) - 1) / (0 - uint64_t(step)) + 1;
  if (n > uint64_t(INT64_MAX)) raise(types().OverflowError, "Python int too large to convert to C ssize_t");
  return static_cast<int64_t>(n);
}

// --- exceptions -------------------------------------------------------------------------

Value make_exception_args(Type* t, std::vector<Value> args) {
  auto* e = new ExceptionObj(t);
  e->args = new_tuple(std::move(args));
  return Value::object(e);
}

Value make_exception(Type* t, std::string message) {
  if (message.empty()) return make_exception_args(t, {});
  return make_exception_args(t, {new_str(std::move(message))});
}

void raise(Type* t, std::string message) { throw PyThrow{make_exception(t, std::move(message))}; }
void raise_value(Value exc) { throw PyThrow{std::move(exc)}; }
void type_error(std::string message) { raise(types().TypeError, std::move(message)); }
void value_error(std::string message) { raise(types().ValueError, std::move(message)); }

// --- classes ------------------------------------------------------------------------------

// C3 linearisation of the bases' MROs.
static std::vector<Type*> c3_mro(Type* cls) {
  std::vector<std::vector<Type*>> seqs;
  for (Type* b : cls->bases) seqs.push_back(b->mro);
  seqs.push_back(cls->bases);
  std::vector<Type*> out{cls};
  for (;;) {
    bool empty = true;
    for (auto& s : seqs)
      if (!s.empty()) empty = false;
    if (empty) return out;
    Type* pick = nullptr;
    for (auto& s : seqs) {
      if (s.empty()) continue;
      Type* cand = s.front();
      bool in_tail = false;
      for (auto& s2 : seqs)
        for (size_t i = 1; i < s2.size(); ++i)
          if (s2[i] == cand) in_tail = true;
      if (!in_tail) {
        pick = cand;
        break;
      }
    }
    if (!pick) {
      // CPython names the distinct heads of what is left to merge.
      std::vector<Type*> heads;
      for (auto& s : seqs)
        if (!s.empty() && std::find(heads.begin(), heads.end(), s.front()) == heads.end()) heads.push_back(s.front());
      std::string names;
      for (Type* h : heads) names += (names.empty() ? " " : ", ") + h->name;
      type_error("Cannot create a consistent method resolution\norder (MRO) for bases" + names);
    }
    out.push_back(pick);
    for (auto& s : seqs)
      if (!s.empty() && s.front() == pick) s.erase(s.begin());
  }
}

// __slots__: checks the names and decides whether instances are limited to them.
static void set_slots(Type* t) {
  const Value* declared = t->dict->get_str("__slots__");
  if (!declared) return;
  std::vector<Value> names = is_str(*declared) ? std::vector<Value>{*declared} : to_vector(*declared);
  bool with_dict = false;
  std::vector<std::string> own;
  for (const Value& n : names) {
    if (!is_str(n)) type_error("__slots__ items must be strings, not '" + type_name(n) + "'");
    const std::string& name = str_of(n);
    if (name == "__dict__") {
      with_dict = true;
      continue;
    }
    if (t->dict->get_str(name)) value_error("'" + name + "' in __slots__ conflicts with class variable");
    own.push_back(name);
  }
  if (with_dict || t->layout != Layout::Instance) return;
  for (Type* b : t->bases)
    if (b != types().object && !b->slots_only) return;
  t->slots_only = true;
  t->slots = own;
  for (Type* b : t->bases)
    t->slots.insert(t->slots.end(), b->slots.begin(), b->slots.end());
}

// A builtin type a class may not derive from: CPython refuses these itself (its
// message), and Loopscope cannot extend others CPython allows: their values are
// immediates or objects whose constructor ignores the subclass (float(x) would hand
// back a plain float, silently not an instance of the class).
static void check_base(const Types& t, Type* b) {
  if (b == t.bool_ || b == t.none || b == t.range || b == t.slice || b == t.function ||
      b == t.native_function || b == t.bound_method || b == t.code || b == t.cell || b == t.generator ||
      b == t.coroutine || b == t.async_generator || b == t.ellipsis || b == t.not_implemented)
    type_error("type '" + b->name + "' is not an acceptable base type");
  bool extendable = b == t.type || b->layout == Layout::Instance || b->layout == Layout::Exception ||
                    b->layout == Layout::Dict || b->layout == Layout::List || b->layout == Layout::Tuple ||
                    b->layout == Layout::Set || b->layout == Layout::Str ||
                    (b->layout == Layout::Native && b != t.float_ && b != t.future && b != t.task && b != t.iterator);
  if (!extendable) type_error("subclassing '" + b->name + "' is not supported by Loopscope yet");
}

Type* Runtime::new_class(const std::string& name, std::vector<Type*> bases, Dict* ns, Type* metatype) {
  if (bases.empty()) bases.push_back(types.object);
  Layout layout = Layout::Instance;
  for (Type* b : bases) {
    if (!b->is_builtin) continue;
    check_base(types, b);
  }
  for (Type* b : bases) {
    if (b->layout == Layout::Exception) layout = Layout::Exception;
    else if (b->layout != Layout::Instance && b != types.object) layout = b->layout;
  }
  // A class that defines __eq__ but not __hash__ is unhashable: __hash__ = None.
  if (ns->get_str("__eq__") && !ns->get_str("__hash__")) ns->set_str("__hash__", Value());
  make_init_subclass_classmethod(ns);
  // The class body's __class__ cell (zero-argument super()) leaves the namespace.
  Value classcell;
  ns->erase(Value::object(intern_str("__classcell__")), &classcell);
  auto* t = new Type(metatype ? metatype : types.type, name, layout);
  t->is_builtin = false;
  user_classes.insert(t);
  t->bases = bases;
  for (Type* b : bases) b->retain();
  t->dict = ns;
  ns->retain();
  try {
    t->mro = c3_mro(t);
  } catch (...) {
    // No consistent MRO: nothing holds the half-made class yet, so it goes now
    // (releasing its bases and namespace); it used to leak.
    t->retain();
    t->release();
    throw;
  }
  for (Type* b : t->mro) {
    if (b->is_base_exception) t->is_base_exception = true;
    if (b->native_dunders) t->native_dunders = true;
    if (b->match_sequence) t->match_sequence = true;
    const Value* ga = b->is_builtin ? nullptr : b->dict->get_str("__getattribute__");
    if (ga || b->custom_getattribute) t->custom_getattribute = true;
  }
  if (const Value* m = ns->get_str("__module__"))
    if (is_str(*m)) t->module = str_of(*m);
  if (const Value* qn = ns->get_str("__qualname__"))
    if (is_str(*qn)) t->qualname = str_of(*qn);
  set_slots(t);
  if (classcell.is_object() && classcell.as_object()->type() == types.cell) {
    as<Cell>(classcell)->value = Value::object(t);
    as<Cell>(classcell)->empty = false;
  }
  return t;
}

// The nearest class in t's MRO whose C++ constructor makes t's layout (list for
// class Stack(list)); null when there is none.
static Type* layout_owner(Type* t) {
  for (Type* m : t->mro)
    if (m->ctor && m->layout == t->layout) return m;
  return nullptr;
}

// A function written in Python, possibly wrapped in staticmethod (a __new__).
static bool python_function(const Value& f, Value* out) {
  Value fn = f;
  if (fn.is_object() && fn.as_object()->type() == types().staticmethod) fn = as<MethodWrapper>(fn)->func;
  if (!fn.is_object() || fn.as_object()->type() != types().function) return false;
  *out = fn;
  return true;
}

// Calls init(obj, *args, **kw) and checks that it returned None.
static void call_init(const Value& init, const Value& obj, Args& args) {
  std::vector<Value> a{obj};
  for (size_t i = 0; i < args.n; ++i) a.push_back(args.pos[i]);
  Args ia{a.data(), a.size(), args.kw, args.nkw};
  Value r = call(init, ia);
  if (!r.is_none()) type_error("__init__() should return None, not '" + type_name(r) + "'");
}

// type(...)(args): allocate by layout, then __init__. Like CPython, a builtin
// mutable container (dict, list, set) is made empty and filled by __init__ (its own
// or the subclass's), while an immutable one (tuple, str) takes the arguments at
// construction and ignores them in __init__.
Value construct(Type* t, Args& args) {
  Type* owner = layout_owner(t);
  if (t->is_builtin) {
    if (t == types().type && args.n == 3) {
      // type(name, bases, ns) made by a base's metaclass: that metaclass's __init__ too.
      Value cls = owner->ctor(t, args);
      const Value* init = type_of(cls)->lookup("__init__");
      if (init && init->is_object() && init->as_object()->type() == types().function) call_init(*init, cls, args);
      return cls;
    }
    if (owner) return owner->ctor(t, args);
    if (t->layout != Layout::Exception) type_error("cannot create '" + t->name + "' instances");
  }
  // A class of the program: CPython calls it through tp_call, which it checks.
  std::optional<NestingGuard> call_check;
  if (!t->is_builtin) call_check.emplace(kWhileCalling);
  Value obj;
  const Value* new_slot = t->lookup("__new__");
  if (new_slot == types().object->dict->get_str("__new__")) new_slot = nullptr;  // object's: no override
  Value new_fn;
  bool filled_by_init = t->layout == Layout::Dict || t->layout == Layout::List || t->layout == Layout::Set;
  if (new_slot && python_function(*new_slot, &new_fn)) {
    // __new__ written in Python (namedtuple's): call it, then __init__ on what it returns.
    std::vector<Value> a{Value::object(t)};
    for (size_t i = 0; i < args.n; ++i) a.push_back(args.pos[i]);
    Args na{a.data(), a.size(), args.kw, args.nkw};
    obj = call(new_fn, na);
    if (!isinstance(obj, t)) return obj;
  } else if (owner && owner != types().object) {
    Args no_args;
    obj = owner->ctor(t, filled_by_init ? no_args : args);
  } else if (t->layout == Layout::Exception) {
    obj = Value::object(new ExceptionObj(t == types().OSError ? os_error_type_for(args) : t));
    std::vector<Value> a(args.pos, args.pos + args.n);
    as<ExceptionObj>(obj)->args = new_tuple(std::move(a));
  } else {
    obj = Value::object(new Instance(t));
  }
  // __init__ of what was made: a __new__ may return an instance of a subclass (or a
  // class whose metaclass is a subclass of the one called), as CPython's type_call.
  const Value* init = type_of(obj)->lookup("__init__");
  bool native_init = init && init->is_object() && init->as_object()->type() == types().native_function;
  if (init && (!native_init || filled_by_init || t->layout == Layout::Exception)) {
    call_init(*init, obj, args);
  } else if (!init && (args.n || args.nkw) && t->layout == Layout::Instance && !new_slot) {
    type_error(t->name + "() takes no arguments");
  }
  return obj;
}

// object.__new__(cls): a bare instance of cls, which its __init__ then fills (called
// from a __new__ written in Python, such as abc.ABC's).
static Value object_new(Args& a, void*) {
  if (a.n < 1) type_error("object.__new__(): not enough arguments");
  if (type_of(a[0])->layout != Layout::Type)
    type_error("object.__new__(X): X is not a type object (" + type_name(a[0]) + ")");
  if (a.n > 1 || a.nkw) type_error("object.__new__() takes exactly one argument (the type to instantiate)");
  Type* t = as<Type>(a[0]);
  Type* owner = layout_owner(t);
  if (t->is_builtin || (owner && owner != types().object && t->layout != Layout::Dict &&
                        t->layout != Layout::List && t->layout != Layout::Set)) {
    Type* base = owner ? owner : t;
    type_error("object.__new__(" + t->name + ") is not safe, use " + base->name + ".__new__()");
  }
  if (owner && owner != types().object) {
    Args no_args;
    return owner->ctor(t, no_args);
  }
  if (t->layout == Layout::Exception) {
    Value obj = Value::object(new ExceptionObj(t));
    as<ExceptionObj>(obj)->args = new_tuple({});
    return obj;
  }
  return Value::object(new Instance(t));
}

// str.__new__(cls, ...), list.__new__(cls) ...: an instance of cls (a subclass of the
// builtin) made by the builtin's constructor; the mutable ones start empty, their
// __init__ fills them (enum's str members are made this way).
static Value builtin_new(Args& a, void* data) {
  auto* base = static_cast<Type*>(data);
  if (a.n < 1 || type_of(a[0])->layout != Layout::Type)
    type_error(base->name + ".__new__(X): X is not a type object");
  Type* cls = as<Type>(a[0]);
  if (!cls->is_subtype(base))
    type_error(base->name + ".__new__(" + cls->name + "): " + cls->name + " is not a subtype of " + base->name);
  bool mutable_container = base->layout == Layout::List || base->layout == Layout::Dict || base->layout == Layout::Set;
  Args none;
  Args rest{a.pos + 1, a.n - 1, a.kw, a.nkw};
  return base->ctor(cls, mutable_container ? none : rest);
}

void install_object_new(Types& T) {
  T.object->dict->set_str("__new__", Value::object(new MethodWrapper(T.staticmethod, make_native("__new__", object_new))));
  for (Type* base : {T.str, T.list, T.dict, T.set})
    base->dict->set_str("__new__", Value::object(new MethodWrapper(T.staticmethod, make_native("__new__", builtin_new, base))));
}

// __build_class__(body, name, *bases, **kw): runs the body into a namespace (from the
// metaclass's __prepare__ when it has one written in Python), then makes the class:
// type's own steps, or a call of the metaclass (a subclass of type, or any callable
// given as metaclass=) with (name, bases, namespace, **kw).
static Value build_class(Args& args, void*) {
  if (args.n < 2) type_error("__build_class__: not enough arguments");
  NestingGuard call_check(kWhileCalling);
  Function* body = as<Function>(args.pos[0]);
  std::string name = str_of(args.pos[1]);
  // PEP 560: a base that is not a class names its replacements with __mro_entries__
  // (typing.NamedTuple, Generic[T]); the bases as written are kept as __orig_bases__.
  std::vector<Type*> bases;
  bool replaced = false;
  for (size_t i = 2; i < args.n; ++i) {
    const Value& b = args.pos[i];
    if (b.is_object() && b.as_object()->type()->layout == Layout::Type) {
      bases.push_back(as<Type>(b));
      continue;
    }
    Value entries_fn;
    if (!try_get_attr(b, intern_str("__mro_entries__"), &entries_fn)) type_error("bases must be types");
    std::vector<Value> written(args.pos + 2, args.pos + args.n);
    Value entries = call(entries_fn, {new_tuple(std::move(written))});
    if (type_of(entries) != types().tuple) type_error("__mro_entries__ must return a tuple");
    for (const Value& e : as<Tuple>(entries)->items) {
      if (!e.is_object() || e.as_object()->type()->layout != Layout::Type) type_error("bases must be types");
      bases.push_back(as<Type>(e));
    }
    replaced = true;
  }
  Value metaclass = Value::null();  // none given
  std::vector<KwArg> keywords;  // for __init_subclass__ (or the metaclass)
  for (size_t i = 0; i < args.nkw; ++i) {
    if (args.kw[i].name->s == "metaclass") metaclass = args.kw[i].value;
    else keywords.push_back(args.kw[i]);
  }
  if (metaclass.is_null()) metaclass = Value::object(bases.empty() ? types().type : bases[0]->type());
  bool meta_is_type = metaclass.is_object() && metaclass.as_object()->type()->layout == Layout::Type &&
                      as<Type>(metaclass)->is_subtype(types().type);
  if (meta_is_type) metaclass = Value::object(winning_metaclass(as<Type>(metaclass), bases));
  bool plain_type = metaclass.is(Value::object(types().type));
  Value base_tuple;
  if (!plain_type) {
    std::vector<Value> base_values;
    for (Type* b : bases) base_values.push_back(Value::object(b));
    base_tuple = new_tuple(std::move(base_values));
  }
  Value ns;
  Value prepare;
  if (meta_is_type && !plain_type && try_get_attr(metaclass, intern_str("__prepare__"), &prepare)) {
    Value prepare_args[] = {args.pos[1], base_tuple};
    Args pargs{prepare_args, 2, keywords.data(), keywords.size()};
    ns = call(prepare, pargs);
    if (type_of(ns) != types().dict)
      type_error(as<Type>(metaclass)->name + ".__prepare__() must return a dict here (Loopscope), not " +
                 type_name(ns));
  } else {
    ns = new_dict();
  }
  if (replaced) {
    std::vector<Value> written(args.pos + 2, args.pos + args.n);
    as<Dict>(ns)->set_str("__orig_bases__", new_tuple(std::move(written)));
  }
  auto frame = std::make_unique<Frame>(body->code, body, body->globals);
  frame->locals = as<Dict>(ns);
  frame->locals->retain();
  for (size_t i = 0; i < body->closure.size(); ++i) frame->cells[body->code->cellvars.size() + i] = body->closure[i];
  for (size_t i = 0; i < body->code->cellvars.size(); ++i)
    frame->cells[i] = Value::object(new Cell(types().cell));
  Vm::run_frame(frame.get());
  if (!plain_type) {
    Value call_args[] = {args.pos[1], base_tuple, ns};
    Args margs{call_args, 3, keywords.data(), keywords.size()};
    return call(metaclass, margs);
  }
  Type* t = rt().new_class(name, bases, as<Dict>(ns));
  Value tv = Value::object(t);
  finish_class(t, keywords.data(), keywords.size());
  return tv;
}

Value build_class_function() { return rt().build_class_fn; }

const std::string& cell_name(const Code* code, int index) {
  size_t i = static_cast<size_t>(index);
  if (i < code->cellvars.size()) return code->cellvars[i];
  return code->freevars[i - code->cellvars.size()];
}

Value load_global(Frame* f, Str* name) {
  Value key = Value::object(name);
  if (const Value* v = f->globals->get(key)) return *v;
  if (const Value* v = rt().builtins->get(key)) return *v;
  name_not_defined(name->s);
}

void name_not_defined(const std::string& name) { raise_name_error(name); }

// --- the runtime ---------------------------------------------------------------------

Runtime::Runtime(Options opts) : options(opts) {
  saved_heap_cap_ = cap_heap_growth(opts.heap_limit);
  saved_runtime_ = g_runtime;
  saved_interp_ = g_interp;
  g_runtime = this;
  g_types = &types;
  interp_ = std::make_unique<InterpState>();
  interp_->recursion_limit = opts.recursion_limit;
  gc = std::make_unique<Collector>(&interp_->budget, opts.gc_stress || std::getenv("LOOPSCOPE_GC_STRESS"));
  interp_->gc = gc.get();
#ifdef __EMSCRIPTEN__
  // Nested interpreter loops (await chains, __repr__ calling Python, ...) use the
  // browser's stack, about 1 MB. Once V8 has optimised the dispatch loop (TurboFan,
  // after it has run a while) a level takes 35 KB or more of it: under node 20 the
  // whole wasm lang_tests run overflowed (RangeError) at 20 levels once the dispatch
  // loop grew with its inlined fast paths, and passes at 16; 300+ fit before the
  // tier-up. Past this depth a RecursionError is raised instead. Plain Python calls,
  // including f(*args, **kwargs), run inline and do not count here.
  interp_->native_depth_limit = 16;
  interp_->data_depth_limit = 300;
#endif
  std::unique_ptr<Clock> base;
  saved_host_turns_ = platform_set_host_turns(opts.host_turns);
  if (opts.virtual_time) base = std::make_unique<VirtualClock>();
  else if (opts.scaled_clock) base = std::make_unique<ScaledClock>();
  else base = std::make_unique<RealClock>();
  clock = std::make_unique<ProgramClock>(std::move(base), opts.time_limit, stop_requested);
  if (opts.wall_time_limit > 0) clock->set_wall_time_limit(opts.wall_time_limit);
  // Every slice of Python code: a host's Stop is honoured and, in the browser, the
  // page gets a turn at least every kHostTurnInterval during long computations.
  interp_->on_slice = [this] {
    clock->check_stop();
    if (options.host_turns) lang::give_host_turn_if_due();
    interp_->budget = kSliceBudget;
  };
  g_interp = interp_.get();
  create_types();
  builtins_value = new_dict();
  builtins = as<Dict>(builtins_value);
  build_class_fn = make_native("__build_class__", build_class);
  install_builtins();
}

Runtime::~Runtime() {
  restore_heap_cap(saved_heap_cap_);  // the teardown itself is never refused
  platform_set_host_turns(saved_host_turns_);
  // A module's functions hold its dict as their globals: clear the dicts, as CPython's
  // finalization does, or every imported Python module (asyncio's half) outlives the
  // run, and a page that runs program after program grows with each run.
  for (auto& [name, m] : modules)
    if (m.is_object() && m.as_object()->type() == types.module && as<Module>(m)->dict != builtins)
      as<Module>(m)->dict->clear();
  modules.clear();
  std::vector<Type*> classes(user_classes.begin(), user_classes.end());
  for (Type* t : classes) t->retain();
  for (Type* t : classes) t->dict->clear();
  for (Type* t : classes) t->release();
  subclass_instance_attrs.clear();
  builtin_dunders.clear();
  random_generator = Value();
  loop_object = Value();
  event_loop_object = Value();
  loop_settings.clear();
  entered_contexts.clear();
  context_slot = &main_context;
  main_context = Value();
  loops.clear();  // abandons what is still pending, while the types still exist
  // The program's own cycles (and any the steps above left): collected, then whatever
  // container is still alive is cleared, so nothing the run made outlives it.
  gc->clear_everything();
  builtins_value = Value();
  build_class_fn = Value();
  interned.clear();
  ellipsis = Value();
  not_implemented = Value();
  // Types reference each other (mro, dicts holding functions): break the cycles.
  for (Type* t : all_types_) {
    if (t->dict) t->dict->clear();
  }
  for (Type* t : all_types_) t->release();
  gc->detach();
  g_runtime = saved_runtime_;
  g_types = saved_runtime_ ? &saved_runtime_->types : nullptr;
  g_interp = saved_interp_;
}

Type* Runtime::make_type(const std::string& name, Layout layout, Type* base, NativeCtor ctor) {
  auto* t = new Type(types.type, name, layout);
  Collector::untrack(t);  // lives as long as the Runtime; its dict is followed from nowhere
  t->retain();
  t->dict = new Dict(types.dict);
  t->dict->retain();
  t->ctor = ctor;
  if (base) t->bases.push_back(base);
  t->mro.push_back(t);
  if (base)
    for (Type* m : base->mro) t->mro.push_back(m);
  if (base && base->is_base_exception) t->is_base_exception = true;
  all_types_.push_back(t);
  return t;
}

Type* Runtime::make_exception_type(const std::string& name, Type* base, const std::string& module) {
  Type* t = make_type(name, Layout::Exception, base, nullptr);
  t->is_base_exception = true;
  t->module = module;
  exception_types[name] = t;
  return t;
}

}  // namespace loopscope::lang
