// loopscope run [--virtual-time] [--seed N] [--trace out.json] [--timeline] [limits] PROGRAM.py
// Runs a program natively with output as CPython's. --virtual-time is the
// deterministic mode of ../shared/oracle/vtime.py; without it the program runs in
// real time. --trace writes the run as Chrome Trace Event JSON (Perfetto opens it);
// --timeline prints a text timeline after the run. The limits (--time-limit,
// --max-heap, --recursion-limit) bound what a hostile program can take; SIGTERM is
// a host's stop request (the run ends with "loopscope: stopped", exit 130).
#include <poll.h>
#include <signal.h>
#include <unistd.h>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif

#include <atomic>
#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "cli/text_timeline.h"
#include "lang/program.h"
#include "lang/program_clock.h"
#include "lang/runtime_state.h"
#include "trace/chrome_trace.h"
#include "trace/recorder.h"

namespace {

constexpr const char* kUsage =
    "usage: loopscope run [--virtual-time] [--seed N] [--trace OUT.json] [--timeline] PROGRAM.py [ARG ...]\n"
    "  --virtual-time   deterministic mode: virtual clock, random seeded (default seed 0)\n"
    "  --seed N         the seed of random in deterministic mode\n"
    "  --trace FILE     write the run's trace as Chrome Trace Event JSON (open it in Perfetto)\n"
    "  --timeline       print a text timeline of the tasks after the run\n"
    "  --time-limit S   stop the run after S seconds of real time (exit 4)\n"
    "  --max-heap MB    the run's memory cap: past it, MemoryError (default 1024; 0: none)\n"
    "  --recursion-limit N  the initial sys.getrecursionlimit() (default 1000)\n";

// SIGTERM asks the running program to stop, as the playground's Stop button does.
std::atomic<bool>* g_stop_request = nullptr;
extern "C" void request_stop(int) {
  if (g_stop_request) g_stop_request->store(true);
}

// Parses a non-negative number; false if `text` is not one.
bool parse_number(const char* text, double* out) {
  char* end = nullptr;
  *out = std::strtod(text, &end);
  return end && end != text && !*end && *out >= 0;
}

// Reads a whole file with C stdio rather than iostreams: under node the wasm CLI
// compiles each function at its first call, and the ifstream's stream and locale
// code was about a tenth of main's time in a profile of print(1).
bool read_file(const std::string& path, std::string* out) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return false;
  char buffer[16384];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) out->append(buffer, n);
  bool ok = !std::ferror(f);
  std::fclose(f);
  return ok;
}

int usage_error(const std::string& message) {
  std::fprintf(stderr, "loopscope: %s\n%s", message.c_str(), kUsage);
  return 2;
}

}  // namespace

// Colours only on a terminal, and never with NO_COLOR set (no-color.org). Under node,
// Emscripten's isatty says yes for every standard stream: node itself knows.
static bool stdout_is_terminal() {
  if (const char* no_colour = std::getenv("NO_COLOR"); no_colour && *no_colour) return false;
#ifdef __EMSCRIPTEN__
  return EM_ASM_INT({ return typeof process !== 'undefined' && process.stdout && process.stdout.isTTY ? 1 : 0; }) != 0;
#else
  return isatty(STDOUT_FILENO) != 0;
#endif
}

int main(int argc, char** argv) {
  loopscope::lang::Options options;
  options.virtual_time = false;
  std::string path, trace_path;
  bool timeline = false;
  std::vector<std::string> program_args;
  int i = 1;
  if (i < argc && std::string(argv[i]) == "run") ++i;
  for (; i < argc; ++i) {
    std::string a = argv[i];
    if (!path.empty()) {
      program_args.push_back(a);
    } else if (a == "--virtual-time") {
      options.virtual_time = true;
    } else if (a == "--seed") {
      if (++i >= argc) return usage_error("--seed needs a number");
      char* end = nullptr;
      options.seed = std::strtoull(argv[i], &end, 10);
      if (!end || *end) return usage_error(std::string("not a seed: ") + argv[i]);
    } else if (a == "--trace") {
      if (++i >= argc) return usage_error("--trace needs a file name");
      trace_path = argv[i];
    } else if (a == "--timeline") {
      timeline = true;
    } else if (a == "--time-limit" || a == "--max-heap" || a == "--recursion-limit") {
      double n = 0;
      if (++i >= argc || !parse_number(argv[i], &n)) return usage_error(a + " needs a non-negative number");
      if (a == "--time-limit") options.wall_time_limit = n;
      else if (a == "--max-heap") options.heap_limit = static_cast<int64_t>(n * 1024 * 1024);
      else options.recursion_limit = static_cast<int>(std::min(n, 1e9));
    } else if (a == "-h" || a == "--help") {
      std::fputs(kUsage, stdout);
      return 0;
    } else if (a.size() > 1 && a[0] == '-') {
      return usage_error("unknown option " + a);
    } else {
      path = a;
    }
  }
  if (path.empty()) return usage_error("no program given");
  std::string source;
  if (!read_file(path, &source)) {
    std::fprintf(stderr, "loopscope: can't open file '%s'\n", path.c_str());
    return 2;
  }

  loopscope::TraceRecorder recorder;
  int rc;
  {
    loopscope::lang::Runtime runtime(options);
    g_stop_request = &runtime.stop_requested;
    std::signal(SIGTERM, request_stop);
    runtime.argv.push_back(path);
    for (auto& a : program_args) runtime.argv.push_back(a);
    if (!trace_path.empty() || timeline) runtime.observer = &recorder;
    runtime.write_stdout = [](std::string_view s) { std::fwrite(s.data(), 1, s.size(), stdout); };
    runtime.write_stderr = [](std::string_view s) {
      std::fflush(stdout);
      std::fwrite(s.data(), 1, s.size(), stderr);
    };
    runtime.read_line = [&runtime](const std::string&) -> std::optional<std::string> {
      std::fflush(stdout);  // the prompt first
#ifndef __EMSCRIPTEN__
      // Waits in slices, so that SIGTERM and --time-limit stop a program in input().
      for (;;) {
        pollfd in{STDIN_FILENO, POLLIN, 0};
        if (poll(&in, 1, 50) != 0) break;
        runtime.clock->check_stop();
      }
#endif
      char* buf = nullptr;
      size_t cap = 0;
      ssize_t n = getline(&buf, &cap, stdin);
      std::optional<std::string> line;
      if (n >= 0) line.emplace(buf, n > 0 && buf[n - 1] == '\n' ? n - 1 : n);
      std::free(buf);
      return line;
    };
    rc = loopscope::lang::run_program(runtime, source, path);
    // Into a pipe stdout is fully buffered: the output goes out now, not after the
    // runtime's teardown below (freeing every object, and under node compiling the
    // destructors on their first call). Anything the teardown writes to stderr
    // flushes stdout first anyway, so the order of the two streams is unchanged.
    std::fflush(stdout);
    std::signal(SIGTERM, SIG_DFL);
    g_stop_request = nullptr;
  }
  std::fflush(stdout);
  if (!trace_path.empty() && !loopscope::write_chrome_trace_file(recorder, trace_path)) {
    std::fprintf(stderr, "loopscope: can't write the trace to '%s'\n", trace_path.c_str());
    if (rc == 0) rc = 2;
  }
  if (timeline) {
    loopscope::cli::TextTimelineOptions opts;
    opts.colour = stdout_is_terminal();
    std::fputs(loopscope::cli::text_timeline(recorder, opts).c_str(), stdout);
  }
  return rc;
}
