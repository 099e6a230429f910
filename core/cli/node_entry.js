// The node-run CLI's entry file: build/wasm/core/cli/loopscope.js. Emscripten's glue
// sits beside it as loopscope_glue.js (core/cli/CMakeLists.txt renames it), and would
// read and compile the .wasm only after all of its own top-level code has run (the
// file system's set-up among it), in a promise callback. This file starts V8's
// asynchronous compile of the module first, before node even compiles the glue's
// 68 KB; the glue then instantiates the compiled module (instantiate_compiled.js, its
// pre-js). V8 decodes the module on a worker thread meanwhile, but starts compiling
// its functions only in a task on the main thread, when that returns to node's event
// loop (a main thread asleep for 20 ms after the compile call delayed the compile's
// end by 18-24 ms): the glue's top-level code is on that path, hence its code cache.
//
// The glue is compiled with V8's code cache when loopscope_glue.cache is there (the
// build writes it: a run of startup_program.py with LOOPSCOPE_WRITE_GLUE_CACHE set, so
// it also holds the functions the glue compiles at their first call on the way to the
// first output). Without the cache, or when V8 rejects it (another node, changed
// flags), the glue is compiled from its source as before.
//
// V8's flags for that compile:
// --wasm-lazy-validation: a function is checked when it is compiled, not all of the
//   1.5 MB before the compile resolves (7-10 ms on node's worker threads, which the
//   main thread waited for).
// --experimental-wasm-compilation-hints, --no-wasm-lazy-compilation: the module's
//   compilation hints (startup_compile_hints.mjs) choose per function. The functions
//   a run of print(1) calls (but the dispatch loop) are compiled ahead, on node's
//   worker threads while the glue runs; the others at their first call, as V8 does by
//   default. Before, those ~470 compiles (210 KB of code) took most of the main
//   thread's time to print(1)'s output.
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
const fs = require("fs");
globalThis.loopscopeCompiling = WebAssembly.compile(fs.readFileSync(__dirname + "/loopscope.wasm"));

const gluePath = __dirname + "/loopscope_glue.js";
const cachePath = __dirname + "/loopscope_glue.cache";
let cachedData;
try {
  cachedData = fs.readFileSync(cachePath);
} catch (e) {}
// The glue as a CommonJS module, as node's require would wrap it.
const glue = new (require("vm").Script)(
  "(function (exports, require, module, __filename, __dirname) {" + fs.readFileSync(gluePath, "utf8") + "\n})",
  { filename: gluePath, cachedData });
if (process.env.LOOPSCOPE_WRITE_GLUE_CACHE) process.on("exit", () => fs.writeFileSync(cachePath, glue.createCachedData()));
glue.runInThisContext()(exports, require, module, gluePath, __dirname);
