// small_pool: size classes of 16 bytes up to kMaxPooled, each a singly linked free
// list threaded through the free blocks; new blocks come from the current slab.
#include "loop/small_pool.h"

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
constexpr std::size_t kSlabBytes = 64 * 1024;

struct FreeBlock {
  FreeBlock* next;
};

// Plain pointers only, so the thread's pool needs no destructor: slabs stay
// reachable from `slabs` (linked through their first block), which keeps leak
// checkers quiet about blocks still in use when the thread ends.
struct Pool {
  FreeBlock* free[kClasses];
  char* bump;       // next unused byte of the current slab
  char* bump_end;   // end of the current slab
  FreeBlock* slabs;  // every slab taken, newest first
  std::size_t slab_bytes;
  std::size_t used_bytes;
};
thread_local Pool t_pool;

std::size_t class_of(std::size_t bytes) { return (bytes + kGranule - 1) / kGranule - 1; }

// Every block is kGranule-aligned, slabs and blocks too large to pool alike: plain
// operator new gives only 8 bytes in WebAssembly (emscripten's malloc), and a
// coroutine frame may hold a 16-aligned value.
constexpr std::align_val_t kAlign{kGranule};
void* new_aligned(std::size_t bytes) { return ::operator new(bytes, kAlign); }
void delete_aligned(void* p) noexcept { ::operator delete(p, kAlign); }

void* carve(Pool& pool, std::size_t size) {
  if (std::size_t(pool.bump_end - pool.bump) < size) {
    char* slab = static_cast<char*>(new_aligned(kSlabBytes));
    auto* link = reinterpret_cast<FreeBlock*>(slab);
    link->next = pool.slabs;
    pool.slabs = link;
    pool.slab_bytes += kSlabBytes;
    // The rest of the old slab (less than one block) is left unused.
    pool.bump = slab + kGranule;
    pool.bump_end = slab + kSlabBytes;
  }
  void* p = pool.bump;
  pool.bump += size;
  return p;
}

// Every block is free again (the loop objects of a run are gone): all slabs but the
// current one go back to operator new, so a burst of objects does not keep its
// memory (nor count against a later run's heap cap) once it is over. Keeping one
// slab spares a loop that creates and drops single objects a slab per object.
void release_spare_slabs(Pool& pool) {
  FreeBlock* spare = pool.slabs->next;
  pool.slabs->next = nullptr;
  while (spare) {
    FreeBlock* next = spare->next;
    delete_aligned(spare);
    pool.slab_bytes -= kSlabBytes;
    spare = next;
  }
  for (FreeBlock*& head : pool.free) head = nullptr;
  pool.bump = reinterpret_cast<char*>(pool.slabs) + kGranule;
  pool.bump_end = reinterpret_cast<char*>(pool.slabs) + kSlabBytes;
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
  pool.used_bytes += (c + 1) * kGranule;
  if (FreeBlock* b = pool.free[c]) {
    pool.free[c] = b->next;
    return b;
  }
  return carve(pool, (c + 1) * kGranule);
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
