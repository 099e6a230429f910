// Running a Python program in the page: the language runtime on the browser's clock
// (or the virtual one), its trace drawn live by the timeline, its output handed to
// the page as text. JS calls loopscope_run_program with ccall(..., {async: true}):
// the run suspends (Asyncify) whenever it waits, and the VM yields to the page at
// least every 20 ms of computation, so the page keeps drawing and reacting.
//
// JS side (all optional): Module.loopscopeOutput(stream, text, seconds) receives
// output (stream 1 stdout, 2 stderr) stamped with the run's clock;
// Module.loopscopeStopRequested = true asks the run to stop (the run polls it: a
// suspended run cannot be called into).
#include <emscripten.h>

#include <string>
#include <string_view>

#include "lang/program.h"
#include "lang/runtime_state.h"
#include "wasm/app.h"

namespace {

EM_JS(void, js_output, (int stream, const char* text, int length, double seconds), {
  if (Module.loopscopeOutput) Module.loopscopeOutput(stream, UTF8ToString(text, length), seconds);
});

EM_JS(int, js_stop_requested, (), { return Module.loopscopeStopRequested ? 1 : 0; });

EM_JS(void, js_clear_stop_request, (), { Module.loopscopeStopRequested = false; });

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
  js_clear_stop_request();
  lang::Options options;
  options.virtual_time = virtual_time != 0;
  int rc;
  {
    lang::Runtime runtime(options);
    runtime.argv = {"main.py"};
    runtime.observer = &app->recorder();
    lang::ProgramClock& clock = *runtime.clock;
    clock.poll_host = [&runtime] {
      if (js_stop_requested()) runtime.stop_requested = true;
    };
    auto output = [&clock](int stream) {
      return [&clock, stream](std::string_view s) {
        js_output(stream, s.data(), static_cast<int>(s.size()), clock.now());
      };
    };
    runtime.write_stdout = output(1);
    runtime.write_stderr = output(2);
    app->set_live_clock(&clock);
    app->set_status(virtual_time ? "running (deterministic)" : "running (real time)");
    rc = lang::run_program(runtime, source, "main.py");
    app->set_live_clock(nullptr);
  }
  app->run_finished();
  app->set_status(rc == 0     ? "done"
                  : rc == 130 ? "stopped"
                  : rc == 3   ? "deadlock"
                              : "finished with exit code " + std::to_string(rc));
  return rc;
}

}  // extern "C"
