// Preloaded (node -r) by startup_compiled_ahead.mjs: writes a marker line to stdout
// when the glue instantiates the compiled module, between V8's compile trace of the
// functions compiled ahead and that of the ones compiled at their first call.
const fs = require("node:fs");
const instantiate = WebAssembly.instantiate;
WebAssembly.instantiate = function (...args) {
  fs.writeSync(1, "LOOPSCOPE-INSTANTIATE\n");
  return instantiate.apply(this, args);
};
