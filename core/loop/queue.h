// asyncio.Queue, LifoQueue and PriorityQueue (queues.py, 3.11). Getters and putters
// wait in FIFO order; each put wakes one getter and each get wakes one putter, and
// a woken waiter re-checks the queue when it runs (so a cancelled getter never loses
// an item). Usage: `co_await q.put(x); T v = co_await q.get();`
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "loop/sync_base.h"
#include "loop/sync_event.h"
#include "loop/heapq.h"

namespace loopscope {

// Storage orders: FIFO (Queue), LIFO (LifoQueue), heapq (PriorityQueue).
// FIFO: a ring buffer whose size is a power of two, grown when full and halved when
// at most an eighth is used (std::deque's size() and block bookkeeping were an
// eighth of a ping-pong through Queue(1)).
template <class T>
class FifoStore {
 public:
  void push(T v) {
    if (count_ == slots_.size()) resize(slots_.empty() ? kMinSlots : slots_.size() * 2);
    slots_[(head_ + count_) & (slots_.size() - 1)].emplace(std::move(v));
    ++count_;
  }
  T pop() {
    std::optional<T>& slot = slots_[head_];
    T v = std::move(*slot);
    slot.reset();
    head_ = (head_ + 1) & (slots_.size() - 1);
    --count_;
    if (slots_.size() > kMinSlots && count_ * 8 <= slots_.size()) resize(slots_.size() / 2);
    return v;
  }
  size_t size() const { return count_; }

 private:
  static constexpr size_t kMinSlots = 4;
  void resize(size_t slots) {
    std::vector<std::optional<T>> other(slots);
    for (size_t i = 0; i < count_; ++i) other[i] = std::move(slots_[(head_ + i) & (slots_.size() - 1)]);
    slots_.swap(other);
    head_ = 0;
  }

  std::vector<std::optional<T>> slots_;
  size_t head_ = 0;
  size_t count_ = 0;
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
  // len(q._getters), len(q._putters): waiter futures queued (done ones included).
  size_t getter_count() const { return getters_.size(); }
  size_t putter_count() const { return putters_.size(); }

  auto put(T item) { return PutAwaiter(this, std::move(item)); }
  auto get() { return GetAwaiter(this); }

  // QueueFull when full.
  void put_nowait(T item) {
    if (full()) throw QueueFull("");
    store_.push(std::move(item));
    ++unfinished_tasks_;
    finished_.clear();
    if (!getters_.empty()) getters_.wake_next(bound_loop());  // (no wait: maybe no loop bound)
  }
  // QueueEmpty when empty.
  T get_nowait() {
    if (empty()) throw QueueEmpty("");
    T item = store_.pop();
    if (!putters_.empty()) putters_.wake_next(bound_loop());
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
  // queues.py's put():
  //     while self.full():
  //         putter = self._get_loop().create_future()
  //         self._putters.append(putter)
  //         try:
  //             await putter
  //         except:
  //             putter.cancel()  # Just in case putter is not done yet.
  //             try: self._putters.remove(putter)
  //             except ValueError: pass
  //             if not self.full() and not putter.cancelled():
  //                 self._wakeup_next(self._putters)
  //             raise
  //     return self.put_nowait(item)
  // The item goes in when awaited (no wait) or once woken with room.
  class PutAwaiter : public PrimitiveAwaiter<PutAwaiter, void, true> {
   public:
    PutAwaiter(BasicQueue* q, T item) : q_(q), item_(std::move(item)) {}
    ~PutAwaiter() {
      if (this->queued()) q_->putters_.remove(this->own_wait());
    }
    bool can_proceed() { return !q_->full(); }
    void proceed() { q_->put_nowait(std::move(item_)); }
    void add_waiter(PrimitiveWait& w) {
      q_->get_loop();
      q_->putters_.add(w, WaitKind::QueuePut, q_->id());
    }
    void woken(PrimitiveWait*) { proceed(); }
    void failed(PrimitiveWait* putter, bool) {
      putter->cancel_quietly();
      q_->putters_.remove(putter);
      if (!q_->full() && !putter->cancelled()) q_->putters_.wake_next(q_->bound_loop());
    }

   private:
    BasicQueue* q_;
    T item_;
  };

  // queues.py's get(): the same loop on the getters, then `return self.get_nowait()`.
  class GetAwaiter : public PrimitiveAwaiter<GetAwaiter, T, true> {
   public:
    explicit GetAwaiter(BasicQueue* q) : q_(q) {}
    ~GetAwaiter() {
      if (this->queued()) q_->getters_.remove(this->own_wait());
    }
    bool can_proceed() { return !q_->empty(); }
    T proceed() { return q_->get_nowait(); }
    void add_waiter(PrimitiveWait& w) {
      q_->get_loop();
      q_->getters_.add(w, WaitKind::QueueGet, q_->id());
    }
    T woken(PrimitiveWait*) { return proceed(); }
    void failed(PrimitiveWait* getter, bool) {
      getter->cancel_quietly();
      q_->getters_.remove(getter);
      if (!q_->empty() && !getter->cancelled()) q_->getters_.wake_next(q_->bound_loop());
    }

   private:
    BasicQueue* q_;
  };

  void init() {
    finished_.set();
    finished_.set_wait_kind(WaitKind::QueueJoin, id());
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
