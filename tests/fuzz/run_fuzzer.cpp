// libFuzzer target: arbitrary bytes run as a whole program, in deterministic mode under
// tight limits (fuzz_harness.h). Every input must end with an exit code: a crash, a
// sanitizer report or a hang past libFuzzer's -timeout is a finding.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_harness.h"
#include "lang/runtime_state.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  loopscope::fuzz::run_limited(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
