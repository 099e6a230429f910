// asyncio.Queue, LifoQueue and PriorityQueue in C++ (queues.py of CPython 3.11.7,
// where they are Python): the same algorithm, waiter futures and wake-up order, so
// programs print the same; only faster. get(), put() and join() return awaitables
// that run the `async def` bodies of queues.py as small state machines.
#include <algorithm>
#include <deque>
#include <vector>

#include "lang/asyncio_native.h"
#include "lang/modules/module_util.h"
#include "lang/repr.h"
#include "lang/runtime_state.h"
#include "loop/event_loop.h"

namespace loopscope::lang {

namespace {

using PyFuture = FutureState<Value>;
using Waiter = Ref<PyFuture>;

enum class QueueKind : uint8_t { Fifo, Lifo, Priority };

class QueueObj : public Container {
 public:
  QueueObj(Type* t, QueueKind kind, int64_t maxsize, uint32_t trace_id)
      : Container(t), kind(kind), maxsize(maxsize), trace_id(trace_id) {}
  // The items are followed; the waiters are loop futures (outside roots).
  void traverse(VisitRef visit, void* ctx) override {
    Container::traverse(visit, ctx);
    for (const Value& v : items) visit_value(v, visit, ctx);
  }
  void clear_refs() override {
    std::deque<Value> old = std::move(items);
    items.clear();
  }

  QueueKind kind;
  int64_t maxsize;
  uint32_t trace_id;
  std::deque<Value> items;  // Fifo: front is next; Lifo: back is next; Priority: a heap
  std::deque<Waiter> getters, putters;
  std::vector<Waiter> join_waiters;  // the `_finished` Event's waiters
  int64_t unfinished = 0;
  bool finished = true;

  size_t size() const { return items.size(); }
  bool empty() const { return items.empty(); }
  bool full() const { return maxsize > 0 && static_cast<int64_t>(items.size()) >= maxsize; }

  Waiter new_waiter(WaitKind kind_of_wait) {
    Waiter w = make_ref<PyFuture>(running_loop());
    w->set_wait(kind_of_wait, trace_id);
    return w;
  }

  // queues.py _wakeup_next: the first waiter not done gets a result.
  static void wakeup_next(std::deque<Waiter>& waiters) {
    while (!waiters.empty()) {
      Waiter w = std::move(waiters.front());
      waiters.pop_front();
      if (!w->done()) {
        w->set_result(Value());
        return;
      }
    }
  }
  static void remove(std::deque<Waiter>& waiters, const Waiter& w) {
    auto it = std::find(waiters.begin(), waiters.end(), w);
    if (it != waiters.end()) waiters.erase(it);
  }

  void push(Value item) {
    if (kind != QueueKind::Priority) {
      items.push_back(std::move(item));
      return;
    }
    // heapq.heappush: append, then _siftdown(heap, 0, len - 1).
    items.push_back(std::move(item));
    size_t pos = items.size() - 1;
    Value newitem = items[pos];
    while (pos > 0) {
      size_t parent = (pos - 1) >> 1;
      if (!values_less(newitem, items[parent])) break;
      items[pos] = items[parent];
      pos = parent;
    }
    items[pos] = std::move(newitem);
  }

  Value pop() {
    if (kind == QueueKind::Fifo) {
      Value v = std::move(items.front());
      items.pop_front();
      return v;
    }
    if (kind == QueueKind::Lifo) {
      Value v = std::move(items.back());
      items.pop_back();
      return v;
    }
    // heapq.heappop: take the last item; if any remain, return the root and sift the
    // last item in with _siftup (down to a leaf, then back up).
    Value last = std::move(items.back());
    items.pop_back();
    if (items.empty()) return last;
    Value top = std::move(items[0]);
    size_t end = items.size(), pos = 0, child = 1;
    while (child < end) {
      size_t right = child + 1;
      if (right < end && !values_less(items[child], items[right])) child = right;
      items[pos] = items[child];
      pos = child;
      child = 2 * pos + 1;
    }
    while (pos > 0) {
      size_t parent = (pos - 1) >> 1;
      if (!values_less(last, items[parent])) break;
      items[pos] = items[parent];
      pos = parent;
    }
    items[pos] = std::move(last);
    return top;
  }

  void put_nowait(Value item) {
    if (full()) raise_value(make_exception_args(types().QueueFull, {}));
    push(std::move(item));
    ++unfinished;
    finished = false;
    wakeup_next(getters);
  }

  Value get_nowait() {
    if (empty()) raise_value(make_exception_args(types().QueueEmpty, {}));
    Value item = pop();
    wakeup_next(putters);
    return item;
  }

  void task_done() {
    if (unfinished <= 0) value_error("task_done() called too many times");
    if (--unfinished == 0) {
      // Event.set(): every waiter not done yet is woken.
      finished = true;
      for (auto& w : join_waiters)
        if (!w->done()) w->set_result(Value::boolean(true));
    }
  }

  std::string format() const {
    std::string s = "maxsize=" + std::to_string(maxsize);
    if (!items.empty()) {
      std::vector<Value> v(items.begin(), items.end());
      s += " _queue=" + repr(new_list(std::move(v)));
    }
    if (!getters.empty()) s += " _getters[" + std::to_string(getters.size()) + "]";
    if (!putters.empty()) s += " _putters[" + std::to_string(putters.size()) + "]";
    if (unfinished) s += " tasks=" + std::to_string(unfinished);
    return s;
  }
};

QueueObj* queue_arg(const Value& v) {
  Type* t = type_of(v);
  if (t != types().queue && t != types().lifo_queue && t != types().priority_queue)
    type_error("a Queue is required, not '" + t->name + "'");
  return static_cast<QueueObj*>(v.as_object());
}

// `async def get(self)`: while empty, wait on a getter future; then get_nowait().
class QueueGet : public NativeAwaitable {
 public:
  QueueGet(Type* t, Value q) : NativeAwaitable(t), queue_(std::move(q)) {}
  SendResultNative send(Value) override {
    QueueObj* q = static_cast<QueueObj*>(queue_.as_object());
    if (done_) raise(types().RuntimeError, "cannot reuse already awaited coroutine");
    if (q->empty()) {
      waiter_ = q->new_waiter(WaitKind::QueueGet);
      q->getters.push_back(waiter_);
      return {true, Value::future(waiter_.get())};
    }
    done_ = true;
    return {false, q->get_nowait()};
  }
  SendResultNative throw_in(const Value& exc) override {
    QueueObj* q = static_cast<QueueObj*>(queue_.as_object());
    done_ = true;
    if (waiter_) {
      waiter_->cancel();
      QueueObj::remove(q->getters, waiter_);
      if (!q->empty() && !waiter_->cancelled()) QueueObj::wakeup_next(q->getters);
    }
    return SendResultNative::raise(exc);
  }
  std::string name() const override { return "Queue.get"; }

 private:
  Value queue_;
  Waiter waiter_;
  bool done_ = false;
};

// `async def put(self, item)`: while full, wait on a putter future; then put_nowait().
class QueuePut : public NativeAwaitable {
 public:
  QueuePut(Type* t, Value q, Value item) : NativeAwaitable(t), queue_(std::move(q)), item_(std::move(item)) {}
  SendResultNative send(Value) override {
    QueueObj* q = static_cast<QueueObj*>(queue_.as_object());
    if (done_) raise(types().RuntimeError, "cannot reuse already awaited coroutine");
    if (q->full()) {
      waiter_ = q->new_waiter(WaitKind::QueuePut);
      q->putters.push_back(waiter_);
      return {true, Value::future(waiter_.get())};
    }
    done_ = true;
    q->put_nowait(std::move(item_));
    return {false, Value()};
  }
  SendResultNative throw_in(const Value& exc) override {
    QueueObj* q = static_cast<QueueObj*>(queue_.as_object());
    done_ = true;
    if (waiter_) {
      waiter_->cancel();
      QueueObj::remove(q->putters, waiter_);
      if (!q->full() && !waiter_->cancelled()) QueueObj::wakeup_next(q->putters);
    }
    return SendResultNative::raise(exc);
  }
  std::string name() const override { return "Queue.put"; }

 private:
  Value queue_;
  Value item_;
  Waiter waiter_;
  bool done_ = false;
};

// `async def join(self)`: if tasks are unfinished, Event.wait() on `_finished`.
class QueueJoin : public NativeAwaitable {
 public:
  QueueJoin(Type* t, Value q) : NativeAwaitable(t), queue_(std::move(q)) {}
  SendResultNative send(Value) override {
    QueueObj* q = static_cast<QueueObj*>(queue_.as_object());
    if (!started_) {
      started_ = true;
      if (q->unfinished > 0 && !q->finished) {
        waiter_ = q->new_waiter(WaitKind::QueueJoin);
        q->join_waiters.push_back(waiter_);
        return {true, Value::future(waiter_.get())};
      }
      return {false, Value()};
    }
    forget_waiter(q);
    return {false, Value()};
  }
  SendResultNative throw_in(const Value& exc) override {
    forget_waiter(static_cast<QueueObj*>(queue_.as_object()));
    return SendResultNative::raise(exc);
  }
  std::string name() const override { return "Queue.join"; }

 private:
  void forget_waiter(QueueObj* q) {
    if (!waiter_) return;
    auto it = std::find(q->join_waiters.begin(), q->join_waiters.end(), waiter_);
    if (it != q->join_waiters.end()) q->join_waiters.erase(it);
    waiter_ = Waiter();
  }
  Value queue_;
  Waiter waiter_;
  bool started_ = false;
};


Value make_queue(Type* cls, Args& a, QueueKind kind) {
  check_args(cls->name.c_str(), a, 0, 1, {"maxsize"});
  const Value* m = a.n > 0 ? &a[0] : a.keyword("maxsize");
  int64_t maxsize = m ? index_of(*m) : 0;
  return Value::object(new QueueObj(cls, kind, maxsize, next_trace_id()));
}

Value queue_ctor(Type* t, Args& a) { return make_queue(t, a, QueueKind::Fifo); }
Value lifo_ctor(Type* t, Args& a) { return make_queue(t, a, QueueKind::Lifo); }
Value priority_ctor(Type* t, Args& a) { return make_queue(t, a, QueueKind::Priority); }

Value q_get(Args& a, void*) {
  check_args("get", a, 1, 1);
  queue_arg(a[0]);
  return Value::object(new QueueGet(types().queue_get, a[0]));
}
// put(item) and put_nowait(item): Python methods in CPython, so item= works too.
const Value& item_arg(Args& a, const char* fname) {
  if (a.n < 1) type_error(std::string("descriptor '") + fname + "' of 'Queue' object needs an argument");
  return *bind_args(a, fname, {"item"}, 1, 1)[0];
}
Value q_put(Args& a, void*) {
  const Value& item = item_arg(a, "put");
  queue_arg(a[0]);
  return Value::object(new QueuePut(types().queue_put, a[0], item));
}
Value q_join(Args& a, void*) {
  check_args("join", a, 1, 1);
  queue_arg(a[0]);
  return Value::object(new QueueJoin(types().queue_join, a[0]));
}
Value q_get_nowait(Args& a, void*) {
  check_args("get_nowait", a, 1, 1);
  return queue_arg(a[0])->get_nowait();
}
Value q_put_nowait(Args& a, void*) {
  const Value& item = item_arg(a, "put_nowait");
  queue_arg(a[0])->put_nowait(item);
  return Value();
}
Value q_task_done(Args& a, void*) {
  check_args("task_done", a, 1, 1);
  queue_arg(a[0])->task_done();
  return Value();
}
Value q_qsize(Args& a, void*) {
  check_args("qsize", a, 1, 1);
  return Value::integer(static_cast<int64_t>(queue_arg(a[0])->size()));
}
Value q_empty(Args& a, void*) {
  check_args("empty", a, 1, 1);
  return Value::boolean(queue_arg(a[0])->empty());
}
Value q_full(Args& a, void*) {
  check_args("full", a, 1, 1);
  return Value::boolean(queue_arg(a[0])->full());
}
Value q_maxsize(Args& a, void*) {
  check_args("maxsize", a, 1, 1);
  return Value::integer(queue_arg(a[0])->maxsize);
}
Value q_repr(Args& a, void*) {
  QueueObj* q = queue_arg(a[0]);
  return new_str("<" + type_name(a[0]) + " at " + hex_address(q) + " " + q->format() + ">");
}
Value q_str(Args& a, void*) {
  QueueObj* q = queue_arg(a[0]);
  return new_str("<" + type_name(a[0]) + " " + q->format() + ">");
}

}  // namespace

void add_queue_natives(Module* m) {
  Runtime& r = rt();
  Types& T = types();
  T.queue = r.make_type("Queue", Layout::Native, T.object, queue_ctor);
  T.lifo_queue = r.make_type("LifoQueue", Layout::Native, T.queue, lifo_ctor);
  T.priority_queue = r.make_type("PriorityQueue", Layout::Native, T.queue, priority_ctor);
  // print(queue) uses its native __str__ (no address), as CPython's queues.py.
  for (Type* t : {T.queue, T.lifo_queue, T.priority_queue}) t->native_dunders = true;
  for (Type* t : {T.queue, T.lifo_queue, T.priority_queue}) t->module = "asyncio";
  T.queue_get = r.make_native_awaitable_type("Queue.get");
  T.queue_put = r.make_native_awaitable_type("Queue.put");
  T.queue_join = r.make_native_awaitable_type("Queue.join");
  for (auto [name, fn] : std::initializer_list<std::pair<const char*, NativeFn>>{
           {"get", q_get}, {"put", q_put}, {"join", q_join}, {"get_nowait", q_get_nowait},
           {"put_nowait", q_put_nowait}, {"task_done", q_task_done}, {"qsize", q_qsize},
           {"empty", q_empty}, {"full", q_full}, {"__repr__", q_repr}, {"__str__", q_str}})
    r.add_method(T.queue, name, fn);
  r.add_property(T.queue, "maxsize", q_maxsize);
  m->dict->set_str("Queue", Value::object(T.queue));
  m->dict->set_str("LifoQueue", Value::object(T.lifo_queue));
  m->dict->set_str("PriorityQueue", Value::object(T.priority_queue));
}

}  // namespace loopscope::lang
