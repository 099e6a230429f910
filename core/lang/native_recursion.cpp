// Bounds on C++ recursion (native_recursion.h). The depth counter is InterpState's.
#include "lang/native_recursion.h"

#include <cstdint>
#include <string>

#ifndef __EMSCRIPTEN__
#include <pthread.h>
#endif

#include "lang/interp_state.h"

namespace loopscope::lang {

namespace {

#ifndef __EMSCRIPTEN__
// The lowest address this thread's stack may reach before we stop recursing: its
// end plus a reserve for raising the RecursionError and unwinding (the stack grows
// down on every platform we build for natively). 0 when it cannot be known.
uintptr_t stack_floor() {
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) != 0) return 0;
  void* low = nullptr;
  size_t size = 0;
  int rc = pthread_attr_getstack(&attr, &low, &size);
  pthread_attr_destroy(&attr);
  if (rc != 0 || size == 0) return 0;
  size_t reserve = size / 4 < (size_t{512} << 10) ? size / 4 : (size_t{512} << 10);
  return reinterpret_cast<uintptr_t>(low) + reserve;
}
#endif

}  // namespace

bool native_stack_exhausted() {
#ifdef __EMSCRIPTEN__
  return false;
#else
  static thread_local const uintptr_t floor = stack_floor();
  // The frame address, not a local's: ASan may keep locals on a heap "fake stack".
  return reinterpret_cast<uintptr_t>(__builtin_frame_address(0)) < floor;
#endif
}

}  // namespace loopscope::lang
