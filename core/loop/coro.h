// C++20 coroutine support, wherever the standard library keeps it: g++ 12 has
// <coroutine>; emscripten 3.1.6's libc++ has only <experimental/coroutine>.
#pragma once

#if __has_include(<coroutine>)
#include <coroutine>
namespace loopscope::coro {
using std::coroutine_handle;
using std::noop_coroutine;
using std::suspend_always;
using std::suspend_never;
}  // namespace loopscope::coro
#elif __has_include(<experimental/coroutine>)
#include <experimental/coroutine>
namespace loopscope::coro {
using std::experimental::coroutine_handle;
using std::experimental::noop_coroutine;
using std::experimental::suspend_always;
using std::experimental::suspend_never;
}  // namespace loopscope::coro
#else
#error "no coroutine support in this standard library"
#endif
