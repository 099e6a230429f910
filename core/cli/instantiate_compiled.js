// A --pre-js of the node-run CLI only (core/cli/CMakeLists.txt): the glue instantiates
// the module whose compile the entry file started (node_entry.js) through emscripten's
// Module.instantiateWasm hook, instead of reading and compiling the .wasm itself.
Module["instantiateWasm"] = (imports, receiveInstance) => {
  globalThis.loopscopeCompiling
    .then((module) => WebAssembly.instantiate(module, imports).then((instance) => receiveInstance(instance, module)))
    .catch((reason) => {
      err("failed to prepare the wasm: " + reason);
      abort(reason);
    });
  return {};  // the exports arrive through receiveInstance
};
