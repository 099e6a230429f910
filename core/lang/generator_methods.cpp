// The methods of generators, coroutines and async generators (send, throw, close;
// __anext__, asend, athrow, aclose), and the awaitable an async generator's step
// returns. An async generator's frame yields two kinds of values: the items of
// `yield` (marked by ASYNC_GEN_WRAP, which sets Generator::yielded_item) and the
// futures its awaits pass up to the task. The step awaitable returns the first
// kind to the awaiting `async for` and passes the second up, like CPython's
// async_generator_asend.
#include "lang/interp_state.h"
#include "lang/runtime_state.h"
#include "lang/vm.h"

namespace loopscope::lang {

namespace {

Generator* generator_arg(const Value& v, Type* expected, const char* what) {
  if (type_of(v) != expected) type_error(std::string("descriptor '") + what + "' requires a '" + expected->name + "' object");
  return as<Generator>(v);
}

// The exception `throw` raises: a class is instantiated, an instance used as is.
Value thrown_exception(Args& a, const char* what) {
  if (a.n < 2) type_error(std::string(what) + " expected at least 1 argument, got 0");
  Value exc = a[1];
  if (exc.is_object() && exc.as_object()->type() == types().type && as<Type>(exc)->is_base_exception) {
    if (a.n >= 3 && !a[2].is_none()) return call(exc, {a[2]});
    return call(exc, {});
  }
  if (!exc.is_object() || !type_of(exc)->is_base_exception)
    type_error("exceptions must be classes or instances deriving from BaseException, not " + type_name(exc));
  return exc;
}

// gen.send(v) / coro.send(v): the next yielded value, or StopIteration(return value).
Value resume_or_stop(Generator* g, Value sent, const Value* thrown) {
  Value out;
  if (Vm::resume(g, std::move(sent), thrown, &out) == GenStatus::Yielded) return out;
  raise_value(make_exception_args(types().StopIteration, out.is_none() ? std::vector<Value>{} : std::vector<Value>{out}));
}

Value gen_send(Args& a, void*) {
  check_args("send", a, 2, 2);
  Type* t = type_of(a[0]);
  if (t != types().generator && t != types().coroutine) type_error("send() requires a generator or coroutine");
  return resume_or_stop(as<Generator>(a[0]), a[1], nullptr);
}

Value gen_throw(Args& a, void*) {
  check_args("throw", a, 2, 4);
  Type* t = type_of(a[0]);
  if (t != types().generator && t != types().coroutine) type_error("throw() requires a generator or coroutine");
  Value exc = thrown_exception(a, "throw");
  return resume_or_stop(as<Generator>(a[0]), Value(), &exc);
}

Value gen_close(Args& a, void*) {
  check_args("close", a, 1, 1);
  Type* t = type_of(a[0]);
  if (t != types().generator && t != types().coroutine) type_error("close() requires a generator or coroutine");
  Vm::close(as<Generator>(a[0]));
  return Value();
}

Value gen_iter(Args& a, void*) {
  check_args("__iter__", a, 1, 1);
  return a[0];
}

Value gen_next(Args& a, void*) {
  check_args("__next__", a, 1, 1);
  return resume_or_stop(generator_arg(a[0], types().generator, "__next__"), Value(), nullptr);
}

// --- coroutine.__await__() -------------------------------------------------------------

// What coroutine.__await__() returns (CPython's coroutine_wrapper): an iterator over
// the coroutine's steps, so that a class's __await__ can delegate with
// `return (yield from coro.__await__())`.
class CoroutineWrapper : public NativeAwaitable {
 public:
  CoroutineWrapper(Type* t, Value coro) : NativeAwaitable(t), coro(std::move(coro)) {}
  SendResultNative send(Value sent) override { return step(std::move(sent), nullptr); }
  SendResultNative throw_in(const Value& exc) override { return step(Value(), &exc); }
  bool is_coroutine_like() const override { return false; }
  SendResultNative step(Value sent, const Value* thrown) {
    Value out;
    GenStatus s = Vm::resume(as<Generator>(coro), std::move(sent), thrown, &out);
    return {s == GenStatus::Yielded, out};
  }
  Value coro;
};

CoroutineWrapper* wrapper_arg(const Value& v, const char* what) {
  if (type_of(v) != types().coroutine_wrapper) type_error(std::string(what) + " requires a coroutine_wrapper");
  return static_cast<CoroutineWrapper*>(v.as_object());
}

Value coro_await(Args& a, void*) {
  check_args("__await__", a, 1, 1);
  generator_arg(a[0], types().coroutine, "__await__");
  return Value::object(new CoroutineWrapper(types().coroutine_wrapper, a[0]));
}

Value wrapper_next(Args& a, void*) {
  check_args("__next__", a, 1, 1);
  return resume_or_stop(as<Generator>(wrapper_arg(a[0], "__next__")->coro), Value(), nullptr);
}

Value wrapper_send(Args& a, void*) {
  check_args("send", a, 2, 2);
  return resume_or_stop(as<Generator>(wrapper_arg(a[0], "send")->coro), a[1], nullptr);
}

Value wrapper_throw(Args& a, void*) {
  Generator* g = as<Generator>(wrapper_arg(a[0], "throw")->coro);
  Value exc = thrown_exception(a, "throw");
  return resume_or_stop(g, Value(), &exc);
}

Value wrapper_close(Args& a, void*) {
  check_args("close", a, 1, 1);
  Vm::close(as<Generator>(wrapper_arg(a[0], "close")->coro));
  return Value();
}

// --- async generators ----------------------------------------------------------------

// One step of an async generator: what __anext__, asend, athrow and aclose return.
class AsyncGenStep : public NativeAwaitable {
 public:
  enum class Mode : uint8_t { Send, Throw, Close };
  AsyncGenStep(Type* t, Value gen, Mode mode, Value value)
      : NativeAwaitable(t), gen(std::move(gen)), mode(mode), value(std::move(value)) {}
  SendResultNative send(Value sent) override;
  SendResultNative throw_in(const Value& exc) override;
  bool is_coroutine_like() const override { return true; }  // CPython: a collections.abc.Coroutine
  std::string task_repr(bool) const override {
    return mode == Mode::Send ? "<async_generator_asend without __name__>()" : "<async_generator_athrow without __name__>()";
  }
  Value gen;
  Mode mode;
  Value value;  // sent first (Send) or thrown first (Throw)
  bool started = false;
  bool finished = false;
};

Value new_step(const Value& gen, AsyncGenStep::Mode mode, Value value) {
  // CPython's firstiter hook: the running loop keeps track of the generator, to close
  // it when it is dropped unfinished or when asyncio.run ends.
  auto* g = as<Generator>(gen);
  if (!g->hooks_inited) {
    g->hooks_inited = true;
    if (EventLoop* loop = EventLoop::current()) rt().async_generators[g] = {loop, ++rt().async_generators_seen};
  }
  return Value::object(new AsyncGenStep(types().async_gen_step, gen, mode, std::move(value)));
}

Value agen_aiter(Args& a, void*) {
  check_args("__aiter__", a, 1, 1);
  return a[0];
}

Value agen_anext(Args& a, void*) {
  check_args("__anext__", a, 1, 1);
  generator_arg(a[0], types().async_generator, "__anext__");
  return new_step(a[0], AsyncGenStep::Mode::Send, Value());
}

Value agen_asend(Args& a, void*) {
  check_args("asend", a, 2, 2);
  generator_arg(a[0], types().async_generator, "asend");
  return new_step(a[0], AsyncGenStep::Mode::Send, a[1]);
}

Value agen_athrow(Args& a, void*) {
  check_args("athrow", a, 2, 4);
  generator_arg(a[0], types().async_generator, "athrow");
  return new_step(a[0], AsyncGenStep::Mode::Throw, thrown_exception(a, "athrow"));
}

Value agen_aclose(Args& a, void*) {
  check_args("aclose", a, 1, 1);
  generator_arg(a[0], types().async_generator, "aclose");
  return async_gen_aclose(a[0]);
}

// Steps the async generator with `sent` or `thrown` and sorts out what came back.
SendResultNative step_async_gen(AsyncGenStep* s, Value sent, const Value* thrown) {
  if (s->finished) raise(types().RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  auto* g = as<Generator>(s->gen);
  Value first_thrown;
  if (!s->started) {
    s->started = true;
    if (s->mode == AsyncGenStep::Mode::Send) {
      sent = s->value;
    } else if (!thrown) {
      first_thrown = s->value;
      thrown = &first_thrown;
    }
    if (!g->frame) {
      s->finished = true;
      if (s->mode == AsyncGenStep::Mode::Close) return {false, Value()};
      if (s->mode == AsyncGenStep::Mode::Throw) raise_value(*thrown);
      raise_value(make_exception(types().StopAsyncIteration, ""));
    }
  }
  g->yielded_item = false;
  Value out;
  GenStatus status;
  try {
    status = Vm::resume(g, std::move(sent), thrown, &out);
  } catch (PyThrow& t) {
    s->finished = true;
    if (s->mode == AsyncGenStep::Mode::Close &&
        (isinstance(t.exc, types().GeneratorExit) || isinstance(t.exc, types().StopAsyncIteration)))
      return {false, Value()};
    throw;
  }
  if (status == GenStatus::Returned) {
    s->finished = true;
    if (s->mode == AsyncGenStep::Mode::Close) return {false, Value()};
    raise_value(make_exception(types().StopAsyncIteration, ""));
  }
  if (g->yielded_item) {
    g->yielded_item = false;
    s->finished = true;
    if (s->mode == AsyncGenStep::Mode::Close) raise(types().RuntimeError, "async generator ignored GeneratorExit");
    return {false, out};  // the item: the await of this step returns it
  }
  return {true, out};  // a future of an await inside the generator: up to the task
}

SendResultNative AsyncGenStep::send(Value sent) { return step_async_gen(this, std::move(sent), nullptr); }
SendResultNative AsyncGenStep::throw_in(const Value& exc) { return step_async_gen(this, Value(), &exc); }

}  // namespace

Value async_gen_anext(const Value& gen) { return new_step(gen, AsyncGenStep::Mode::Send, Value()); }
Value async_gen_aclose(const Value& gen) {
  return new_step(gen, AsyncGenStep::Mode::Close, make_exception(types().GeneratorExit, ""));
}

namespace {

// anext(it, default): drives the __anext__ awaitable; StopAsyncIteration becomes
// the default (CPython's anextawaitable).
class AnextWithDefault : public NativeAwaitable {
 public:
  AnextWithDefault(Type* t, Value step, Value dflt) : NativeAwaitable(t), step_(std::move(step)), dflt_(std::move(dflt)) {}
  SendResultNative send(Value sent) override { return drive(std::move(sent), nullptr); }
  SendResultNative throw_in(const Value& exc) override { return drive(Value(), &exc); }
  bool is_coroutine_like() const override { return true; }  // CPython: a collections.abc.Coroutine
  std::string task_repr(bool) const override { return "<anext_awaitable without __name__>()"; }

 private:
  SendResultNative drive(Value sent, const Value* thrown) {
    try {
      Type* t = type_of(step_);
      if (t->native_awaitable) {
        auto* a = static_cast<NativeAwaitable*>(step_.as_object());
        SendResultNative r = thrown ? a->throw_in(*thrown) : a->send(std::move(sent));
        if (r.raised) throw PyThrow{std::move(r.value)};  // for the catch below
        return r;
      }
      if (t == types().coroutine || t == types().generator) {
        Value out;
        GenStatus s = Vm::resume(as<Generator>(step_), std::move(sent), thrown, &out);
        return {s == GenStatus::Yielded, out};
      }
      type_error("'async_iterator' object is not awaitable");
    } catch (PyThrow& t) {
      if (isinstance(t.exc, types().StopAsyncIteration)) return {false, dflt_};
      throw;
    }
  }
  Value step_;
  Value dflt_;
};

}  // namespace

Value anext_with_default(Value step, Value dflt) {
  return Value::object(new AnextWithDefault(types().anext_default, get_awaitable(step), std::move(dflt)));
}

void install_generator_methods(Runtime& r) {
  Types& T = r.types;
  for (Type* t : {T.generator, T.coroutine}) {
    r.add_method(t, "send", gen_send);
    r.add_method(t, "throw", gen_throw);
    r.add_method(t, "close", gen_close);
  }
  r.add_method(T.coroutine, "__await__", coro_await);
  r.add_method(T.coroutine_wrapper, "__iter__", gen_iter);
  r.add_method(T.coroutine_wrapper, "__next__", wrapper_next);
  r.add_method(T.coroutine_wrapper, "send", wrapper_send);
  r.add_method(T.coroutine_wrapper, "throw", wrapper_throw);
  r.add_method(T.coroutine_wrapper, "close", wrapper_close);
  r.add_method(T.generator, "__iter__", gen_iter);
  r.add_method(T.generator, "__next__", gen_next);
  r.add_method(T.async_generator, "__aiter__", agen_aiter);
  r.add_method(T.async_generator, "__anext__", agen_anext);
  r.add_method(T.async_generator, "asend", agen_asend);
  r.add_method(T.async_generator, "athrow", agen_athrow);
  r.add_method(T.async_generator, "aclose", agen_aclose);
}

}  // namespace loopscope::lang
