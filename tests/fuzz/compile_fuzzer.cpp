// libFuzzer target: arbitrary bytes through the lexer, the parser and the compiler,
// without running anything. Every input must end in a module or a SyntaxError.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_harness.h"
#include "lang/runtime_state.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // One runtime for every input: compiling only makes code objects, and building
  // the builtins anew each time would cost more than most inputs do.
  static loopscope::lang::Runtime runtime(loopscope::fuzz::limited_options());
  loopscope::fuzz::compile_only(runtime, std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
