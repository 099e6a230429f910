// SHA-512 (FIPS 180-4): random.seed(str or bytes) hashes its seed with it, as
// CPython's random.py does, so string seeds give CPython's sequences.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace loopscope::lang {

// The 64-byte digest of `data`.
std::array<uint8_t, 64> sha512(std::string_view data);

}  // namespace loopscope::lang
