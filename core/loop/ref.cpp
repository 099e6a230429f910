// RefCounted::destroy: deletes with a bounded nesting depth (ref.h).
#include "loop/ref.h"

#include "loop/platform_sleep.h"

#include <cstdlib>
#include <new>
#include <vector>

namespace loopscope {
namespace {

// Nested deletes before deferring: a few hundred bytes of stack each (the browser's
// stack is about 1 MB and shared with the wasm frames above).
#ifdef __EMSCRIPTEN__
constexpr int kMaxNestedDeletes = 200;
#else
constexpr int kMaxNestedDeletes = 1000;
#endif

// The deferred list lives outside any heap cap (lang/heap_limit.h): freeing memory
// must never fail because a program used up its allocation budget.
template <class T>
struct UncountedAllocator {
  using value_type = T;
  UncountedAllocator() = default;
  template <class U>
  UncountedAllocator(const UncountedAllocator<U>&) {}
  T* allocate(size_t n) {
    if (void* p = std::malloc(n * sizeof(T))) return static_cast<T*>(p);
    throw std::bad_alloc();
  }
  void deallocate(T* p, size_t) { std::free(p); }
  bool operator==(const UncountedAllocator&) const { return true; }
};

thread_local int t_depth = 0;
// Whether t_deferred holds anything: a plain flag, so that the common delete does not
// touch the vector (a thread_local with a destructor is reached through a guard).
thread_local bool t_any_deferred = false;
thread_local std::vector<const RefCounted*, UncountedAllocator<const RefCounted*>> t_deferred;

}  // namespace

bool RefCounted::destroying() noexcept { return t_depth > 0; }

void RefCounted::destroy(const RefCounted* p) noexcept {
#ifdef LOOPSCOPE_ASYNCIFY_BARRIERS
  // The page's Asyncify engine never suspends while an object is destroyed (a
  // generator's finally block run by its destructor waits and computes without giving
  // the page a turn): this function is a barrier of the suspension analysis
  // (wasm/binaryen_for_emcc/suspend_analysis.mjs), so that the thousands of functions
  // that may free a value need no instrumentation. It must stay the first statement.
  NoSuspension no_suspension;
#endif
  if (t_depth >= kMaxNestedDeletes) {
    t_deferred.push_back(p);
    t_any_deferred = true;
    return;
  }
  ++t_depth;
  delete p;
  if (t_depth == 1 && t_any_deferred) {
    // The deletes deferred while nested too deep, done by the outermost destroy.
    while (!t_deferred.empty()) {
      const RefCounted* next = t_deferred.back();
      t_deferred.pop_back();
      delete next;
    }
    t_any_deferred = false;
  }
  --t_depth;
}

}  // namespace loopscope
