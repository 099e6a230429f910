// The node-run CLI's entry file: build/wasm/core/cli/loopscope.js. Emscripten's glue
// sits beside it as loopscope_glue.js (core/cli/CMakeLists.txt renames it), and would
// read and compile the .wasm only after all of its own top-level code has run (the
// file system's set-up among it), in a promise callback. This file starts V8's
// asynchronous compile of the module first, before node even compiles the glue's
// 68 KB, so that the compile overlaps all of the glue's work on the main thread; the
// glue then instantiates the compiled module (instantiate_compiled.js, its pre-js).
//
// V8's flags for that compile:
// --wasm-lazy-validation: a function is checked when it is compiled, not all of the
//   1.5 MB before the compile resolves (7-10 ms on node's worker threads, which the
//   main thread waited for).
// --experimental-wasm-compilation-hints, --no-wasm-lazy-compilation: the module's
//   compilation hints (startup_compile_hints.mjs) choose per function. The functions
//   a run of print(1) calls are compiled ahead, on node's worker threads while the
//   glue runs; the others at their first call, as V8 does by default. Before, those
//   ~470 compiles (210 KB of code) took most of the main thread's time to print(1)'s
//   output.
// The flags are set through node's internal v8 binding when it is there: the public
// v8 module loads node's streams with it, 1.3-1.5 ms of the main thread against
// 0.15. Its one-time deprecation warning (DEP0111, emitted on the next tick) is
// silenced for this access only.
"use strict";
function setV8Flags(flags) {
  let binding = null;
  if (typeof process.binding == "function") {
    const quiet = process.noDeprecation;
    process.noDeprecation = true;
    try {
      binding = process.binding("v8");
    } catch (e) {}
    process.nextTick(() => (process.noDeprecation = quiet));
  }
  (binding && binding.setFlagsFromString ? binding : require("v8")).setFlagsFromString(flags);
}
setV8Flags("--wasm-lazy-validation --experimental-wasm-compilation-hints --no-wasm-lazy-compilation");
globalThis.loopscopeCompiling = WebAssembly.compile(require("fs").readFileSync(__dirname + "/loopscope.wasm"));
require("./loopscope_glue.js");
