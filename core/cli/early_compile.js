// A --pre-js of the node-run CLI only (core/cli/CMakeLists.txt). Emscripten's glue
// reads and compiles the .wasm only after all of its own top-level code has run
// (the file system's set-up among it), in a promise callback. This starts V8's
// asynchronous compile of the module first thing, so that it overlaps the rest of
// the glue on the main thread; the glue then instantiates the compiled module
// through its Module.instantiateWasm hook.
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
function loopscopeSetV8Flags(flags) {
  var binding = null;
  if (typeof process.binding == "function") {
    var quiet = process.noDeprecation;
    process.noDeprecation = true;
    try {
      binding = process.binding("v8");
    } catch (e) {}
    process.nextTick(() => (process.noDeprecation = quiet));
  }
  (binding && binding.setFlagsFromString ? binding : require("v8")).setFlagsFromString(flags);
}
loopscopeSetV8Flags("--wasm-lazy-validation --experimental-wasm-compilation-hints --no-wasm-lazy-compilation");
var loopscopeCompiling = WebAssembly.compile(require("fs").readFileSync(__filename.replace(/\.js$/, ".wasm")));
Module["instantiateWasm"] = (imports, receiveInstance) => {
  loopscopeCompiling
    .then((module) => WebAssembly.instantiate(module, imports).then((instance) => receiveInstance(instance, module)))
    .catch((reason) => {
      err("failed to prepare the wasm: " + reason);
      abort(reason);
    });
  return {};  // the exports arrive through receiveInstance
};
