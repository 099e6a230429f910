// Bounds on C++ recursion. Python-level recursion is a counter (recursion_limit); the
// C++ stack is used up by nested interpreter loops (a __repr__ calling repr()) and by
// recursion into nested values (repr, ==, <, hash of containers: NestingGuard). Both
// raise RecursionError past their limit (InterpState) or, natively, when the thread's
// stack is nearly used up (frames are much larger under the sanitizers).
#pragma once

namespace loopscope::lang {

// True when less than a safe reserve of this thread's C++ stack is left (native builds;
// always false under Emscripten, where native_depth_limit is set for the browser).
bool native_stack_exhausted();

}  // namespace loopscope::lang
