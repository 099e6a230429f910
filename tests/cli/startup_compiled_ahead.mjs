// node startup_compiled_ahead.mjs path/to/loopscope.js
// The wasm CLI's start-up (core/cli/startup_compile_hints.mjs): every function a run
// of print(1) calls up to its output is compiled ahead, before the module is
// instantiated, and none at its first call on the main thread but the one the hints
// leave lazy on purpose (over MAX_AHEAD_BODY_BYTES, the dispatch loop); and not the whole
// module ahead (what --no-wasm-lazy-compilation does when V8 ignores the hints). Reads
// V8's compile trace (--trace-wasm-compilation-times, one line per compiled function,
// on stdout with the program's output) around a marker written at instantiation.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const cli = process.argv[2];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "loopscope-startup-"));
const program = path.join(dir, "print1.py");
fs.writeFileSync(program, "print(1)\n");
let out;
try {
  out = execFileSync(process.execPath,
    ["--no-experimental-fetch", "--trace-wasm-compilation-times", "-r", path.join(here, "instantiate_marker.cjs"),
      cli, "run", "--virtual-time", program], { encoding: "utf8", maxBuffer: 64 << 20 });
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
const lines = out.split("\n");
const marker = lines.indexOf("LOOPSCOPE-INSTANTIATE");
const output = lines.indexOf("1");
const MAX_AHEAD_BODY_BYTES = 20000;  // as in startup_compile_hints.mjs
const baseline = (from, to, small = false) => lines.slice(from, to).filter((l) => / using Liftoff/.test(l) &&
  (!small || Number(/bodysize (\d+)/.exec(l)[1]) <= MAX_AHEAD_BODY_BYTES)).length;
const ahead = baseline(0, marker);
const wasm = fs.readFileSync(cli.replace(/\.js$/, ".wasm"));
const functions = functionCount(wasm);
const atFirstCall = baseline(marker, output, true);
console.log(`compiled ahead: ${ahead} of ${functions}, compiled at first call before the output: ${atFirstCall} (${MAX_AHEAD_BODY_BYTES} bytes or less)`);
if (marker < 0 || output < marker) {
  console.log("FAIL: no instantiation marker before the program's output");
  process.exit(1);
}
if (ahead === 0 || ahead > functions / 2 || atFirstCall > 0) {
  console.log("FAIL: not print(1)'s functions alone compiled ahead (compilation hints missing, stale or ignored by V8)");
  process.exit(1);
}
console.log("1 passed, 0 failed");

// The module's own function count (its function section's).
function functionCount(bytes) {
  let pos = 8;
  const u32 = () => {
    let value = 0, shift = 0, byte;
    do {
      byte = bytes[pos++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  while (pos < bytes.length) {
    const id = bytes[pos++];
    const size = u32();
    if (id === 3) return u32();
    pos += size;
  }
  throw new Error("no function section");
}
