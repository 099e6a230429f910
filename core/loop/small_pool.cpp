// small_pool: what allocate and deallocate do not do inline (small_pool.h): new
// blocks from the current slab, slabs from slab_memory.cpp, blocks outside the size
// classes, and giving the slabs back.
#include "loop/small_pool.h"

#include "loop/slab_memory.h"

#include <new>

namespace loopscope::small_pool {
using namespace detail;

// The first granule of every slab: the list of slabs and each one's size.
struct detail::SlabHeader {
  SlabHeader* next;
  std::size_t bytes;
};
static_assert(sizeof(SlabHeader) <= kGranule);

namespace {

// Every block is kGranule-aligned, blocks too large to pool too: plain operator new
// gives only 8 bytes in WebAssembly (emscripten's malloc), and a coroutine frame may
// hold a 16-aligned value.
constexpr std::align_val_t kAlign{kGranule};
void* new_aligned(std::size_t bytes) { return ::operator new(bytes, kAlign); }
void delete_aligned(void* p) noexcept { ::operator delete(p, kAlign); }

void use_slab(Pool& pool, SlabHeader* slab) {
  pool.bump = reinterpret_cast<char*>(slab) + kGranule;
  pool.bump_end = reinterpret_cast<char*>(slab) + slab->bytes;
}

void* carve(Pool& pool, std::size_t size) {
  if (std::size_t(pool.bump_end - pool.bump) < size) {
    // A program that outgrows the first slab is making objects by the thousand.
    std::size_t bytes = pool.slabs ? kBigSlabBytes : kFirstSlabBytes;
    auto* slab = static_cast<SlabHeader*>(take_slab(bytes));
    *slab = {pool.slabs, bytes};
    pool.slabs = slab;
    pool.slab_bytes += bytes;
    // The rest of the old slab (less than one block) is left unused.
    use_slab(pool, slab);
  }
  void* p = pool.bump;
  pool.bump += size;
  return p;
}

// Every block is free again (the loop objects of a run are gone): all slabs but the
// first (the smallest) go back, so a burst of objects does not keep its memory (nor
// count against a later run's heap cap) once it is over. Keeping one slab spares a
// loop that creates and drops single objects a slab per object.
void release_spare_slabs(Pool& pool) {
  SlabHeader* slab = pool.slabs;
  while (slab->next) {
    SlabHeader* next = slab->next;
    pool.slab_bytes -= slab->bytes;
    give_back_slab(slab, slab->bytes);
    slab = next;
  }
  pool.slabs = slab;
  for (FreeBlock*& head : pool.free) head = nullptr;
  use_slab(pool, slab);
}

}  // namespace

Stats stats() { return {t_pool.slab_bytes, t_pool.used_bytes}; }

void* detail::allocate_slow(std::size_t bytes) {
#ifdef LOOPSCOPE_POOL_PASSTHROUGH
  return new_aligned(bytes);
#else
  if (bytes == 0 || bytes > kMaxPooled) return new_aligned(bytes);
  Pool& pool = t_pool;
  std::size_t c = class_of(bytes);
  // (allocate() took the free list's block if there was one)
  void* p = carve(pool, (c + 1) * kGranule);  // may throw bad_alloc: nothing counted yet
  pool.used_bytes += (c + 1) * kGranule;
  return p;
#endif
}

void detail::deallocate_slow(void* p, std::size_t bytes) noexcept {
#ifdef LOOPSCOPE_POOL_PASSTHROUGH
  delete_aligned(p);
#else
  if (!p) return;
  if (bytes == 0 || bytes > kMaxPooled) {
    delete_aligned(p);
    return;
  }
  Pool& pool = t_pool;
  std::size_t c = class_of(bytes);
  pool.used_bytes -= (c + 1) * kGranule;
  auto* b = static_cast<FreeBlock*>(p);
  b->next = pool.free[c];
  pool.free[c] = b;
  if (pool.used_bytes == 0 && pool.slabs->next) release_spare_slabs(pool);
#endif
}

}  // namespace loopscope::small_pool
