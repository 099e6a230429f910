// asyncio.Queue, LifoQueue and PriorityQueue (queues.py, 3.11). Getters and putters
// wait in FIFO order; each put wakes one getter and each get wakes one putter, and
// a woken waiter re-checks the queue when it runs (so a cancelled getter never loses
// an item). Usage: `co_await q.put(x); T v = co_await q.get();`
#pragma once

#include <deque>
#include <functional>
#include <vector>

#include "loop/sync_base.h"
#include "loop/sync_event.h"
#include "loop/heapq.h"

namespace loopscope {

// Storage orders: FIFO (Queue), LIFO (LifoQueue), heapq (PriorityQueue).
template <class T>
struct FifoStore {
  std::deque<T> items;
  void push(T v) { items.push_back(std::move(v)); }
  T pop() {
    T v = std::move(items.front());
    items.pop_front();
    return v;
  }
  size_t size() const { return items.size(); }
};
template <class T>
struct LifoStore {
  std::vector<T> items;
  void push(T v) { items.push_back(std::move(v)); }
  T pop() {
    T v = std::move(items.back());
    items.pop_back();
    return v;
  }
  size_t size() const { return items.size(); }
};
// heapq.heappush / heappop with `Less` as `<`: the same sift steps as CPython, so
// equal priorities come out in the same order as in Python.
template <class T, class Less>
struct HeapStore {
  std::vector<T> items;
  Less less;
  void push(T v) {
    items.push_back(std::move(v));
    heapq::siftdown(items, 0, items.size() - 1, less);
  }
  T pop() {
    T last = std::move(items.back());
    items.pop_back();
    if (items.empty()) return last;
    T top = std::move(items.front());
    items.front() = std::move(last);
    heapq::siftup(items, 0, less);
    return top;
  }
  size_t size() const { return items.size(); }
};

template <class T, class Store>
class BasicQueue : public SyncPrimitive {
 public:
  // maxsize <= 0: unbounded.
  explicit BasicQueue(long maxsize = 0) : maxsize_(maxsize) { init(); }
  BasicQueue(EventLoop& loop, long maxsize) : SyncPrimitive(loop), maxsize_(maxsize), finished_(loop) { init(); }

  size_t qsize() const { return store_.size(); }
  long maxsize() const { return maxsize_; }
  bool empty() const { return store_.size() == 0; }
  bool full() const { return maxsize_ > 0 && static_cast<long>(store_.size()) >= maxsize_; }

  auto put(T item) { return PutAwaiter(this, std::move(item)); }
  auto get() { return FastPathAwaiter<BasicQueue, T, &BasicQueue::has_item, &BasicQueue::get_nowait, &BasicQueue::get_slow>(this); }

  // QueueFull when full.
  void put_nowait(T item) {
    if (full()) throw QueueFull("");
    store_.push(std::move(item));
    ++unfinished_tasks_;
    finished_.clear();
    getters_.wake_next();
  }
  // QueueEmpty when empty.
  T get_nowait() {
    if (empty()) throw QueueEmpty("");
    T item = store_.pop();
    putters_.wake_next();
    return item;
  }
  // ValueError when called more often than items were put.
  void task_done() {
    if (unfinished_tasks_ <= 0) throw ValueError("task_done() called too many times");
    if (--unfinished_tasks_ == 0) finished_.set();
  }
  // Waits until every item put has been marked done.
  Co<void> join() {
    if (unfinished_tasks_ > 0) co_await finished_.wait();
  }

 private:
  // put(): no suspension while there is room (the item goes in when awaited).
  class PutAwaiter {
   public:
    PutAwaiter(BasicQueue* q, T item) : q_(q), item_(std::move(item)) {}
    bool await_ready() { return fast_ = !q_->full(); }
    bool await_suspend(coro::coroutine_handle<> h) {
      slow_ = q_->put_slow(std::move(item_));
      return typename Co<void>::Awaiter{slow_.handle()}.await_suspend(h);
    }
    void await_resume() {
      if (fast_) return q_->put_nowait(std::move(item_));
      typename Co<void>::Awaiter{slow_.handle()}.await_resume();
    }

   private:
    BasicQueue* q_;
    T item_;
    bool fast_ = false;
    Co<void> slow_;
  };

  void init() {
    finished_.set();
    finished_.set_wait_kind(WaitKind::QueueJoin, id());
  }
  bool has_item() const { return !empty(); }

  Co<void> put_slow(T item) {
    while (full()) {
      WaiterList::Waiter putter = putters_.add(get_loop(), WaitKind::QueuePut, id());
      try {
        co_await Future<void>(putter);
      } catch (...) {
        putter->cancel();  // in case it is not done yet
        putters_.remove(putter);
        if (!full() && !putter->cancelled()) putters_.wake_next();
        throw;
      }
    }
    put_nowait(std::move(item));
  }

  Co<T> get_slow() {
    while (empty()) {
      WaiterList::Waiter getter = getters_.add(get_loop(), WaitKind::QueueGet, id());
      try {
        co_await Future<void>(getter);
      } catch (...) {
        getter->cancel();
        getters_.remove(getter);
        if (!empty() && !getter->cancelled()) getters_.wake_next();
        throw;
      }
    }
    co_return get_nowait();
  }

  long maxsize_;
  Store store_;
  WaiterList getters_;
  WaiterList putters_;
  long unfinished_tasks_ = 0;
  Event finished_;
};

template <class T>
using Queue = BasicQueue<T, FifoStore<T>>;
template <class T>
using LifoQueue = BasicQueue<T, LifoStore<T>>;
template <class T, class Less = std::less<T>>
using PriorityQueue = BasicQueue<T, HeapStore<T, Less>>;

}  // namespace loopscope
