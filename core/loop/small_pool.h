// Free lists for the loop's small objects: futures, tasks, handles and coroutine
// frames. A workload creates and drops them by the hundred thousand; malloc spent a
// quarter of the loop's time merging and splitting those chunks. Here a block is
// carved from a slab (no per-block header) and, when freed, kept on the free list of
// its size class for the next object of that size. The first slab is 64 KiB; once a
// program needs more, slabs are 2 MiB huge pages (slab_memory.h), since faulting in
// fresh 4 KiB pages was a third of the time of a burst of 100k new tasks.
// Memory taken this way stays with the thread for reuse by later loop objects until
// every block is free again (the end of a run); then all slabs but the first go
// back. Under AddressSanitizer the pool passes every call straight to operator
// new/delete, so use-after-free is still found.
#pragma once

#include <cstddef>

#if defined(__SANITIZE_ADDRESS__)
#define LOOPSCOPE_POOL_PASSTHROUGH 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LOOPSCOPE_POOL_PASSTHROUGH 1
#endif
#endif

namespace loopscope::small_pool {

// The pool's state, here so that taking a free block and giving one back are inline
// (every task, frame, future and string passes here): size classes of kGranule bytes
// up to kMaxPooled, each a singly linked free list threaded through its free blocks.
namespace detail {
constexpr std::size_t kGranule = 16;
constexpr std::size_t kMaxPooled = 512;  // larger blocks go to operator new
constexpr std::size_t kClasses = kMaxPooled / kGranule;
struct FreeBlock {
  FreeBlock* next;
};
struct SlabHeader;
// Plain pointers only, so the thread's pool needs no destructor: slabs stay
// reachable from `slabs`, which keeps leak checkers quiet about blocks still in use
// when the thread ends.
struct Pool {
  FreeBlock* free[kClasses];
  char* bump;         // next unused byte of the current slab
  char* bump_end;     // end of the current slab
  SlabHeader* slabs;  // every slab taken, newest first (the first one last)
  std::size_t slab_bytes;
  std::size_t used_bytes;
};
inline thread_local Pool t_pool{};
inline std::size_t class_of(std::size_t bytes) { return (bytes + kGranule - 1) / kGranule - 1; }
// The rest of allocate/deallocate (small_pool.cpp): a new block from a slab, blocks
// outside the classes, the slabs given back when every block is free.
void* allocate_slow(std::size_t bytes);
void deallocate_slow(void* p, std::size_t bytes) noexcept;
}  // namespace detail

// A block of at least `bytes`; bad_alloc as operator new.
inline void* allocate(std::size_t bytes) {
#ifndef LOOPSCOPE_POOL_PASSTHROUGH
  using namespace detail;
  if (bytes - 1 < kMaxPooled) {  // (0 wraps around: not pooled)
    Pool& pool = t_pool;
    std::size_t c = class_of(bytes);
    std::size_t size = (c + 1) * kGranule;
    void* p = pool.free[c];
    if (p) {
      pool.free[c] = static_cast<FreeBlock*>(p)->next;
    } else if (std::size_t(pool.bump_end - pool.bump) >= size) {
      p = pool.bump;  // a new block from the current slab
      pool.bump += size;
    }
    if (p) {
      pool.used_bytes += size;
      return p;
    }
  }
#endif
  return detail::allocate_slow(bytes);
}
// Returns a block from allocate(bytes) (the same `bytes`).
inline void deallocate(void* p, std::size_t bytes) noexcept {
#ifndef LOOPSCOPE_POOL_PASSTHROUGH
  using namespace detail;
  if (p && bytes - 1 < kMaxPooled) {
    Pool& pool = t_pool;
    std::size_t c = class_of(bytes);
    std::size_t used = pool.used_bytes - (c + 1) * kGranule;
    if (used != 0) {  // (the last block back may give slabs back: the slow path)
      pool.used_bytes = used;
      auto* b = static_cast<FreeBlock*>(p);
      b->next = pool.free[c];
      pool.free[c] = b;
      return;
    }
  }
#endif
  detail::deallocate_slow(p, bytes);
}

// The calling thread's pool, for the memory benchmark: bytes taken from operator
// new as slabs, and bytes of blocks handed out and not yet returned (each block
// counted at its size class).
struct Stats {
  std::size_t slab_bytes;
  std::size_t used_bytes;
};
Stats stats();

// The big slabs are mapped from the system on native Linux, so operator new never
// sees them. A program that counts operator new (the language's heap cap, the memory
// benchmark) installs these to count them as well: take(bytes) before a slab is
// mapped (false refuses it: the allocation throws bad_alloc), give_back(bytes) after
// one is unmapped. Install once, before any loop object exists.
struct MappedMemoryHooks {
  bool (*take)(std::size_t bytes);
  void (*give_back)(std::size_t bytes);
};
void set_mapped_memory_hooks(MappedMemoryHooks hooks);

// Mixed into a class (a base is enough; sized delete gets the dynamic size from the
// virtual destructor) to allocate its objects from the pool.
struct Pooled {
  static void* operator new(std::size_t bytes) { return allocate(bytes); }
  static void operator delete(void* p, std::size_t bytes) noexcept { deallocate(p, bytes); }
};

// An allocator for standard containers of loop objects (a future's callback list).
template <class T>
struct Allocator {
  using value_type = T;
  Allocator() = default;
  template <class U>
  Allocator(const Allocator<U>&) {}
  T* allocate(std::size_t n) { return static_cast<T*>(small_pool::allocate(n * sizeof(T))); }
  void deallocate(T* p, std::size_t n) noexcept { small_pool::deallocate(p, n * sizeof(T)); }
  template <class U>
  bool operator==(const Allocator<U>&) const { return true; }
};

}  // namespace loopscope::small_pool
