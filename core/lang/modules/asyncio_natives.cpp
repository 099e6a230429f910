// _asyncio: the native half of the asyncio module (pylib/asyncio.py is the rest).
// Future and Task are core/loop's own futures and tasks (asyncio_native.h); this
// file gives them their Python methods and provides the event loop object,
// asyncio.run, create_task, current_task/all_tasks, and how the loop's error
// reports ("Exception in callback", "Task exception was never retrieved") are
// printed, in CPython's words.
#include <memory>

#include "lang/asyncio_native.h"
#include "lang/interp_state.h"
#include "lang/modules/asyncio_debug.h"
#include "lang/modules/module_util.h"
#include "lang/program.h"
#include "lang/program_clock.h"
#include "lang/repr.h"
#include "lang/runtime_state.h"
#include "lang/set_ops.h"
#include "lang/short_repr.h"
#include "lang/vm.h"
#include "loop/deadlock_report.h"
#include "loop/event_loop.h"
#include "loop/handle.h"

namespace loopscope::lang {

Value current_exception_as_python();

namespace {

using PyFuture = FutureState<Value>;

// --- argument helpers ---------------------------------------------------------------

FutureBase* future_arg(const Value& v, const char* what) {
  if (!v.is_future()) type_error(std::string(what) + " expects a Future, got " + type_name(v));
  return v.as_future();
}

std::vector<Value> rest_args(Args& a, size_t from) {
  std::vector<Value> out;
  for (size_t i = from; i < a.n; ++i) out.push_back(a[i]);
  return out;
}

Value call_vector(const Value& fn, std::vector<Value>& args) {
  Args a;
  a.pos = args.data();
  a.n = args.size();
  return call(fn, a);
}

// The text of a traceback, or "Type: message" when the exception has none.
std::string exception_report(const Value& exc) { return format_traceback(exc); }

Value handle_value(Ref<Handle> h, bool timer);

void report_callback_error(const Value& fn, const std::vector<Value>& args, const Value& exc) {
  std::string cb = callback_text(fn, args);
  std::string handle_text = "<Handle " + cb + ">";
  Handle* h = Handle::running();
  Value handle = h ? handle_value(Ref<Handle>(h), dynamic_cast<TimerHandle*>(h) != nullptr) : new_str(handle_text);
  report_loop_error(EventLoop::current(), "Exception in callback " + cb, exc, "handle", handle, handle_text);
}

}  // namespace

// "print_it('x') at x.py:3" as CPython's format_helpers shows a callback: its
// name, the arguments' reprs, and where a Python function was defined.
std::string callback_text(const Value& fn, const std::vector<Value>& args) {
  std::string name;
  Value qn;
  if (try_get_attr(fn, intern_str("__qualname__"), &qn) && is_str(qn)) name = str_of(qn);
  else name = repr(fn);
  std::string s = name + "(";
  for (size_t i = 0; i < args.size(); ++i) s += (i ? ", " : "") + short_repr(args[i]);  // reprlib's
  s += ")";
  if (type_of(fn) == types().function) {
    Code* code = as<Function>(fn)->code;
    s += " at " + code->filename + ":" + std::to_string(code->first_line);
  }
  return s;
}

void PyCallback::operator()() {
  ContextScope in_context(&context);
  try {
    call_vector(fn, args);
  } catch (PyThrow& t) {
    // As Handle._run: all but SystemExit and KeyboardInterrupt is reported (a
    // CancelledError from task.exception() in a done callback too).
    if (isinstance(t.exc, types().SystemExit) || isinstance(t.exc, types().KeyboardInterrupt)) throw;
    report_callback_error(fn, args, t.exc);
  }
}

void PyDoneCallback::operator()(FutureBase& f) {
  std::vector<Value> args{Value::future(&f)};
  PyCallback{fn, std::move(args), 0, context}();
}

namespace {


// What the loop reports itself (a future nobody asked for its exception, ...): to the
// program's handler (loop.set_exception_handler) if it set one, else as asyncio's
// default handler prints it.
void python_exception_handler(EventLoop& loop, const ExceptionContext& context) {
  Value exc;
  if (context.exception) {
    try {
      std::rethrow_exception(context.exception);
    } catch (...) {
      exc = current_exception_as_python();
    }
  }
  std::string source_text = context.source.empty() ? std::string() : "<" + context.source + ">";
  // A future being destroyed (never retrieved) cannot be handed out: its repr then.
  Value source = context.future ? Value::future(context.future) : source_text.empty() ? Value() : new_str(source_text);
  report_loop_error(&loop, context.message, exc, context.source_key, source, source_text);
}

// --- the loop object ------------------------------------------------------------------

class LoopObj : public Object {
 public:
  LoopObj(Type* t, EventLoop* l) : Object(t), loop(l) {}
  EventLoop* loop;  // null once its asyncio.run has returned
};

class HandleObj : public Object {
 public:
  HandleObj(Type* t, Ref<Handle> h, bool timer) : Object(t), handle(std::move(h)), is_timer(timer) {}
  Ref<Handle> handle;
  bool is_timer;
};


EventLoop& loop_of(const Value& self) {
  auto* l = static_cast<LoopObj*>(self.as_object());
  if (!l->loop) raise(types().RuntimeError, "Event loop is closed");
  return *l->loop;
}

// The Python object of asyncio.run's loop (one at a time: its pointer is cleared
// when the run ends).
Value loop_object_of(EventLoop& loop) {
  if (rt().loop_object.is_none() || static_cast<LoopObj*>(rt().loop_object.as_object())->loop != &loop)
    rt().loop_object = Value::object(new LoopObj(types().event_loop, &loop));
  return rt().loop_object;
}

Value loop_value() { return loop_object_of(running_loop()); }

Value handle_value(Ref<Handle> h, bool timer) {
  return Value::object(new HandleObj(timer ? types().timer_handle : types().handle, std::move(h), timer));
}

// --- exception handlers: loop.set_exception_handler and the context dict -------------

using LoopSettings = Runtime::LoopSettings;

// What the program set on `loop` (`slot`: its handler or task factory), None if nothing.
Value loop_setting(EventLoop& loop, Value LoopSettings::*slot) {
  auto it = rt().loop_settings.find(&loop);
  return it == rt().loop_settings.end() ? Value() : it->second.*slot;
}

// asyncio's context dict: message, exception (if any), and what it concerns.
Value exception_context(std::string_view message, const Value& exc, const char* key, const Value& source) {
  Value context = new_dict();
  Dict* d = as<Dict>(context);
  d->set_str("message", new_str(std::string(message)));
  if (!exc.is_null() && !exc.is_none()) d->set_str("exception", exc);
  if (!source.is_null() && !source.is_none()) d->set_str(key, source);
  return context;
}

// BaseEventLoop.default_exception_handler: the message, then "key: repr(value)" for the
// other keys in sorted order, then the exception's traceback, on stderr.
void print_default_report(const Value& context) {
  Dict* d = as<Dict>(context);
  const Value* message = d->get_str("message");
  std::string text = message && truthy(*message) ? str(*message) : "Unhandled exception in event loop";
  std::vector<std::pair<std::string, Value>> rest;
  for (auto& e : d->entries)
    if (e.used && is_str(e.key) && str_of(e.key) != "message" && str_of(e.key) != "exception")
      rest.emplace_back(str_of(e.key), e.value);
  std::sort(rest.begin(), rest.end(), [](auto& x, auto& y) { return x.first < y.first; });
  for (auto& [key, value] : rest) text += "\n" + key + ": " + repr(value);
  text += "\n";
  const Value* exc = d->get_str("exception");
  if (exc && !exc->is_none()) text += exception_report(*exc);
  rt().write_stderr(text);
}

// BaseEventLoop.call_exception_handler with a program's handler: an error in the
// handler is reported by the default handler, with the context it was given.
void call_python_handler(EventLoop& loop, const Value& handler, const Value& context) {
  try {
    call(handler, {loop_object_of(loop), context});
  } catch (PyThrow& t) {
    if (isinstance(t.exc, types().SystemExit) || isinstance(t.exc, types().KeyboardInterrupt)) throw;
    // CPython calls the handler while it handles the reported exception: chained to it.
    const Value* reported = as<Dict>(context)->get_str("exception");
    auto* raised = static_cast<ExceptionObj*>(t.exc.as_object());
    if (reported && !reported->is_none() && raised->context.is_none() && reported->as_object() != t.exc.as_object())
      raised->context = *reported;
    Value report = exception_context("Unhandled error in exception handler", t.exc, "context", context);
    print_default_report(report);
  }
}

}  // namespace

void report_loop_error(EventLoop* loop, std::string_view message, const Value& exc, const char* key,
                       const Value& source, const std::string& source_text) {
  if (Value handler = loop ? loop_setting(*loop, &LoopSettings::exception_handler) : Value(); !handler.is_none()) {
    call_python_handler(*loop, handler, exception_context(message, exc, key, source));
    return;
  }
  std::string text = std::string(message) + "\n";
  if (!source_text.empty()) text += std::string(key) + ": " + source_text + "\n";
  if (!exc.is_null() && !exc.is_none()) text += exception_report(exc);
  rt().write_stderr(text);
}

namespace {

Value l_set_exception_handler(Args& a, void*) {
  check_args("set_exception_handler", a, 2, 2);
  EventLoop& loop = loop_of(a[0]);
  if (!a[1].is_none() && !is_callable(a[1])) type_error("A callable object or None is expected, got " + repr(a[1]));
  rt().loop_settings[&loop].exception_handler = a[1];
  return Value();
}

Value l_get_exception_handler(Args& a, void*) {
  check_args("get_exception_handler", a, 1, 1);
  return loop_setting(loop_of(a[0]), &LoopSettings::exception_handler);
}

Value context_arg(Args& a, const char* name) {
  check_args(name, a, 2, 2);
  if (!type_of(a[1])->is_subtype(types().dict)) type_error(std::string(name) + "() context must be a dict");
  return a[1];
}

Value l_call_exception_handler(Args& a, void*) {
  Value context = context_arg(a, "call_exception_handler");
  EventLoop& loop = loop_of(a[0]);
  Value handler = loop_setting(loop, &LoopSettings::exception_handler);
  if (!handler.is_none()) call_python_handler(loop, handler, context);
  else print_default_report(context);
  return Value();
}

Value l_default_exception_handler(Args& a, void*) {
  print_default_report(context_arg(a, "default_exception_handler"));
  return Value();
}

Value l_time(Args& a, void*) {
  check_args("time", a, 1, 1);
  return Value::floating(loop_of(a[0]).time());
}

// What a callback or task made now runs in: the variables of the context given as
// context=, else a copy of the current context's (contextvars).
Value context_argument(Args& a) {
  const Value* context = a.keyword("context");
  return context && !context->is_none() ? context_variables(*context) : copy_current_context();
}

// call_soon/call_later/call_at's callback.
PyCallback scheduled_callback(EventLoop& loop, Args& a, size_t fn_index) {
  return PyCallback{a[fn_index], rest_args(a, fn_index + 1), scheduling_line(loop), context_argument(a)};
}

Value l_call_soon(Args& a, void*) {
  check_keywords("BaseEventLoop.call_soon", a, {"context"});
  if (a.n < 2) type_error("call_soon() missing 1 required positional argument: 'callback'");
  EventLoop& loop = loop_of(a[0]);
  return handle_value(loop.call_soon(scheduled_callback(loop, a, 1)), false);
}

Value l_call_later(Args& a, void*) {
  check_keywords("BaseEventLoop.call_later", a, {"context"});
  if (a.n < 3) type_error("call_later() missing required positional arguments: 'delay' and 'callback'");
  EventLoop& loop = loop_of(a[0]);
  return handle_value(loop.call_later(to_double(a[1]), scheduled_callback(loop, a, 2)), true);
}

Value l_call_at(Args& a, void*) {
  check_keywords("BaseEventLoop.call_at", a, {"context"});
  if (a.n < 3) type_error("call_at() missing required positional arguments: 'when' and 'callback'");
  EventLoop& loop = loop_of(a[0]);
  return handle_value(loop.call_at(to_double(a[1]), scheduled_callback(loop, a, 2)), true);
}

// _io_event(callback, *args): runs the callback as a socket event the selector
// reported, at the start of the next iteration (EventLoop::add_io_event); for the
// in-memory network of pylib/_asyncio_streams.py.
Value m_io_event(Args& a, void*) {
  check_keywords("_io_event", a, {});
  if (a.n < 1) type_error("_io_event() missing 1 required positional argument: 'callback'");
  EventLoop& loop = running_loop();
  return handle_value(loop.add_io_event(scheduled_callback(loop, a, 0)), false);
}

// loop.create_server / loop.create_connection: the in-memory network's, written in
// Python (pylib/_asyncio_streams.py), called with the loop first.
Value call_streams_function(const char* name, Args& a) {
  Value streams = import_module("_asyncio_streams", true);
  return call(get_attr(streams, intern_str(name)), a);
}
Value l_create_server(Args& a, void*) { return call_streams_function("create_server", a); }

// loop.shutdown_asyncgens() and loop.shutdown_default_executor(): coroutines of
// pylib/asyncio.py (there is no executor: the second has nothing to wait for).
Value asyncio_coroutine(const char* name, std::initializer_list<Value> args) {
  return call(get_attr(import_module("asyncio", true), intern_str(name)), args);
}
Value l_shutdown_asyncgens(Args& a, void*) {
  check_args("shutdown_asyncgens", a, 1, 1);
  return asyncio_coroutine("_shutdown_asyncgens", {a[0]});
}
Value l_shutdown_default_executor(Args& a, void*) {
  check_args("shutdown_default_executor", a, 1, 1);
  return asyncio_coroutine("_shutdown_default_executor", {});
}
Value l_create_connection(Args& a, void*) { return call_streams_function("create_connection", a); }

Value l_create_future(Args& a, void*) {
  check_keywords("BaseEventLoop.create_future", a, {});
  check_args("create_future", a, 1, 1);
  return Value::future(new PyFuture(loop_of(a[0])));
}

Value task_name_arg(Args& a) {
  const Value* name = a.keyword("name");
  return name && !name->is_none() ? new_str(str(*name)) : Value();
}

// create_task(..., context=ctx): the task runs in ctx (a contextvars.Context) instead
// of a copy of its creator's context, so what it sets is seen in ctx afterwards.
Value with_task_context(Value task, Args& a) {
  if (const Value* context = a.keyword("context"); context && !context->is_none())
    static_cast<VmTask*>(task.as_future())->set_context(context_variables(*context));
  return task;
}

// BaseEventLoop.create_task with a task factory: factory(loop, coro[, context=ctx]),
// then the name given set on what it made.
Value task_from_factory(EventLoop& loop, const Value& factory, const Value& coro, Args& a) {
  Value args[2] = {loop_object_of(loop), coro};
  Args call_args;
  call_args.pos = args;
  call_args.n = 2;
  const Value* context = a.keyword("context");
  KwArg kw{intern_str("context"), context ? *context : Value()};
  if (context && !context->is_none()) {
    call_args.kw = &kw;
    call_args.nkw = 1;
  }
  Value task = call(factory, call_args);
  if (Value name = task_name_arg(a); !name.is_none()) call_method(task, "set_name", {name});
  return task;
}

Value l_set_task_factory(Args& a, void*) {
  check_args("set_task_factory", a, 2, 2);
  EventLoop& loop = loop_of(a[0]);
  if (!a[1].is_none() && !is_callable(a[1])) type_error("task factory must be a callable or None");
  rt().loop_settings[&loop].task_factory = a[1];
  return Value();
}

Value l_get_task_factory(Args& a, void*) {
  check_args("get_task_factory", a, 1, 1);
  return loop_setting(loop_of(a[0]), &LoopSettings::task_factory);
}

Value l_create_task(Args& a, void*) {
  check_keywords("BaseEventLoop.create_task", a, {"name", "context"});
  check_positional_args("create_task", a, 2, 2);
  EventLoop& loop = loop_of(a[0]);
  if (Value factory = loop_setting(loop, &LoopSettings::task_factory); !factory.is_none())
    return task_from_factory(loop, factory, a[1], a);
  Value name = task_name_arg(a);
  return with_task_context(create_task_value_on(loop, a[1], name.is_none() ? std::string() : str_of(name)), a);
}

Value l_is_running(Args& a, void*) {
  check_args("is_running", a, 1, 1);
  auto* l = static_cast<LoopObj*>(a[0].as_object());
  return Value::boolean(l->loop && l->loop->is_running());
}

Value l_is_closed(Args& a, void*) {
  check_args("is_closed", a, 1, 1);
  return Value::boolean(!static_cast<LoopObj*>(a[0].as_object())->loop);
}

Value l_stop(Args& a, void*) {
  check_args("stop", a, 1, 1);
  loop_of(a[0]).stop();
  return Value();
}

Value l_get_debug(Args& a, void*) {
  check_args("get_debug", a, 1, 1);
  return Value::boolean(loop_of(a[0]).debug());
}

Value l_set_debug(Args& a, void*) {
  check_args("set_debug", a, 2, 2);
  loop_of(a[0]).set_debug(truthy(a[1]));
  return Value();
}

// loop.slow_callback_duration, read and set (debug mode's threshold in seconds).
Value l_slow_callback_duration(Args& a, void*) {
  check_args("slow_callback_duration", a, 1, 1);
  return Value::floating(loop_of(a[0]).slow_callback_duration());
}

Value l_set_slow_callback_duration(Args& a, void*) {
  check_args("slow_callback_duration", a, 2, 2);
  loop_of(a[0]).set_slow_callback_duration(to_double(a[1]));
  return Value();
}

// What every loop the program gets is set up with.
void set_up_loop(EventLoop& loop) {
  loop.set_exception_handler(python_exception_handler);
  loop.set_slow_callback_reporter(report_slow_callback);
}

// A new event loop says so in the "asyncio" log, as CPython's selector loop does,
// when the program uses logging (the selector is vtime.py's in deterministic mode).
void log_new_loop() {
  auto& mods = rt().modules;
  auto logging = mods.find("logging");
  auto asyncio = mods.find("asyncio");
  if (logging == mods.end() || asyncio == mods.end()) return;
  call(get_attr(asyncio->second, intern_str("_log_new_loop")),
       {new_str(rt().options.virtual_time ? "VirtualSelector" : "EpollSelector")});
}

// A loop of its own on the program's clock, not running: new_event_loop()'s, and
// get_event_loop()'s outside a running loop.
Value new_loop_object() {
  auto owned = std::make_unique<EventLoop>(std::make_unique<LoopClock>(*rt().clock));
  EventLoop* loop = owned.get();
  rt().loops.push_back(std::move(owned));
  set_up_loop(*loop);
  log_new_loop();
  return Value::object(new LoopObj(types().event_loop, loop));
}

RunAborted deadlock_abort(EventLoop& loop);

// CPython's _check_running: no loop may run inside a running one.
void check_not_running(EventLoop& loop) {
  if (rt().loop)
    raise(types().RuntimeError, rt().loop == &loop ? "This event loop is already running"
                                                   : "Cannot run the event loop while another loop is running");
}

// Runs `loop` (the Python object `self`) as the running loop until `body` returns:
// what run_until_complete and run_forever share.
template <class Body>
void run_loop_object(const Value& self, Body body) {
  EventLoop& loop = loop_of(self);
  check_not_running(loop);
  // run_until_complete, run_forever, _run_once, Handle._run and its context.run.
  UncountedFrames asyncio_frames(5);
  if (rt().observer) loop.set_observer(rt().observer);
  rt().loop = &loop;
  rt().loop_object = self;
  struct Reset {
    EventLoop& loop;
    ~Reset() {
      rt().loop = nullptr;
      rt().loop_object = Value();
      loop.set_observer(nullptr);
    }
  } reset{loop};
  try {
    body(loop);
  } catch (const DeadlockError&) {
    throw deadlock_abort(loop);
  }
}

// loop.run_until_complete(coro or future): the future's result once the loop has run
// it to completion; the loop stays open with whatever else is pending.
Value l_run_until_complete(Args& a, void*) {
  check_args("run_until_complete", a, 2, 2);
  Value fut = a[1];
  // A closed or busy loop refuses before the coroutine becomes a task; as in CPython
  // the error's frame holds the coroutine, so "never awaited" comes when it is dropped.
  try {
    EventLoop& loop = loop_of(a[0]);
    check_not_running(loop);
  } catch (PyThrow& t) {
    as<ExceptionObj>(t.exc)->held_by_frame = fut;
    throw;
  }
  EventLoop& loop = loop_of(a[0]);
  if (!fut.is_future()) {
    if (!is_coroutine(fut)) type_error("An asyncio.Future, a coroutine or an awaitable is required");
    fut = create_task_value_on(loop, fut);
  }
  run_loop_object(a[0], [&](EventLoop& l) { l.run_until_complete(*fut.as_future()); });
  return future_result(fut.as_future());
}

Value l_run_forever(Args& a, void*) {
  check_args("run_forever", a, 1, 1);
  run_loop_object(a[0], [](EventLoop& l) { l.run_forever(); });
  return Value();
}

Value l_close(Args& a, void*) {
  check_args("close", a, 1, 1);
  auto* l = static_cast<LoopObj*>(a[0].as_object());
  if (l->loop && l->loop->is_running()) raise(types().RuntimeError, "Cannot close a running event loop");
  l->loop = nullptr;
  return Value();
}

// Executors run functions in other threads; a program here has one.
Value l_run_in_executor(Args& a, void*) {
  if (a.n < 3) type_error("run_in_executor() missing required positional arguments: 'executor' and 'func'");
  raise(types().NotImplementedError,
        "loop.run_in_executor(): Loopscope runs one thread; call the function directly (it blocks the loop) "
        "or make it a coroutine");
}

Value m_new_event_loop(Args& a, void*) {
  check_args("new_event_loop", a, 0, 0);
  return new_loop_object();
}

// get_event_loop(): the running loop, else the one set (made on first use unless a
// loop was ever set or unset), as CPython 3.11's default policy in the main thread.
Value m_get_event_loop(Args& a, void*) {
  check_args("get_event_loop", a, 0, 0);
  if (EventLoop::current()) return loop_value();
  if (rt().event_loop_object.is_none()) {
    if (rt().event_loop_set_called) raise(types().RuntimeError, "There is no current event loop in thread 'MainThread'.");
    rt().event_loop_object = new_loop_object();
  }
  return rt().event_loop_object;
}

Value m_set_event_loop(Args& a, void*) {
  check_args("set_event_loop", a, 1, 1);
  if (!a[0].is_none() && type_of(a[0]) != types().event_loop)
    type_error("loop must be an instance of AbstractEventLoop or None, not '" + type_name(a[0]) + "'");
  rt().event_loop_object = a[0];
  rt().event_loop_set_called = true;
  return Value();
}

Value l_repr(Args& a, void*) {
  auto* l = static_cast<LoopObj*>(a[0].as_object());
  bool running = l->loop && l->loop->is_running();
  return new_str("<" + types().event_loop->name + " running=" + (running ? "True" : "False") +
                 " closed=" + (l->loop ? "False" : "True") + " debug=" +
                 (l->loop && l->loop->debug() ? "True" : "False") + ">");
}

Value h_cancel(Args& a, void*) {
  check_args("cancel", a, 1, 1);
  static_cast<HandleObj*>(a[0].as_object())->handle->cancel();
  return Value();
}

Value h_cancelled(Args& a, void*) {
  check_args("cancelled", a, 1, 1);
  return Value::boolean(static_cast<HandleObj*>(a[0].as_object())->handle->cancelled());
}

// Handle.__repr__ as CPython's _repr_info: "<Handle f(1) at x.py:3>",
// "<TimerHandle when=2.0 f(1) at x.py:3>", "<Handle cancelled>" (the callback is dropped).
Value h_repr(Args& a, void*) {
  check_args("__repr__", a, 1, 1);
  auto* h = static_cast<HandleObj*>(a[0].as_object());
  std::string s = h->is_timer ? "<TimerHandle" : "<Handle";
  if (h->handle->cancelled()) s += " cancelled";
  if (h->is_timer) s += " when=" + repr(Value::floating(static_cast<TimerHandle*>(h->handle.get())->when()));
  if (!h->handle->cancelled())
    if (const PyCallback* cb = callback_of<PyCallback>(h->handle.get())) s += " " + callback_text(cb->fn, cb->args);
  return new_str(s + ">");
}

Value h_when(Args& a, void*) {
  check_args("when", a, 1, 1);
  auto* h = static_cast<HandleObj*>(a[0].as_object());
  return Value::floating(static_cast<TimerHandle*>(h->handle.get())->when());
}

// --- Future and Task methods ----------------------------------------------------------

Value f_result(Args& a, void*) {
  check_args("result", a, 1, 1);
  return future_result(future_arg(a[0], "result"));
}

Value f_exception(Args& a, void*) {
  check_args("exception", a, 1, 1);
  std::exception_ptr e = future_arg(a[0], "exception")->exception();
  if (!e) return Value();
  try {
    std::rethrow_exception(e);
  } catch (...) {
    return current_exception_as_python();
  }
}

Value f_done(Args& a, void*) {
  check_args("done", a, 1, 1);
  return Value::boolean(future_arg(a[0], "done")->done());
}

Value f_cancelled(Args& a, void*) {
  check_args("cancelled", a, 1, 1);
  return Value::boolean(future_arg(a[0], "cancelled")->cancelled());
}

Value f_cancel(Args& a, void*) {
  check_args("cancel", a, 1, 2, {"msg"});
  const Value* msg = a.n > 1 ? &a[1] : a.keyword("msg");
  std::string text = msg && !msg->is_none() ? str(*msg) : std::string();
  return Value::boolean(future_arg(a[0], "cancel")->cancel(text));
}

// Future._cancel_message: what gather(return_exceptions=True) puts in its CancelledError.
Value f_cancel_message(Args& a, void*) {
  const std::string* msg = future_arg(a[0], "_cancel_message")->cancel_message();
  return msg ? new_str(*msg) : Value();
}

// Future.__await__ and __iter__ (the same in CPython): `yield from fut` in an
// __await__ generator waits for the future as `await fut` does.
Value f_await(Args& a, void*) {
  check_args("__await__", a, 1, 1);
  future_arg(a[0], "__await__");
  return await_future(a[0]);
}

Value f_add_done_callback(Args& a, void*) {
  check_args("add_done_callback", a, 2, 2, {"context"});
  future_arg(a[0], "add_done_callback")->add_done_callback(PyDoneCallback{a[1], context_argument(a)});
  return Value();
}

Value f_remove_done_callback(Args& a, void*) {
  check_args("remove_done_callback", a, 2, 2);
  Value fn = a[1];
  size_t n = future_arg(a[0], "remove_done_callback")
                 ->remove_done_callbacks_if([&](const std::function<void(FutureBase&)>& cb) {
                   const PyDoneCallback* py = cb.target<PyDoneCallback>();
                   return py && values_equal(py->fn, fn);
                 });
  return Value::integer(static_cast<int64_t>(n));
}

Value f_set_result(Args& a, void*) {
  check_args("set_result", a, 2, 2);
  FutureBase* f = future_arg(a[0], "set_result");
  if (dynamic_cast<VmTask*>(f)) raise(types().RuntimeError, "Task does not support set_result operation");
  static_cast<PyFuture*>(f)->set_result(a[1]);
  return Value();
}

Value f_set_exception(Args& a, void*) {
  check_args("set_exception", a, 2, 2);
  FutureBase* f = future_arg(a[0], "set_exception");
  if (dynamic_cast<VmTask*>(f)) raise(types().RuntimeError, "Task does not support set_exception operation");
  Value exc = a[1];
  if (exc.is_object() && exc.as_object()->type() == types().type && as<Type>(exc)->is_base_exception)
    exc = call(exc, {});
  if (!exc.is_object() || !type_of(exc)->is_base_exception) type_error("invalid exception object");
  if (isinstance(exc, types().StopIteration))
    type_error("StopIteration interacts badly with generators and cannot be raised into a Future");
  f->set_exception(to_loop_exception(exc));
  return Value();
}

Value f_get_loop(Args& a, void*) {
  check_args("get_loop", a, 1, 1);
  future_arg(a[0], "get_loop");
  return loop_value();
}

VmTask* task_arg(const Value& v, const char* what) {
  auto* t = v.is_future() ? dynamic_cast<VmTask*>(v.as_future()) : nullptr;
  if (!t) type_error(std::string(what) + " expects a Task, got " + type_name(v));
  return t;
}

Value t_get_name(Args& a, void*) {
  check_args("get_name", a, 1, 1);
  return new_str(task_arg(a[0], "get_name")->name());
}

Value t_set_name(Args& a, void*) {
  check_args("set_name", a, 2, 2);
  task_arg(a[0], "set_name")->set_name(str(a[1]));
  return Value();
}

Value t_get_coro(Args& a, void*) {
  check_args("get_coro", a, 1, 1);
  return task_arg(a[0], "get_coro")->coro();
}

Value t_cancelling(Args& a, void*) {
  check_args("cancelling", a, 1, 1);
  return Value::integer(task_arg(a[0], "cancelling")->cancelling());
}

Value t_uncancel(Args& a, void*) {
  check_args("uncancel", a, 1, 1);
  return Value::integer(task_arg(a[0], "uncancel")->uncancel());
}

// A future whose cancel() is decided by a Python function (gather's outer future,
// which cancels its children instead of itself: CPython's _GatheringFuture.cancel).
class HookedFuture : public PyFuture {
 public:
  HookedFuture(EventLoop& loop, Value hook) : PyFuture(loop), hook_(std::move(hook)) {}
  bool cancel(std::string msg) override {
    if (done()) return false;
    Value hook = hook_;
    return truthy(call(hook, {msg.empty() ? Value() : new_str(msg)}));
  }

 private:
  Value hook_;
};

Value m_future_with_cancel_hook(Args& a, void*) {
  check_args("_future_with_cancel_hook", a, 1, 1);
  return Value::future(new HookedFuture(running_loop(), a[0]));
}

Value future_ctor(Type*, Args& a) {
  check_args("Future", a, 0, 0, {"loop"});
  const Value* loop = a.keyword("loop");
  if (loop && !loop->is_none()) return Value::future(new PyFuture(loop_of(*loop)));
  return new_future();
}

Value task_ctor(Type*, Args& a) {
  check_args("Task", a, 1, 1, {"loop", "name", "context"});
  Value name = task_name_arg(a);
  const Value* loop = a.keyword("loop");
  EventLoop& on = loop && !loop->is_none() ? loop_of(*loop) : running_loop();
  return with_task_context(create_task_value_on(on, a[0], name.is_none() ? std::string() : str_of(name)), a);
}

// --- module functions -------------------------------------------------------------------

Value m_get_running_loop(Args& a, void*) {
  check_args("get_running_loop", a, 0, 0);
  return loop_value();
}

Value m_get_running_loop_or_none(Args& a, void*) {
  check_args("_get_running_loop", a, 0, 0);
  return EventLoop::current() ? loop_value() : Value();
}

Value m_create_task(Args& a, void*) {
  check_keywords("create_task", a, {"name", "context"});
  check_positional_args("create_task", a, 1, 1);
  EventLoop& loop = running_loop();
  if (Value factory = loop_setting(loop, &LoopSettings::task_factory); !factory.is_none())
    return task_from_factory(loop, factory, a[0], a);
  Value name = task_name_arg(a);
  // CPython's asyncio.create_task names the task after creating it as Task-N.
  if (!name.is_none()) default_task_name();
  return with_task_context(create_task_value(a[0], name.is_none() ? std::string() : str_of(name)), a);
}

Value m_current_task(Args& a, void*) {
  auto args = bind_args(a, "current_task", {"loop"}, 0);
  EventLoop& loop = args[0] && !args[0]->is_none() ? loop_of(*args[0]) : running_loop();
  TaskBase* t = loop.current_task();
  return t ? Value::future(t) : Value();
}

// all_tasks(loop=None): the tasks not done of `loop`, or of the running loop.
Value m_all_tasks(Args& a, void*) {
  auto args = bind_args(a, "all_tasks", {"loop"}, 0);
  EventLoop& loop = args[0] && !args[0]->is_none() ? loop_of(*args[0]) : running_loop();
  Value set = new_set();
  for (auto& t : loop.all_tasks()) set_add(set, Value::future(t.get()));
  return set;
}

Value m_iscoroutine(Args& a, void*) {
  check_args("iscoroutine", a, 1, 1);
  return Value::boolean(is_coroutine(a[0]));
}

// _set_wait(future, kind, object_id): what the trace shows a task awaiting `future`
// waits on (the primitives of pylib/asyncio.py label their waiter futures).
Value m_set_wait(Args& a, void*) {
  check_args("_set_wait", a, 3, 3);
  FutureBase* f = future_arg(a[0], "_set_wait");
  const std::string& kind = str_of(a[1]);
  for (int k = 0; k < static_cast<int>(WaitKind::Count); ++k) {
    if (kind == wait_kind_name(static_cast<WaitKind>(k))) {
      f->set_wait(static_cast<WaitKind>(k), static_cast<uint32_t>(a[2].as_int()));
      return Value();
    }
  }
  value_error("unknown wait kind '" + kind + "'");
}

// CPython's runners._cancel_all_tasks: cancel what is left and let it finish.
void cancel_remaining_tasks(EventLoop& loop) {
  auto left = loop.all_tasks();
  if (left.empty()) return;
  for (auto& t : left) t->cancel();
  // As CPython's run_until_complete(gather(*left)): after the last task is done, the
  // iteration that runs its done callbacks (the program's, then gather's), and the
  // one in which the gather's completion stops the loop (here without the gather:
  // each only if it has callbacks to run).
  int after_done = 2;
  auto more = [&] {
    for (auto& t : left)
      if (!t->done()) return true;
    return after_done-- > 0 && loop.ready_count() > 0;
  };
  // As the running loop: the handlers may ask for it (get_running_loop()).
  loop.run_while(more);
  for (auto& t : left) {
    if (t->cancelled()) continue;
    std::exception_ptr e = t->exception();
    if (e) loop.call_exception_handler({"unhandled exception during asyncio.run() shutdown", e, future_repr(t.get()), "task", t.get()});
  }
}

// loop.shutdown_asyncgens() as Runner.close() runs it: asyncio._shutdown_asyncgens
// (pylib) as a task, run to its end. Only its Task-N number when there is nothing
// to close (no lane in the timeline for a task that does nothing).
void shutdown_async_generators(EventLoop& loop) {
  auto asyncio = rt().modules.find("asyncio");
  if (!has_async_generators(loop) || asyncio == rt().modules.end()) {
    ++rt().task_names;
    return;
  }
  Value coro = call(get_attr(asyncio->second, intern_str("_shutdown_asyncgens")), {loop_object_of(loop)});
  Value task = create_task_value_on(loop, coro);
  auto pending = [&] { return !task.as_future()->done(); };
  if (pending()) loop.run_while(pending);
}

// asyncio._take_asyncgens(loop): its async generators still alive, forgotten by it.
Value m_take_asyncgens(Args& a, void*) {
  check_args("_take_asyncgens", a, 1, 1);
  return new_list(take_async_generators(loop_of(a[0])));
}

// What the default exception handler prints for an aclose() that failed at shutdown.
Value m_report_asyncgen_error(Args& a, void*) {
  check_args("_report_asyncgen_error", a, 2, 2);
  std::string r = repr(a[0]);
  rt().write_stderr("an error occurred during closing of asynchronous generator " + r + "\nasyncgen: " + r + "\n" +
                    exception_report(a[1]));
  return Value();
}

RunAborted deadlock_abort(EventLoop& loop) {
  return RunAborted{3, deadlock_report(loop) + "vtime: deadlock: every task is waiting and no timer is pending"};
}

// asyncio.run(coro): a new loop on the program's clock, the main task (Task-1),
// then the leftovers cancelled and the loop closed. A deadlock in deterministic
// mode ends the program as vtime.py does.
Value m_run(Args& a, void*) {
  check_keywords("run", a, {"debug"});
  check_positional_args("run", a, 1, 1);
  if (rt().loop) {
    // In CPython the error comes from asyncio.run's own frame, which holds the
    // coroutine as long as the traceback lives.
    Value exc = make_exception(types().RuntimeError, "asyncio.run() cannot be called from a running event loop");
    as<ExceptionObj>(exc)->held_by_frame = a[0];
    raise_value(std::move(exc));
  }
  Value coro = a[0];
  if (!is_coroutine(coro)) value_error("a coroutine was expected, got " + repr(coro));
  auto owned = std::make_unique<EventLoop>(std::make_unique<LoopClock>(*rt().clock));
  EventLoop& loop = *owned;
  rt().loops.push_back(std::move(owned));  // futures may outlive the run
  set_up_loop(loop);
  if (const Value* debug = a.keyword("debug"); debug && !debug->is_none()) loop.set_debug(truthy(*debug));
  log_new_loop();
  if (rt().observer) loop.set_observer(rt().observer);
  rt().loop = &loop;
  struct Reset {
    EventLoop& loop;
    ~Reset() {
      // asyncio.run's Runner sets its loop as the current one and unsets it at the end.
      rt().event_loop_object = Value();
      rt().event_loop_set_called = true;
      rt().loop = nullptr;
      if (!rt().loop_object.is_none()) static_cast<LoopObj*>(rt().loop_object.as_object())->loop = nullptr;
      rt().loop_object = Value();
      loop.set_observer(nullptr);
    }
  } reset{loop};
  Value main = create_task_value_on(loop, coro);
  // asyncio.run and Runner.run above the loop's five (run_loop_object).
  UncountedFrames asyncio_frames(7);
  // vtime.py's message stays the last line of stderr (what the goldens compare);
  // which task waits on what comes before it.
  try {
    loop.run_until_complete(*main.as_future());
  } catch (const DeadlockError&) {
    // vtime.py's Deadlock leaves asyncio.run through its cleanup, which cancels every
    // task (the main one too) and runs their handlers and finally blocks, whose output
    // comes before the message. The report says what each task waited on before that.
    // The trace ends at the deadlock: real asyncio would wait there forever, which is
    // what the timeline and the task table show; the cleanup is the oracle's.
    RunAborted abort = deadlock_abort(loop);
    loop.set_observer(nullptr);
    try {
      cancel_remaining_tasks(loop);
    } catch (const DeadlockError&) {
      // The cleanup deadlocked too (a handler waits forever): the same end.
    }
    throw abort;
  }
  try {
    cancel_remaining_tasks(loop);
  } catch (const DeadlockError&) {
    throw deadlock_abort(loop);
  }
  // Runner.close() runs shutdown_asyncgens() and shutdown_default_executor() as two
  // tasks: the first closes the async generators still alive (pylib), the second
  // has nothing to do here but takes its Task-N number.
  shutdown_async_generators(loop);
  rt().task_names += 1;
  return future_result(main.as_future());
}

void add_methods(Type* t, std::initializer_list<std::pair<const char*, NativeFn>> methods) {
  for (auto& [name, fn] : methods) rt().add_method(t, name, fn);
}

}  // namespace

EventLoop& running_or_event_loop() {
  if (EventLoop* loop = EventLoop::current()) return *loop;
  Args none;
  return loop_of(m_get_event_loop(none, nullptr));
}

void build_asyncio_natives(Module* m) {
  Runtime& r = rt();
  Types& T = types();
  // Named as the oracle's loop class in deterministic mode (vtime.py's VirtualLoop).
  T.event_loop = r.make_type(r.options.virtual_time ? "VirtualLoop" : "_UnixSelectorEventLoop", Layout::Native,
                             T.object, nullptr);
  T.handle = r.make_type("Handle", Layout::Native, T.object, nullptr);
  T.timer_handle = r.make_type("TimerHandle", Layout::Native, T.handle, nullptr);
  add_methods(types().event_loop, {{"time", l_time}, {"call_soon", l_call_soon}, {"call_later", l_call_later},
                            {"call_at", l_call_at}, {"create_future", l_create_future},
                            {"create_task", l_create_task}, {"is_running", l_is_running},
                            {"is_closed", l_is_closed}, {"stop", l_stop}, {"get_debug", l_get_debug},
                            {"set_debug", l_set_debug},
                            {"run_until_complete", l_run_until_complete}, {"run_forever", l_run_forever},
                            {"close", l_close}, {"run_in_executor", l_run_in_executor}, {"__repr__", l_repr},
                            {"create_server", l_create_server}, {"create_connection", l_create_connection},
                            {"set_exception_handler", l_set_exception_handler},
                            {"get_exception_handler", l_get_exception_handler},
                            {"call_exception_handler", l_call_exception_handler},
                            {"default_exception_handler", l_default_exception_handler},
                            {"set_task_factory", l_set_task_factory}, {"get_task_factory", l_get_task_factory},
                            {"call_soon_threadsafe", l_call_soon}, {"shutdown_asyncgens", l_shutdown_asyncgens},
                            {"shutdown_default_executor", l_shutdown_default_executor}});
  auto* slow = new Property(types().property);
  slow->fget = make_native("slow_callback_duration", l_slow_callback_duration);
  slow->fset = make_native("slow_callback_duration", l_set_slow_callback_duration);
  types().event_loop->dict->set(intern("slow_callback_duration"), Value::object(slow));
  add_methods(types().handle, {{"cancel", h_cancel}, {"cancelled", h_cancelled}, {"__repr__", h_repr}});
  add_methods(types().timer_handle, {{"when", h_when}});
  add_methods(T.future, {{"result", f_result}, {"exception", f_exception}, {"done", f_done},
                         {"cancelled", f_cancelled}, {"cancel", f_cancel},
                         {"add_done_callback", f_add_done_callback},
                         {"remove_done_callback", f_remove_done_callback}, {"set_result", f_set_result},
                         {"set_exception", f_set_exception}, {"get_loop", f_get_loop},
                         {"__await__", f_await}, {"__iter__", f_await}});
  r.add_property(T.future, "_cancel_message", f_cancel_message);
  add_methods(T.task, {{"get_name", t_get_name}, {"set_name", t_set_name}, {"get_coro", t_get_coro},
                       {"cancelling", t_cancelling}, {"uncancel", t_uncancel}});
  T.future->ctor = future_ctor;
  T.task->ctor = task_ctor;

  Dict* d = m->dict;
  d->set_str("Future", Value::object(T.future));
  d->set_str("Task", Value::object(T.task));
  d->set_str("Handle", Value::object(types().handle));
  d->set_str("TimerHandle", Value::object(types().timer_handle));
  d->set_str("CancelledError", Value::object(T.CancelledError));
  d->set_str("InvalidStateError", Value::object(T.InvalidStateError));
  d->set_str("TimeoutError", Value::object(T.TimeoutError));
  d->set_str("QueueEmpty", Value::object(T.QueueEmpty));
  d->set_str("QueueFull", Value::object(T.QueueFull));
  d->set_str("IncompleteReadError", Value::object(T.IncompleteReadError));
  d->set_str("LimitOverrunError", Value::object(T.LimitOverrunError));
  add_function(m, "get_running_loop", m_get_running_loop);
  add_function(m, "_get_running_loop", m_get_running_loop_or_none);
  add_function(m, "create_task", m_create_task);
  add_function(m, "current_task", m_current_task);
  add_function(m, "all_tasks", m_all_tasks);
  add_function(m, "iscoroutine", m_iscoroutine);
  add_function(m, "_set_wait", m_set_wait);
  add_function(m, "_io_event", m_io_event);
  add_function(m, "run", m_run);
  add_function(m, "_take_asyncgens", m_take_asyncgens);
  add_function(m, "_report_asyncgen_error", m_report_asyncgen_error);
  add_function(m, "get_event_loop", m_get_event_loop);
  add_function(m, "new_event_loop", m_new_event_loop);
  add_function(m, "set_event_loop", m_set_event_loop);
  add_function(m, "_future_with_cancel_hook", m_future_with_cancel_hook);
  add_function(m, "_new_trace_id", [](Args&, void*) { return Value::integer(next_trace_id()); });
  add_sleep_native(m);
  add_queue_natives(m);
  add_gather_native(m);
}

}  // namespace loopscope::lang
