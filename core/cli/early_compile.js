// A --pre-js of the node-run CLI only (core/cli/CMakeLists.txt). Emscripten's glue
// reads and compiles the .wasm only after all of its own top-level code has run
// (the file system's set-up among it), in a promise callback. This starts V8's
// asynchronous compile of the module first thing, so that its validation on node's
// worker threads overlaps the rest of the glue on the main thread; the glue then
// instantiates the compiled module through its Module.instantiateWasm hook.
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
