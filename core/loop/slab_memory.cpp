// slab_memory: operator new for small slabs and arrays; for big ones on native Linux
// a mapping of whole huge pages at a huge-page boundary (over-map, then unmap both
// ends), counted through the mapped memory hooks since operator new never sees it.
#include "loop/slab_memory.h"

#include <cstdint>
#include <new>

#include "loop/small_pool.h"

// Under AddressSanitizer everything comes from operator new, whose redzones find
// overflows (the pool itself passes through to it there too).
#if defined(__SANITIZE_ADDRESS__)
#define LOOPSCOPE_POOL_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LOOPSCOPE_POOL_UNDER_ASAN 1
#endif
#endif

#if defined(__linux__) && !defined(__EMSCRIPTEN__) && !defined(LOOPSCOPE_POOL_UNDER_ASAN)
#include <sys/mman.h>
#define LOOPSCOPE_POOL_MAPS_BIG_SLABS 1
#endif

namespace loopscope::small_pool {
namespace {

// Every slab is 16-aligned: plain operator new gives only 8 bytes in WebAssembly
// (emscripten's malloc), and a coroutine frame may hold a 16-aligned value.
constexpr std::align_val_t kSlabAlign{16};

MappedMemoryHooks g_hooks{};

constexpr std::align_val_t kArrayAlign{64};  // a cache line

#ifdef LOOPSCOPE_POOL_MAPS_BIG_SLABS
constexpr std::size_t kHugePage = kBigSlabBytes;
std::size_t whole_huge_pages(std::size_t bytes) { return (bytes + kHugePage - 1) & ~(kHugePage - 1); }

// `bytes` (whole huge pages) at a huge-page boundary, counted by the hooks;
// bad_alloc if the hooks refuse or the system has no room.
void* map_huge(std::size_t bytes) {
  if (g_hooks.take && !g_hooks.take(bytes)) throw std::bad_alloc();
  std::size_t span = bytes + kHugePage;  // holds an aligned range wherever it starts
  void* raw = mmap(nullptr, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) {
    if (g_hooks.give_back) g_hooks.give_back(bytes);
    throw std::bad_alloc();
  }
  auto begin = reinterpret_cast<std::uintptr_t>(raw);
  std::uintptr_t start = (begin + kHugePage - 1) & ~std::uintptr_t(kHugePage - 1);
  if (start > begin) munmap(raw, start - begin);
  std::uintptr_t end = begin + span, used_end = start + bytes;
  if (end > used_end) munmap(reinterpret_cast<void*>(used_end), end - used_end);
  // Advice only: without transparent huge pages the range faults in 4 KiB pages.
  madvise(reinterpret_cast<void*>(start), bytes, MADV_HUGEPAGE);
  return reinterpret_cast<void*>(start);
}

void unmap_huge(void* p, std::size_t bytes) noexcept {
  munmap(p, bytes);
  if (g_hooks.give_back) g_hooks.give_back(bytes);
}
#endif

}  // namespace

void set_mapped_memory_hooks(MappedMemoryHooks hooks) { g_hooks = hooks; }

void* take_slab(std::size_t bytes) {
#ifdef LOOPSCOPE_POOL_MAPS_BIG_SLABS
  if (bytes == kBigSlabBytes) return map_huge(bytes);
#endif
  return ::operator new(bytes, kSlabAlign);
}

void give_back_slab(void* slab, std::size_t bytes) noexcept {
#ifdef LOOPSCOPE_POOL_MAPS_BIG_SLABS
  if (bytes == kBigSlabBytes) return unmap_huge(slab, bytes);
#endif
  ::operator delete(slab, kSlabAlign);
}

void* take_array(std::size_t bytes) {
#ifdef LOOPSCOPE_POOL_MAPS_BIG_SLABS
  if (bytes >= kBigArrayBytes) return map_huge(whole_huge_pages(bytes));
#endif
  return ::operator new(bytes, kArrayAlign);
}

void give_back_array(void* array, std::size_t bytes) noexcept {
#ifdef LOOPSCOPE_POOL_MAPS_BIG_SLABS
  if (bytes >= kBigArrayBytes) return unmap_huge(array, whole_huge_pages(bytes));
#endif
  ::operator delete(array, kArrayAlign);
}

}  // namespace loopscope::small_pool
