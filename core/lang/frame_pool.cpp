// frame_pool: per-thread free lists of frame-sized and slot-array blocks.
#include "lang/frame_pool.h"

#include <new>

namespace loopscope::lang::frame_pool {
namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kPooling = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kPooling = false;
#else
constexpr bool kPooling = true;
#endif
#else
constexpr bool kPooling = true;
#endif

constexpr std::size_t kMaxCached = 64;      // blocks kept per size class
constexpr std::size_t kSlotGranule = 8;     // slot arrays are pooled in multiples of 8
constexpr std::size_t kSlotClasses = 16;    // up to 128 slots; larger ones go to the heap

// A LIFO of freed blocks, linked through their first word.
struct FreeList {
  void* head = nullptr;
  std::size_t count = 0;
  void* pop() {
    void* p = head;
    if (p) {
      head = *static_cast<void**>(p);
      --count;
    }
    return p;
  }
  bool push(void* p) {
    if (count == kMaxCached) return false;
    *static_cast<void**>(p) = head;
    head = p;
    ++count;
    return true;
  }
};

struct Pools {
  FreeList frames;
  FreeList slots[kSlotClasses];
  ~Pools() {
    while (void* p = frames.pop()) ::operator delete(p);
    for (auto& list : slots)
      while (void* p = list.pop()) ::operator delete(p);
  }
};

thread_local Pools t_pools;

// The size class of an n-slot array (rounded up to kSlotGranule), or kSlotClasses.
std::size_t slot_class(std::size_t n) { return n == 0 ? 0 : (n - 1) / kSlotGranule; }

}  // namespace

void* take_frame(std::size_t size) {
  if (kPooling)
    if (void* p = t_pools.frames.pop()) return p;
  return ::operator new(size);
}

void give_frame(void* p) noexcept {
  if (!kPooling || !t_pools.frames.push(p)) ::operator delete(p);
}

void* take_slots(std::size_t n, std::size_t slot_size) {
  std::size_t c = slot_class(n);
  if (kPooling && c < kSlotClasses)
    if (void* p = t_pools.slots[c].pop()) return p;
  std::size_t rounded = c < kSlotClasses ? (c + 1) * kSlotGranule : n;
  return ::operator new(rounded * slot_size);
}

void give_slots(void* p, std::size_t n, std::size_t slot_size) noexcept {
  (void)slot_size;
  std::size_t c = slot_class(n);
  if (!kPooling || c >= kSlotClasses || !t_pools.slots[c].push(p)) ::operator delete(p);
}

}  // namespace loopscope::lang::frame_pool
