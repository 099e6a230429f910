// Recycled memory for frames: every Python call makes a Frame and its slots array
// and frees both on return, so a small per-thread cache of freed blocks (by size
// class) spares the allocator on the hot path. Blocks stay counted by the heap cap
// (lang/heap_limit.h) while cached; the cache is bounded. Off under AddressSanitizer,
// so that use-after-free of a frame is still caught.
#pragma once

#include <cstddef>

namespace loopscope::lang::frame_pool {

// Raw memory for a Frame object.
void* take_frame(std::size_t size);
void give_frame(void* p) noexcept;

// Raw memory for `n` slots of `slot_size` bytes; give it back with the same n.
void* take_slots(std::size_t n, std::size_t slot_size);
void give_slots(void* p, std::size_t n, std::size_t slot_size) noexcept;

}  // namespace loopscope::lang::frame_pool
