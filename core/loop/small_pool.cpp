// small_pool: size classes of 16 bytes up to kMaxPooled, each a singly linked free
// list threaded through the free blocks; new blocks come from the current slab, and
// slabs from slab_memory.cpp.
#include "loop/small_pool.h"

#include "loop/slab_memory.h"

#include <new>

#if defined(__SANITIZE_ADDRESS__)
#define LOOPSCOPE_POOL_PASSTHROUGH 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LOOPSCOPE_POOL_PASSTHROUGH 1
#endif
#endif

namespace loopscope::small_pool {
namespace {

constexpr std::size_t kGranule = 16;
constexpr std::size_t kMaxPooled = 512;  // larger blocks go to operator new
constexpr std::size_t kClasses = kMaxPooled / kGranule;

struct FreeBlock {
  FreeBlock* next;
};
// The first granule of every slab: the list of slabs and each one's size.
struct SlabHeader {
  SlabHeader* next;
  std::size_t bytes;
};
static_assert(sizeof(SlabHeader) <= kGranule);

// Plain pointers only, so the thread's pool needs no destructor: slabs stay
// reachable from `slabs`, which keeps leak checkers quiet about blocks still in use
// when the thread ends.
struct Pool {
  FreeBlock* free[kClasses];
  char* bump;        // next unused byte of the current slab
  char* bump_end;    // end of the current slab
  SlabHeader* slabs;  // every slab taken, newest first (the first one last)
  std::size_t slab_bytes;
  std::size_t used_bytes;
};
thread_local Pool t_pool;

std::size_t class_of(std::size_t bytes) { return (bytes + kGranule - 1) / kGranule - 1; }

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

void* allocate(std::size_t bytes) {
#ifdef LOOPSCOPE_POOL_PASSTHROUGH
  return new_aligned(bytes);
#else
  if (bytes == 0 || bytes > kMaxPooled) return new_aligned(bytes);
  Pool& pool = t_pool;
  std::size_t c = class_of(bytes);
  if (FreeBlock* b = pool.free[c]) {
    pool.free[c] = b->next;
    pool.used_bytes += (c + 1) * kGranule;
    return b;
  }
  void* p = carve(pool, (c + 1) * kGranule);  // may throw bad_alloc: nothing counted yet
  pool.used_bytes += (c + 1) * kGranule;
  return p;
#endif
}

void deallocate(void* p, std::size_t bytes) noexcept {
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
