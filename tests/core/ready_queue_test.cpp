// The loop's ready queue (core/loop/ready_queue.h): first in, first out across growing,
// wrapping and shrinking; item kinds survive the pointer tagging; the buffer shrinks
// after a burst and does not resize back and forth under a steady load.
#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "loop/ready_queue.h"

using namespace loopscope;

namespace {

// Stand-ins for tasks and handles: distinct, 8-aligned addresses the queue never
// dereferences.
struct alignas(8) Dummy {
  char c;
};

TaskBase* task_at(std::vector<Dummy>& pool, size_t i) { return reinterpret_cast<TaskBase*>(&pool[i]); }

TEST(ReadyQueue, KindsAndPointersSurviveTagging) {
  std::vector<Dummy> pool(3);
  ReadyQueue q;
  auto* fut = reinterpret_cast<FutureBase*>(&pool[2]);
  q.push(ReadyItem::callback(reinterpret_cast<Handle*>(&pool[0])));
  q.push(ReadyItem::step(task_at(pool, 1)));
  q.push(ReadyItem::wakeup(task_at(pool, 2), fut));
  q.push(ReadyItem::notify(reinterpret_cast<FutureBase*>(&pool[1]), fut));
  ReadyItem a = q.pop(), b = q.pop(), c = q.pop(), d = q.pop();
  EXPECT_EQ(a.kind(), ReadyItem::Kind::Callback);
  EXPECT_EQ(static_cast<void*>(a.handle()), static_cast<void*>(&pool[0]));
  EXPECT_EQ(a.fut, nullptr);
  EXPECT_EQ(b.kind(), ReadyItem::Kind::Step);
  EXPECT_EQ(b.task(), task_at(pool, 1));
  EXPECT_EQ(c.kind(), ReadyItem::Kind::Wakeup);
  EXPECT_EQ(c.task(), task_at(pool, 2));
  EXPECT_EQ(c.fut, fut);
  EXPECT_EQ(d.kind(), ReadyItem::Kind::Notify);
  EXPECT_EQ(static_cast<void*>(d.follower()), static_cast<void*>(&pool[1]));
  EXPECT_EQ(d.fut, fut);
  EXPECT_TRUE(q.empty());
}

TEST(ReadyQueue, FifoAcrossGrowWrapAndShrink) {
  std::vector<Dummy> pool(5000);
  ReadyQueue q;
  size_t next_in = 0, next_out = 0;
  // Offset the head so that the contents wrap around the ring when it grows.
  for (int i = 0; i < 40; ++i) q.push(ReadyItem::step(task_at(pool, next_in++)));
  for (int i = 0; i < 30; ++i) ASSERT_EQ(q.pop().task(), task_at(pool, next_out++));
  while (next_in < pool.size()) q.push(ReadyItem::step(task_at(pool, next_in++)));
  size_t grown = q.capacity();
  EXPECT_GE(grown, pool.size() - 30);
  // Drain in steps, shrinking as the loop does after each iteration.
  while (!q.empty()) {
    for (int i = 0; i < 700 && !q.empty(); ++i) ASSERT_EQ(q.pop().task(), task_at(pool, next_out++));
    q.shrink_if_sparse();
    EXPECT_GE(q.capacity(), q.size());
  }
  EXPECT_EQ(next_out, pool.size());
  EXPECT_LT(q.capacity(), grown / 8);
}

TEST(ReadyQueue, SteadyLoadDoesNotResize) {
  std::vector<Dummy> pool(1000);
  ReadyQueue q;
  for (size_t i = 0; i < pool.size(); ++i) q.push(ReadyItem::step(task_at(pool, i)));
  size_t capacity = q.capacity();
  // Each round pops everything and pushes it back, as sleep(0) tasks do.
  for (int round = 0; round < 10; ++round) {
    for (size_t i = 0; i < pool.size(); ++i) {
      ReadyItem item = q.pop();
      ASSERT_EQ(item.task(), task_at(pool, i));
      q.push(item);
    }
    q.shrink_if_sparse();
    EXPECT_EQ(q.capacity(), capacity);
  }
}

}  // namespace
