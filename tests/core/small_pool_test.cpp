// The loop's small-object pool (core/loop/small_pool.h): blocks are usable, aligned
// and disjoint, freed blocks are reused by their size class, and the statistics the
// memory benchmark reads follow allocations.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <new>
#include <vector>

#include "loop/slab_memory.h"
#include "loop/small_pool.h"

using namespace loopscope;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kPassthrough = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kPassthrough = true;
#else
constexpr bool kPassthrough = false;
#endif
#else
constexpr bool kPassthrough = false;
#endif

// Big slabs and arrays are mappings of their own (slab_memory.h).
#if defined(__linux__) && !defined(__EMSCRIPTEN__)
constexpr bool kMapsBigMemory = !kPassthrough;
#else
constexpr bool kMapsBigMemory = false;
#endif

struct Block {
  unsigned char* p;
  size_t size;
};

TEST(SmallPoolTest, LiveBlocksAreAlignedAndDisjoint) {
  std::vector<Block> blocks;
  // Sizes across every class, the largest pooled size and past it, enough of them
  // to span several slabs.
  for (int round = 0; round < 40; ++round)
    for (size_t size = 1; size <= 600; size += 7) blocks.push_back({static_cast<unsigned char*>(small_pool::allocate(size)), size});
  for (size_t i = 0; i < blocks.size(); ++i) {
    EXPECT_EQ(reinterpret_cast<uintptr_t>(blocks[i].p) % 16, 0u);
    std::memset(blocks[i].p, int(i & 0xff), blocks[i].size);
  }
  // A block overlapping another would have had its bytes overwritten.
  for (size_t i = 0; i < blocks.size(); ++i)
    for (size_t j = 0; j < blocks[i].size; ++j) ASSERT_EQ(blocks[i].p[j], (unsigned char)(i & 0xff)) << "block " << i;
  for (const Block& b : blocks) small_pool::deallocate(b.p, b.size);
}

TEST(SmallPoolTest, FreedBlockIsReusedBySameSizeClass) {
  if (kPassthrough) GTEST_SKIP() << "AddressSanitizer build: the pool passes through to operator new";
  void* a = small_pool::allocate(100);
  small_pool::deallocate(a, 100);
  void* b = small_pool::allocate(97);  // same 16-byte class as 100
  EXPECT_EQ(a, b);
  void* c = small_pool::allocate(100);  // class now empty: a new block
  EXPECT_NE(c, b);
  small_pool::deallocate(b, 97);
  small_pool::deallocate(c, 100);
}

TEST(SmallPoolTest, StatsFollowBlocksHandedOut) {
  if (kPassthrough) GTEST_SKIP() << "AddressSanitizer build: the pool keeps no statistics";
  small_pool::Stats before = small_pool::stats();
  std::vector<void*> blocks;
  for (int i = 0; i < 5000; ++i) blocks.push_back(small_pool::allocate(40));
  small_pool::Stats during = small_pool::stats();
  EXPECT_EQ(during.used_bytes - before.used_bytes, 5000u * 48);  // 40 rounds up to its 48-byte class
  EXPECT_GE(during.slab_bytes, during.used_bytes);
  for (void* p : blocks) small_pool::deallocate(p, 40);
  small_pool::Stats after = small_pool::stats();
  EXPECT_EQ(after.used_bytes, before.used_bytes);
  // Nothing else was live: the burst's slabs went back, one stays.
  if (before.used_bytes == 0) {
    EXPECT_LT(after.slab_bytes, during.slab_bytes);
    EXPECT_GT(after.slab_bytes, 0u);
  }
}

TEST(SmallPoolTest, BlocksAfterAReleaseAreUsable) {
  // Allocating again after the spare slabs went back carves from the kept slab.
  std::vector<void*> blocks;
  for (int round = 0; round < 3; ++round) {
    for (int i = 0; i < 3000; ++i) {
      void* p = small_pool::allocate(64);
      std::memset(p, round, 64);
      blocks.push_back(p);
    }
    for (void* p : blocks) small_pool::deallocate(p, 64);
    blocks.clear();
  }
}

// Counts what the pool maps itself (installed by the tests below, removed after).
struct MappedCount {
  static inline size_t taken = 0, given_back = 0;
  static inline bool refuse = false;
  static bool take(size_t n) {
    if (refuse) return false;
    taken += n;
    return true;
  }
  static void give_back(size_t n) { given_back += n; }
  MappedCount() {
    taken = given_back = 0;
    refuse = false;
    small_pool::set_mapped_memory_hooks({take, give_back});
  }
  ~MappedCount() { small_pool::set_mapped_memory_hooks({}); }
};

// Past the first slab, 2 MiB slabs: on native Linux the pool maps them itself and
// reports each one to the hooks (which a heap cap uses), when taken and given back.
TEST(SmallPoolTest, BigSlabsAreReportedToTheMappedMemoryHooks) {
  if (kPassthrough) GTEST_SKIP() << "AddressSanitizer build: the pool passes through to operator new";
  small_pool::Stats before = small_pool::stats();
  if (before.used_bytes != 0) GTEST_SKIP() << "blocks of other tests are still live";
  MappedCount count;
  std::vector<void*> blocks;
  for (int i = 0; i < 40000; ++i) blocks.push_back(small_pool::allocate(96));  // 3.7 MiB: two big slabs
  small_pool::Stats during = small_pool::stats();
  EXPECT_GE(during.slab_bytes - before.slab_bytes, 2u * 2 * 1024 * 1024);
  // Elsewhere taken from operator new, which counts them itself.
  EXPECT_EQ(count.taken, kMapsBigMemory ? during.slab_bytes - before.slab_bytes : 0u);
  for (void* p : blocks) small_pool::deallocate(p, 96);
  // Every block is free: the big slabs went back, the first one stays.
  EXPECT_EQ(count.given_back, count.taken);
  EXPECT_EQ(small_pool::stats().slab_bytes, before.slab_bytes);
}

// A slab refused by the hooks (a heap cap reached) is bad_alloc, as operator new's
// refusal is, and leaves the pool's counts as they were.
TEST(SmallPoolTest, RefusedBigSlabIsBadAlloc) {
  if (kPassthrough) GTEST_SKIP() << "AddressSanitizer build: the pool passes through to operator new";
  if (!kMapsBigMemory) GTEST_SKIP() << "big slabs come from operator new here";
  small_pool::Stats before = small_pool::stats();
  if (before.used_bytes != 0) GTEST_SKIP() << "blocks of other tests are still live";
  MappedCount count;
  std::vector<void*> blocks;
  MappedCount::refuse = true;
  EXPECT_THROW(
      for (;;) blocks.push_back(small_pool::allocate(64)), std::bad_alloc);  // the first slab fills up
  EXPECT_EQ(small_pool::stats().used_bytes, blocks.size() * 64);
  MappedCount::refuse = false;
  blocks.push_back(small_pool::allocate(64));  // allowed again: a big slab
  EXPECT_EQ(count.taken, 2u * 1024 * 1024);
  for (void* p : blocks) small_pool::deallocate(p, 64);
  EXPECT_EQ(small_pool::stats().used_bytes, 0u);
  EXPECT_EQ(small_pool::stats().slab_bytes, before.slab_bytes);
}

// The loop's arrays (ready queue, timer heap) are cache-line aligned; from
// kBigArrayBytes on, native Linux maps them in whole huge pages, reported to the hooks.
TEST(SmallPoolTest, BigArraysAreMappedInWholeHugePages) {
  MappedCount count;
  for (size_t bytes : {size_t(4096), small_pool::kBigArrayBytes, 3 * small_pool::kBigArrayBytes}) {
    auto* p = static_cast<unsigned char*>(small_pool::take_array(bytes));
    EXPECT_EQ(reinterpret_cast<uintptr_t>(p) % 64, 0u);
    std::memset(p, 7, bytes);
    EXPECT_EQ(p[bytes - 1], 7);
    small_pool::give_back_array(p, bytes);
  }
  // 1 MiB and 3 MiB, rounded up to 2 MiB pages; elsewhere (and under ASan) operator new's.
  EXPECT_EQ(count.taken, kMapsBigMemory ? (2u + 4u) * 1024 * 1024 : 0u);
  EXPECT_EQ(count.given_back, count.taken);
}

TEST(SmallPoolTest, LargeBlocksBypassThePool) {
  small_pool::Stats before = small_pool::stats();
  void* p = small_pool::allocate(4096);
  std::memset(p, 1, 4096);
  EXPECT_EQ(small_pool::stats().used_bytes, before.used_bytes);
  small_pool::deallocate(p, 4096);
}

}  // namespace
