// Preloaded (node -r) into the wasm CLI by the lang benchmark: notes when the first
// byte reaches stdout (emscripten's NODERAWFS writes with fs.writeSync on fd 1) and,
// at exit, prints  TIMING {"first_output_ms": ...}  to stderr, counted from this
// preload, i.e. from just before node loads loopscope.js (run_wasm_peer.mjs reports
// the same figure for the peers, counted from their import).
const fs = require("node:fs");
const { performance } = require("node:perf_hooks");

const t0 = performance.now();
let first = null;
const writeSync = fs.writeSync;
fs.writeSync = function (fd, ...rest) {
  if (fd === 1 && first === null) first = performance.now();
  return writeSync.call(this, fd, ...rest);
};
// Emscripten's exit closes fds 0-2 (FS.quit); keep them for the line below (node
// closes them when the process ends anyway).
const closeSync = fs.closeSync;
fs.closeSync = function (fd) {
  if (fd > 2) return closeSync.call(this, fd);
};
process.on("exit", () => {
  const timing = { first_output_ms: first === null ? null : first - t0 };
  writeSync.call(fs, 2, `TIMING ${JSON.stringify(timing)}\n`);
});
