// Bounds on C++ recursion. Python-level recursion is a counter (recursion_limit); the
// C++ stack is used up by nested interpreter loops (a __repr__ calling repr()) and by
// recursion into nested values (repr, ==, <, hash of containers). Both raise
// RecursionError past InterpState::native_depth_limit levels or, natively, when the
// thread's stack is nearly used up (frames are much larger under the sanitizers).
#pragma once

namespace loopscope::lang {

// True when less than a safe reserve of this thread's C++ stack is left (native builds;
// always false under Emscripten, where native_depth_limit is set for the browser).
bool native_stack_exhausted();

// One level of C++ recursion into a nested value.
class NativeRecursion {
 public:
  // Raises RecursionError("maximum recursion depth exceeded" + while_doing) past the limit.
  explicit NativeRecursion(const char* while_doing);
  ~NativeRecursion();
  NativeRecursion(const NativeRecursion&) = delete;
  NativeRecursion& operator=(const NativeRecursion&) = delete;
};

}  // namespace loopscope::lang
