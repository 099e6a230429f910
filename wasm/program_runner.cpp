// Running a Python program in the page: the language runtime on the browser's clock
// (or the virtual one), its trace drawn live by the timeline, its output handed to
// the page as text. JS calls loopscope_run_program with ccall(..., {async: true}):
// the run suspends (Asyncify) whenever it waits, and the VM yields to the page at
// least every 20 ms of computation, so the page keeps drawing and reacting.
//
// JS side (all optional): Module.loopscopeOutput(stream, text, seconds) receives
// output (stream 1 stdout, 2 stderr) stamped with the run's clock;
// Module.loopscopeError(line, col, endCol, isSyntax) where the program failed.
// The run polls its controls between waits and every slice of Python code (a
// suspended run cannot be called into): Module.loopscopeStopRequested = true stops
// it; in real time Module.loopscopeSpeed (0.1 .. 10), Module.loopscopePaused and
// Module.loopscopeSteps (a counter: one loop iteration per increment while paused).
#include <emscripten.h>

#include <string>
#include <string_view>

#include "lang/modules/module_util.h"
#include "lang/program.h"
#include "lang/runtime_state.h"
#include "trace/chrome_trace.h"
#include "wasm/app.h"

namespace {

EM_JS(void, js_output, (int stream, const char* text, int length, double seconds), {
  if (Module.loopscopeOutput) Module.loopscopeOutput(stream, UTF8ToString(text, length), seconds);
});

EM_JS(void, js_error, (int line, int col, int end_col, int syntax), {
  if (Module.loopscopeError) Module.loopscopeError(line, col, end_col, syntax != 0);
});

// input(): the page's answer to the prompt (a dialog), as a new UTF-8 string the
// caller frees, or null when the reader cancelled (EOF). Only when the page set
// Module.loopscopeReadLine (js_can_read_line).
EM_JS(char*, js_read_line, (const char* prompt), {
  var line = Module.loopscopeReadLine(UTF8ToString(prompt));
  if (line === null || line === undefined) return 0;
  var size = lengthBytesUTF8(line) + 1;
  var out = _malloc(size);
  stringToUTF8(line, out, size);
  return out;
});
EM_JS(int, js_can_read_line, (), { return Module.loopscopeReadLine ? 1 : 0; });

EM_JS(int, js_stop_requested, (), { return Module.loopscopeStopRequested ? 1 : 0; });
EM_JS(double, js_speed, (), { return Module.loopscopeSpeed || 1; });
EM_JS(int, js_paused, (), { return Module.loopscopePaused ? 1 : 0; });
// Steps asked for since the last call (the counter is consumed).
EM_JS(int, js_take_steps, (), {
  var n = Module.loopscopeSteps | 0;
  Module.loopscopeSteps = 0;
  return n;
});

EM_JS(void, js_reset_controls, (), {
  Module.loopscopeStopRequested = false;
  Module.loopscopeSteps = 0;
});

// Applies the page's speed, pause and step controls to a real-time run's clock.
void apply_controls(loopscope::ScaledClock& clock) {
  double speed = js_speed();
  if (speed != clock.scale()) clock.set_scale(speed);
  bool paused = js_paused() != 0;
  if (paused && !clock.paused()) clock.pause();
  if (!paused && clock.paused()) clock.resume();
  for (int n = js_take_steps(); n > 0; --n) clock.step();
}

std::string g_trace_json;  // the last export, alive until the next call

}  // namespace

extern "C" {

// Runs `source` as main.py: deterministic (virtual time) when virtual_time != 0,
// else on the browser's clock. Returns the exit code (0, 1 uncaught exception or
// syntax error, 3 deadlock, 4 time limit, 130 stopped); 2 before loopscope_create.
EMSCRIPTEN_KEEPALIVE int loopscope_run_program(const char* source, int virtual_time) {
  using namespace loopscope;
  web::TimelineApp* app = web::the_app();
  if (!app) return 2;
  app->reset();
  js_reset_controls();
  lang::Options options;
  options.virtual_time = virtual_time != 0;
  options.scaled_clock = !options.virtual_time;
  options.host_turns = true;  // the page keeps drawing during long computations
  // A memory bomb ends in MemoryError long before the tab's memory is exhausted
  // (wasm memory grows but never shrinks).
  options.heap_limit = int64_t{256} << 20;
  int rc;
  {
    lang::Runtime runtime(options);
    runtime.argv = {"main.py"};
    runtime.observer = &app->recorder();
    lang::ProgramClock& clock = *runtime.clock;
    auto* scaled = dynamic_cast<ScaledClock*>(&clock.base());
    if (scaled) apply_controls(*scaled);
    clock.poll_host = [&runtime, scaled] {
      if (js_stop_requested()) runtime.stop_requested = true;
      if (scaled) apply_controls(*scaled);
    };
    // A print flood gets its host turns from the output itself: a slice of Python
    // code (runtime.cpp's budget) can hold a thousand prints, each a JS call. Only
    // stdout (print, sys.stdout.write: Python calls): stderr is also written from
    // destructors (a coroutine never awaited), where the run cannot suspend.
    auto output = [&clock, &runtime](int stream) {
      return [&clock, &runtime, stream](std::string_view s) {
        js_output(stream, s.data(), static_cast<int>(s.size()), clock.now());
        if (stream == 1) runtime.give_host_turn_if_due();
      };
    };
    runtime.write_stdout = output(1);
    runtime.write_stderr = output(2);
    if (js_can_read_line()) {
      // The answer shows after the prompt in the console, as a terminal echoes it.
      runtime.read_line = [&clock](const std::string& prompt) -> std::optional<std::string> {
        char* answer = js_read_line(prompt.c_str());
        if (!answer) return std::nullopt;
        std::string line(answer);
        std::free(answer);
        std::string echo = line + "\n";
        js_output(1, echo.data(), static_cast<int>(echo.size()), clock.now());
        return line;
      };
    }
    app->set_live_clock(&clock);
    app->set_status(virtual_time ? "running (deterministic)" : "running (real time)");
    rc = lang::run_program(runtime, source, "main.py");
    app->set_live_clock(nullptr);
    const auto& where = runtime.error_location;
    if (rc != 0 && where.line > 0) js_error(where.line, where.col, where.end_col, where.syntax);
  }
  app->run_finished(rc == 3);
  app->set_status(rc == 0     ? "done"
                  : rc == 130 ? "stopped"
                  : rc == 3   ? "deadlock"
                              : "finished with exit code " + std::to_string(rc));
  return rc;
}

// Parses asyncio's Python half ahead of the first run that imports it (the page calls
// this once it is idle, between runs): that import then only compiles it.
EMSCRIPTEN_KEEPALIVE void loopscope_parse_ahead() { loopscope::lang::parse_pylib_ahead("asyncio"); }

// The last run's trace as Chrome Trace Event JSON (Perfetto opens it). The string
// stays valid until the next call. Call it only between runs.
EMSCRIPTEN_KEEPALIVE const char* loopscope_trace_json() {
  loopscope::web::TimelineApp* app = loopscope::web::the_app();
  g_trace_json = app ? loopscope::chrome_trace_json(app->recorder()) : std::string("{}");
  return g_trace_json.c_str();
}

}  // extern "C"
