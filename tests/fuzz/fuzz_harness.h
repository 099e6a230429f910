// What the fuzz targets do with one input, shared with the test that replays
// tests/lang/fuzz_regressions/ (tests/lang/fuzz_regression_test.cpp), so that a
// crash found by fuzzing is replayed in every native build exactly as it was found.
//   compile_only: lexer, parser and compiler on arbitrary bytes; nothing runs.
//   run_limited:  the whole program runs in deterministic mode under tight limits.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

#include "lang/compiler.h"
#include "lang/parser.h"
#include "lang/program.h"

namespace loopscope::fuzz {

// The limits of a fuzzed run: small enough that libFuzzer gets many runs a second,
// large enough that the seed programs (tests/lang, the conformance set) run through.
inline lang::Options limited_options() {
  lang::Options o;
  o.virtual_time = true;  // deterministic: sleeps cost no real time
  o.time_limit = 30;      // virtual seconds, then exit 4
  o.seed = 1;
  o.recursion_limit = 200;
  o.heap_limit = int64_t{64} << 20;  // in force once the runtime enforces it; until then
                                      // scripts/fuzz.sh's -rss_limit_mb/-malloc_limit_mb bound it
  return o;
}
// Real time a run may take before it is stopped the way the playground's Stop does
// (a CPU-bound loop does not advance virtual time). Generous: sanitizers are slow.
inline constexpr std::chrono::milliseconds kWallLimit{2000};

// Raises `flag` once `limit` has passed, unless destroyed first. The wasm build has no
// threads: there it does nothing (the regression inputs end by themselves).
class Watchdog {
 public:
#ifdef __EMSCRIPTEN__
  Watchdog(std::atomic<bool>&, std::chrono::milliseconds) {}
#else
  Watchdog(std::atomic<bool>& flag, std::chrono::milliseconds limit)
      : thread_([this, &flag, limit] {
          std::unique_lock<std::mutex> lock(mutex_);
          if (!done_cv_.wait_for(lock, limit, [this] { return done_; })) flag = true;
        }) {}
  ~Watchdog() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      done_ = true;
    }
    done_cv_.notify_one();
    thread_.join();
  }

 private:
  std::mutex mutex_;
  std::condition_variable done_cv_;
  bool done_ = false;
  std::thread thread_;  // last: started once the members it uses exist
#endif
};

// Parses and compiles `source` in `runtime` (compiling makes code objects, which
// need one). True when it compiled.
inline bool compile_only(lang::Runtime& runtime, std::string_view source) {
  lang::ParseResult parsed = lang::parse(source);
  if (parsed.error) return false;
  lang::CompileError error;
  return !lang::compile_module(*parsed.module, "<fuzz>", &error).is_none();
}

// Runs `source` as a whole program under limited_options(); returns its exit code.
// Its output is dropped, or kept in *out / *err up to kMaxKept bytes each (the
// regression test compares it; a print flood must not fill the memory).
inline constexpr size_t kMaxKept = 1 << 20;
// `wall_limit`: the regression test gives more, so a loaded machine cannot change
// how a replayed input ends.
inline int run_limited(std::string_view source, std::string* out = nullptr, std::string* err = nullptr,
                       std::chrono::milliseconds wall_limit = kWallLimit) {
  auto keep = [](std::string* into) {
    return [into](std::string_view s) {
      if (into && into->size() < kMaxKept) into->append(s.substr(0, kMaxKept - into->size()));
    };
  };
  lang::Runtime runtime(limited_options());
  runtime.write_stdout = keep(out);
  runtime.write_stderr = keep(err);
  Watchdog watchdog(runtime.stop_requested, wall_limit);
  return lang::run_program(runtime, std::string(source), "<fuzz>");
}

}  // namespace loopscope::fuzz
