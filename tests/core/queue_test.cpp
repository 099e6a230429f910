// Queue, LifoQueue, PriorityQueue: wake-up order of putters and getters, a cancelled
// getter that does not lose an item, join/task_done, and the misuse errors. Expected
// sequences: the Python below under ../shared/oracle/vtime.py (gather is spelled as
// create_task + await here, which runs the same tasks in the same order).
#include <gtest/gtest.h>

#include "loop/queue.h"
#include "loop_test_util.h"

using namespace loopscope;
using loopscope::testing::LoopTest;

using QueueTest = LoopTest;

namespace {
// Task bodies are functions, not capturing lambdas: a lambda coroutine keeps only a
// pointer to its closure, which is gone after the first suspension.
using Log = std::vector<std::string>;

Co<void> producer(Queue<int>& q, Log& log) {
  for (int i = 0; i < 3; ++i) {
    co_await q.put(i);
    log.push_back("put " + std::to_string(i));
  }
}
Co<void> consumer(Queue<int>& q, Log& log) {
  for (;;) {
    int v = co_await q.get();
    log.push_back("c got " + std::to_string(v));
    q.task_done();
    if (v == 2) break;
  }
}
Co<void> slow_worker(Queue<std::string>& q, Log& log) {
  for (int i = 0; i < 2; ++i) {
    std::string item = co_await q.get();
    co_await sleep(1.0);
    log.push_back("done " + item);
    q.task_done();
  }
}
template <class T>
Co<T> get_one(Queue<T>& q) {
  co_return co_await q.get();
}
template <class T>
Co<void> put_one(Queue<T>& q, T v) {
  co_await q.put(std::move(v));
}
}  // namespace

//   q = asyncio.Queue(maxsize=1)
//   async def producer():
//       for i in range(3): await q.put(i); log.append(f"put {i}")
//   async def consumer(name):
//       while True:
//           v = await q.get(); log.append(f"{name} got {v}"); q.task_done()
//           if v == 2: break
//   p = create_task(producer()); c = create_task(consumer("c"))
//   await q.join(); log.append("joined"); await p; await c
TEST_F(QueueTest, BoundedQueueAlternatesPutterAndGetter) {
  auto main_co = [&]() -> Co<void> {
    Queue<int> q(1);
    auto p = create_task(producer(q, log));
    auto c = create_task(consumer(q, log));
    co_await q.join();
    log.push_back("joined");
    co_await p;
    co_await c;
  };
  loop.run_until_complete(main_co());
  EXPECT_EQ(log, (std::vector<std::string>{"joined", "put 0", "c got 0", "put 1", "c got 1", "put 2", "c got 2"}));
}

// join() waits for task_done of every item, and shows as QueueJoin in the trace.
TEST_F(QueueTest, JoinWaitsForTaskDone) {
  auto main_co = [&]() -> Co<void> {
    Queue<std::string> q;
    q.put_nowait("a");
    q.put_nowait("b");
    auto worker = create_task(slow_worker(q, log));
    co_await q.join();
    log.push_back("joined at " + std::to_string(int(loop.time())));
    co_await worker;
  };
  loop.run_until_complete(main_co());
  EXPECT_EQ(log, (std::vector<std::string>{"done a", "done b", "joined at 2"}));
}

//   q2 = asyncio.Queue(); g1 = create_task(q2.get()); g2 = create_task(q2.get())
//   await asyncio.sleep(0); q2.put_nowait("x"); g1.cancel()
//   -> g2 x g1 cancelled True size 0
TEST_F(QueueTest, CancelledGetterPassesTheItemOn) {
  auto main_co = [&]() -> Co<void> {
    Queue<std::string> q;
    auto g1 = create_task(get_one(q));
    auto g2 = create_task(get_one(q));
    co_await sleep(0);
    q.put_nowait("x");
    g1->cancel();
    std::string got = co_await g2;
    log.push_back("g2 " + got + " g1 cancelled " + std::to_string(g1->cancelled()) + " size " +
                  std::to_string(q.qsize()));
  };
  loop.run_until_complete(main_co());
  EXPECT_EQ(log, (std::vector<std::string>{"g2 x g1 cancelled 1 size 0"}));
}

TEST_F(QueueTest, NowaitErrorsAndTaskDoneTooOften) {
  auto main_co = [&]() -> Co<void> {
    Queue<int> empty;
    EXPECT_THROW(empty.get_nowait(), QueueEmpty);
    Queue<int> one(1);
    one.put_nowait(1);
    EXPECT_TRUE(one.full());
    EXPECT_THROW(one.put_nowait(2), QueueFull);
    one.task_done();
    try {
      one.task_done();
      ADD_FAILURE() << "second task_done did not raise";
    } catch (const ValueError& e) {
      EXPECT_STREQ(e.what(), "task_done() called too many times");
    }
    co_return;
  };
  loop.run_until_complete(main_co());
}

//   pq = asyncio.PriorityQueue(); for x in [5, 1, 4, 1, 3, 9, 2, 6]: pq.put_nowait(x)
//   -> 1 1 2 3 4 5 6 9 ; LifoQueue 1 2 3 -> 3 2 1
TEST_F(QueueTest, PriorityAndLifoOrders) {
  auto main_co = [&]() -> Co<void> {
    PriorityQueue<int> pq;
    for (int x : {5, 1, 4, 1, 3, 9, 2, 6}) pq.put_nowait(x);
    std::string out;
    while (!pq.empty()) out += std::to_string(co_await pq.get()) + " ";
    LifoQueue<int> lq;
    for (int x : {1, 2, 3}) lq.put_nowait(x);
    while (!lq.empty()) out += std::to_string(lq.get_nowait()) + " ";
    log.push_back(out);
  };
  loop.run_until_complete(main_co());
  EXPECT_EQ(log, (std::vector<std::string>{"1 1 2 3 4 5 6 9 3 2 1 "}));
}

// Items with equal priority come out in heapq's order, not insertion order
// (PriorityQueue is heapq underneath). CPython 3.11:
//   class K:
//       def __init__(s, p, i): s.p = p; s.i = i
//       def __lt__(s, o): return s.p < o.p
//   h = []; [heapq.heappush(h, K(0 if i == 3 else 1, i)) for i in range(5)]
//   [heapq.heappop(h).i for _ in range(5)] -> [3, 2, 4, 0, 1]
TEST_F(QueueTest, PriorityTiesFollowHeapq) {
  struct Item {
    int p, id;
  };
  struct ByPriority {
    bool operator()(const Item& a, const Item& b) const { return a.p < b.p; }
  };
  auto main_co = [&]() -> Co<void> {
    PriorityQueue<Item, ByPriority> pq;
    for (int i = 0; i < 5; ++i) pq.put_nowait(Item{i == 3 ? 0 : 1, i});
    std::string out;
    while (!pq.empty()) out += std::to_string(pq.get_nowait().id) + " ";
    log.push_back(out);
    co_return;
  };
  loop.run_until_complete(main_co());
  EXPECT_EQ(log, (std::vector<std::string>{"3 2 4 0 1 "}));
}

// Waiting shows the queue in the trace: QueueGet / QueuePut with the queue's id.
TEST_F(QueueTest, WaitsAreTraced) {
  struct Waits : TraceObserver {
    std::vector<std::pair<WaitKind, uint32_t>> seen;
    void on_event(const TraceEvent& e) override {
      if (e.kind == EventKind::TaskWaiting) seen.push_back({e.wait, e.other});
    }
  } waits;
  loop.set_observer(&waits);
  uint32_t qid = 0;
  auto main_co = [&]() -> Co<void> {
    Queue<int> q(1);
    qid = q.id();
    auto getter = create_task(get_one(q));
    co_await sleep(0.1);
    q.put_nowait(1);
    co_await q.put(2);  // room: no wait
    auto putter = create_task(put_one(q, 3));
    co_await sleep(0.1);
    q.get_nowait();
    co_await getter;
    co_await putter;
  };
  loop.run_until_complete(main_co());
  bool get_wait = false, put_wait = false;
  for (auto& [kind, obj] : waits.seen) {
    if (kind == WaitKind::QueueGet && obj == qid) get_wait = true;
    if (kind == WaitKind::QueuePut && obj == qid) put_wait = true;
  }
  EXPECT_TRUE(get_wait);
  EXPECT_TRUE(put_wait);
}

namespace {
Co<void> logged_get(Queue<std::string>& q, Log& log, std::string name) {
  try {
    std::string v = co_await q.get();
    log.push_back(name + " got " + v);
  } catch (const CancelledError&) {
    log.push_back(name + " cancelled");
    throw;
  }
}
Co<void> logged_put(Queue<int>& q, Log& log, int v) {
  co_await q.put(v);
  log.push_back("put " + std::to_string(v));
}
std::string flag(bool b) { return b ? "True" : "False"; }
}  // namespace

// A woken getter or putter re-checks when it runs (queues.py's `while self.empty()`)
// and waits again on a new waiter when what woke it was taken meanwhile:
//   q = asyncio.Queue(); g1 = create_task(getter("g1")); await sleep(0)
//   q.put_nowait("a"); log(f"stolen {q.get_nowait()}"); await sleep(0)
//   log(f"g1 done {g1.done()} getters {len(q._getters)}")
//   q.put_nowait("b"); await sleep(0); log(f"g1 done {g1.done()} size {q.qsize()}")
//   g2 = create_task(getter("g2")); await sleep(0); q.put_nowait("c"); q.get_nowait()
//   await sleep(0); g2.cancel(); await sleep(0); q.put_nowait("d")
//   log(f"g2 cancelled {g2.cancelled()} size {q.qsize()} getters {len(q._getters)}")
//   b = asyncio.Queue(1); b.put_nowait(0); p = create_task(putter(1)); await sleep(0)
//   log(f"took {b.get_nowait()}"); b.put_nowait(9); await sleep(0)
//   log(f"p done {p.done()} putters {len(b._putters)}"); log(f"took {b.get_nowait()}")
//   await sleep(0); log(f"p done {p.done()} took {b.get_nowait()}")
// (the output of /work/shared/oracle/vtime.py for that program)
TEST_F(QueueTest, WokenWaiterWhoseItemOrRoomWasTakenWaitsAgain) {
  auto main_co = [&]() -> Co<void> {
    Queue<std::string> q;
    auto g1 = create_task(logged_get(q, log, "g1"));
    co_await sleep(0);
    q.put_nowait("a");
    log.push_back("stolen " + q.get_nowait());
    co_await sleep(0);
    log.push_back("g1 done " + flag(g1->done()) + " getters " + std::to_string(q.getter_count()));
    q.put_nowait("b");
    co_await sleep(0);
    log.push_back("g1 done " + flag(g1->done()) + " size " + std::to_string(q.qsize()));
    auto g2 = create_task(logged_get(q, log, "g2"));
    co_await sleep(0);
    q.put_nowait("c");
    q.get_nowait();
    co_await sleep(0);
    g2->cancel();
    co_await sleep(0);
    q.put_nowait("d");
    log.push_back("g2 cancelled " + flag(g2->cancelled()) + " size " + std::to_string(q.qsize()) + " getters " +
                  std::to_string(q.getter_count()));
    Queue<int> b(1);
    b.put_nowait(0);
    auto p = create_task(logged_put(b, log, 1));
    co_await sleep(0);
    log.push_back("took " + std::to_string(b.get_nowait()));
    b.put_nowait(9);
    co_await sleep(0);
    log.push_back("p done " + flag(p->done()) + " putters " + std::to_string(b.putter_count()));
    log.push_back("took " + std::to_string(b.get_nowait()));
    co_await sleep(0);
    log.push_back("p done " + flag(p->done()) + " took " + std::to_string(b.get_nowait()));
  };
  loop.run_until_complete(main_co());
  EXPECT_EQ(log, (Log{"stolen a", "g1 done False getters 1", "g1 got b", "g1 done True size 0", "g2 cancelled",
                      "g2 cancelled True size 1 getters 0", "took 0", "p done False putters 1", "took 9", "put 1",
                      "p done True took 1"}));
}

// The FIFO store's ring buffer keeps put order across growing, wrapping around and
// shrinking (items of a type that owns memory, so a lost or doubled move shows).
TEST_F(QueueTest, FifoOrderAcrossGrowWrapAndShrink) {
  Queue<std::string> q;
  int next_put = 0, next_get = 0;
  auto put = [&](int n) {
    for (int i = 0; i < n; ++i) q.put_nowait("item " + std::to_string(next_put++));
  };
  auto get = [&](int n) {
    for (int i = 0; i < n; ++i) ASSERT_EQ(q.get_nowait(), "item " + std::to_string(next_get++));
  };
  put(3);
  get(2);
  put(1000);  // grows while wrapped
  get(900);   // shrinks
  put(5);
  get(106);
  EXPECT_TRUE(q.empty());
  EXPECT_EQ(next_put, next_get);
}
