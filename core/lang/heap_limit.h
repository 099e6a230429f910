// The memory cap of a run (Options::heap_limit). Every C++ allocation made by a
// thread is counted (global operator new/delete are replaced in heap_limit.cpp);
// past the thread's cap operator new throws std::bad_alloc, which the VM turns into
// a Python MemoryError (current_exception_as_python). After a refusal a small
// reserve above the cap stays open until usage is back under it, so that raising
// the MemoryError, unwinding and printing its traceback can still allocate.
#pragma once

#include <cstdint>

namespace loopscope::lang {

// Bytes the calling thread holds through operator new.
int64_t heap_in_use();
// Caps the calling thread at `bytes` more than it holds now (0: no cap) and returns
// the previous absolute cap (0: none), for restore_heap_cap.
int64_t cap_heap_growth(int64_t bytes);
void restore_heap_cap(int64_t absolute_cap);

}  // namespace loopscope::lang
