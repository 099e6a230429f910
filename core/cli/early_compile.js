// A --pre-js of the node-run CLI only (core/cli/CMakeLists.txt). Emscripten's glue
// reads and compiles the .wasm only after all of its own top-level code has run
// (the file system's set-up among it), in a promise callback. This starts V8's
// asynchronous compile of the module first thing, so that it overlaps the rest of
// the glue on the main thread; the glue then instantiates the compiled module
// through its Module.instantiateWasm hook.
//
// That compile is mostly validation: V8 compiles a function at its first call but
// checked all of the 1.5 MB first, 7-10 ms on node's worker threads, which the main
// thread waited for. With --wasm-lazy-validation a function is checked when it is
// compiled (print(1) compiles 208 KB of code). Node's v8 module, loaded for the
// flag, costs the main thread about 1.3 ms.
require("v8").setFlagsFromString("--wasm-lazy-validation");
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
