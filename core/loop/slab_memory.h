// Where the small-object pool's slabs (small_pool.cpp carves them into blocks) and
// the loop's big arrays (its ready queue and timer heap) come from. Small ones are
// taken from operator new. Big ones are, on native Linux, mappings of their own,
// whole huge pages advised MADV_HUGEPAGE: faulting in 100k tasks and their queue
// entries then costs a few huge-page faults instead of thousands of 4 KiB ones.
// Elsewhere (WebAssembly, other systems) they come from operator new too. Mappings
// are reported to the mapped memory hooks (small_pool.h), operator new's to itself.
#pragma once

#include <cstddef>

namespace loopscope::small_pool {

constexpr std::size_t kFirstSlabBytes = 64 * 1024;
constexpr std::size_t kBigSlabBytes = 2 * 1024 * 1024;  // one x86-64 / arm64 huge page

// A slab of `bytes`, 16-aligned; bad_alloc as operator new (also when the mapped
// memory hooks refuse it).
void* take_slab(std::size_t bytes);
void give_back_slab(void* slab, std::size_t bytes) noexcept;

// An array buffer of at least `bytes`, 64-aligned (a cache line); bad_alloc as
// operator new. From kBigArrayBytes on it is mapped (native Linux), rounded up to
// whole huge pages: the last doublings of a queue that grows to 100k entries.
constexpr std::size_t kBigArrayBytes = 1024 * 1024;
void* take_array(std::size_t bytes);
void give_back_array(void* array, std::size_t bytes) noexcept;

// An allocator for the loop's big arrays (std::vector), through take_array.
template <class T>
struct ArrayAllocator {
  using value_type = T;
  ArrayAllocator() = default;
  template <class U>
  ArrayAllocator(const ArrayAllocator<U>&) {}
  T* allocate(std::size_t n) { return static_cast<T*>(take_array(n * sizeof(T))); }
  void deallocate(T* p, std::size_t n) noexcept { give_back_array(p, n * sizeof(T)); }
  template <class U>
  bool operator==(const ArrayAllocator<U>&) const { return true; }
};

}  // namespace loopscope::small_pool
