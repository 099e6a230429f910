// Counting operator new/delete for the heap cap (heap_limit.h). Sizes come from
// malloc_usable_size, so unsized deletes are counted right. The counters are per
// thread: a Runtime and its objects live on one thread.
#include "lang/heap_limit.h"

#include <malloc.h>

#include <algorithm>
#include <cstdlib>
#include <new>

#include "loop/small_pool.h"

namespace loopscope::lang {
namespace {

thread_local int64_t t_used = 0;
thread_local int64_t t_cap = 0;      // absolute; 0: no cap
thread_local bool t_refused = false;  // a refusal happened; the reserve is open

constexpr int64_t kMinReserve = int64_t{8} << 20;

bool may_allocate(size_t n) {
  if (t_cap == 0) return true;
  int64_t after = t_used + static_cast<int64_t>(std::min<size_t>(n, INT64_MAX / 2));
  if (after <= t_cap) {
    t_refused = false;
    return true;
  }
  if (t_refused && after <= t_cap + std::max(kMinReserve, t_cap / 8)) return true;
  t_refused = true;
  return false;
}

void* counted_malloc(size_t n) {
  if (!may_allocate(n)) return nullptr;
  void* p = std::malloc(n ? n : 1);
  if (p) t_used += static_cast<int64_t>(malloc_usable_size(p));
  return p;
}

// The aligned forms (the small-object pool takes its slabs from them).
void* counted_aligned_alloc(size_t n, size_t align) {
  if (!may_allocate(n)) return nullptr;
  size_t rounded = (std::max<size_t>(n, 1) + align - 1) / align * align;  // aligned_alloc's rule
  void* p = std::aligned_alloc(align, rounded);
  if (p) t_used += static_cast<int64_t>(malloc_usable_size(p));
  return p;
}

void counted_free(void* p) {
  if (!p) return;
  t_used -= static_cast<int64_t>(malloc_usable_size(p));
  std::free(p);
}

// The loop's pool maps its big slabs itself (small_pool.h): they count as if taken
// from operator new, against the same cap.
bool count_mapped(size_t n) {
  if (!may_allocate(n)) return false;
  t_used += static_cast<int64_t>(n);
  return true;
}
void uncount_mapped(size_t n) { t_used -= static_cast<int64_t>(n); }
// Installed before main, so before any slab is mapped.
const bool g_mapped_hooks_installed =
    (small_pool::set_mapped_memory_hooks({count_mapped, uncount_mapped}), true);

}  // namespace

int64_t heap_in_use() { return t_used; }

int64_t cap_heap_growth(int64_t bytes) {
  int64_t previous = t_cap;
  t_cap = bytes > 0 ? t_used + bytes : 0;
  t_refused = false;
  return previous;
}

void restore_heap_cap(int64_t absolute_cap) {
  t_cap = absolute_cap;
  t_refused = false;
}

}  // namespace loopscope::lang

// The replaceable global allocation functions; the array, sized and nothrow forms
// of the standard library forward to these (plain and aligned).
void* operator new(std::size_t n) {
  if (void* p = loopscope::lang::counted_malloc(n)) return p;
  throw std::bad_alloc();
}
void* operator new(std::size_t n, const std::nothrow_t&) noexcept { return loopscope::lang::counted_malloc(n); }
void operator delete(void* p) noexcept { loopscope::lang::counted_free(p); }
void operator delete(void* p, std::size_t) noexcept { loopscope::lang::counted_free(p); }
void* operator new(std::size_t n, std::align_val_t align) {
  if (void* p = loopscope::lang::counted_aligned_alloc(n, static_cast<std::size_t>(align))) return p;
  throw std::bad_alloc();
}
void operator delete(void* p, std::align_val_t) noexcept { loopscope::lang::counted_free(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { loopscope::lang::counted_free(p); }
