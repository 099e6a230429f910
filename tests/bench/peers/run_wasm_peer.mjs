// run_wasm_peer.mjs IMPL PROGRAM.py: runs a Python program under a WebAssembly peer
// of the lang benchmark (tests/bench/run_lang_bench.py) inside this node process.
//   IMPL: pyodide (CPython in WebAssembly) or micropython (MicroPython's wasm port)
// Run it as node --experimental-wasm-stack-switching: Pyodide needs JSPI for asyncio.run.
// The program's stdout goes to stdout byte for byte; an uncaught Python exception
// prints its last line to stderr and exits 1. On exit one line
//   TIMING {"load_ms": ..., "first_output_ms": ..., "run_ms": ...}
// goes to stderr: load_ms from the import of the peer to a ready interpreter,
// first_output_ms from the import to the program's first output (the in-process
// start-up), run_ms the program alone; all from performance.now() in this process.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const [impl, programPath] = process.argv.slice(2);
if (!impl || !programPath) {
  process.stderr.write("usage: node run_wasm_peer.mjs pyodide|micropython PROGRAM.py\n");
  process.exit(2);
}
const source = readFileSync(programPath, "utf8");

let firstOutput = null;
function writeOut(bytes) {
  if (firstOutput === null) firstOutput = performance.now();
  process.stdout.write(bytes);
}

// Each loader returns run(source), which throws on an uncaught Python exception.
async function loadPyodidePeer() {
  const { loadPyodide } = await import("pyodide");
  const pyodide = await loadPyodide();
  // Raw bytes, unbuffered: print(..., end="") must come out as CPython's.
  pyodide.setStdout({ write: (buf) => { writeOut(Buffer.from(buf)); return buf.length; } });
  // runPythonAsync: an entry point that may stack-switch (JSPI, node's
  // --experimental-wasm-stack-switching), which is what lets asyncio.run block on
  // Pyodide's event loop; with runPython it refuses.
  return async (code) => {
    try {
      await pyodide.runPythonAsync(code, { filename: programPath });
    } finally {
      pyodide.runPython("import sys; sys.stdout.flush()");  // what CPython does at exit
    }
  };
}

async function loadMicroPythonPeer() {
  const { loadMicroPython } = await import("@micropython/micropython-webassembly-pyscript");
  // The default 1 MiB heap cannot hold 100k tasks; 512 MiB is what the others may use.
  const mp = await loadMicroPython({
    heapsize: 512 * 1024 * 1024,
    linebuffer: false,
    stdout: (data) => writeOut(typeof data === "string" ? data : Buffer.from(data)),
    stderr: (data) => process.stderr.write(typeof data === "string" ? data : Buffer.from(data)),
  });
  return async (code) => mp.runPython(code);
}

const loaders = { pyodide: loadPyodidePeer, micropython: loadMicroPythonPeer };
if (!loaders[impl]) {
  process.stderr.write(`unknown peer ${impl}\n`);
  process.exit(2);
}

const t0 = performance.now();
let rc = 0;
let loaded = null;
let ran = null;
try {
  const run = await loaders[impl]();
  loaded = performance.now();
  await run(source);
  ran = performance.now();
} catch (e) {
  const lines = String(e && e.message ? e.message : e).trim().split("\n");
  process.stderr.write(lines[lines.length - 1] + "\n");
  rc = 1;
}
const timing = {
  load_ms: loaded === null ? null : loaded - t0,
  first_output_ms: firstOutput === null ? null : firstOutput - t0,
  run_ms: ran === null ? null : ran - loaded,
};
process.stderr.write(`TIMING ${JSON.stringify(timing)}\n`);
// Pyodide leaves its event loop's handles open after an error: exit explicitly
// (stdout to a pipe or file is synchronous on Linux, nothing is lost).
process.exit(rc);
