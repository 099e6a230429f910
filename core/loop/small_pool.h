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

namespace loopscope::small_pool {

// A block of at least `bytes`; bad_alloc as operator new.
void* allocate(std::size_t bytes);
// Returns a block from allocate(bytes) (the same `bytes`).
void deallocate(void* p, std::size_t bytes) noexcept;

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
