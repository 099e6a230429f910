// A --pre-js of the node-run CLI only (core/cli/CMakeLists.txt; the page never gets
// it): V8 settings the CLI chooses for its own process, applied before its wasm is
// compiled. Node 20 already compiles wasm lazily (a function at its first call) but
// validates every function of the module up front; --wasm-lazy-validation validates
// each one when it is compiled, so a run pays for the code it reaches only (print(1):
// instantiation went from about 30 to about 8 ms of CPU). The module is this build's
// own output, and an invalid function still fails, at its first call.
require("v8").setFlagsFromString("--wasm-lazy-validation");
