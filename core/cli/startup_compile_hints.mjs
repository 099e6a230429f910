// node startup_compile_hints.mjs path/to/loopscope.js (the entry file; its .wasm beside it)
// A post-link step of the node-run CLI (core/cli/CMakeLists.txt). V8 compiles a wasm
// function at its first call, on the main thread; print(1) calls about 470 functions
// (210 KB of code) and their compiles were most of the main thread's time to the first
// output. This step marks those functions for compilation ahead, in the background
// while the glue runs, in V8's compilation hints section (the "compilationHints"
// custom section, read with --experimental-wasm-compilation-hints and without
// --wasm-lazy-compilation; node_entry.js sets both): "eager" for the functions a
// run of print(1) compiles, "lazy" (compiled at first call, as before) for the rest.
//
// Which functions: a run of the CLI on startup_program.py (print(1)) with V8's
// compile trace, on the .wasm with every function hinted lazy (so the run compiles
// only what it calls). The function indices in the trace are the module's (imports
// counted), the hints' are the module's own functions'.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HINTS_SECTION = "compilationHints";
const LAZY = 1;  // strategy in the low two bits; tiers left to V8 (0)
const EAGER = 2;
const TRAINING_PROGRAM = path.join(path.dirname(fileURLToPath(import.meta.url)), "startup_program.py");
// Functions this big stay lazy: the only one is the interpreter's dispatch loop
// (execute() in core/lang/vm.cpp, 46 KB). Compiled ahead, its baseline code ran
// arith_loop (a module-level loop, which stays in that code) 6% slower (2.225 against
// 2.08-2.095 s median, 8 interleaved runs at load 1), for 1.8 ms of print(1)'s start-up.
const MAX_AHEAD_BODY_BYTES = 20000;

function readU32(bytes, at) {
  let value = 0, shift = 0, byte;
  do {
    byte = bytes[at.pos++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return value;
}

function encodeU32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
}

// The module's sections as {id, name (custom sections), start, end} (start: the id byte).
function sections(wasm) {
  const list = [];
  const at = { pos: 8 };
  while (at.pos < wasm.length) {
    const start = at.pos;
    const id = wasm[at.pos++];
    const size = readU32(wasm, at);
    const end = at.pos + size;
    let name = null;
    if (id === 0) {
      const length = readU32(wasm, at);
      name = wasm.subarray(at.pos, at.pos + length).toString();
    }
    list.push({ id, name, start, body: end - size, end });
    at.pos = end;
  }
  return list;
}

// The body sizes of the module's own functions, in order.
function bodySizes(wasm) {
  const code = sections(wasm).find((s) => s.id === 10);
  const at = { pos: code.body };
  const count = readU32(wasm, at);
  const sizes = [];
  for (let i = 0; i < count; i++) {
    const size = readU32(wasm, at);
    sizes.push(size);
    at.pos += size;
  }
  return sizes;
}

// The wasm without any hints section, and the count of its own functions.
function withoutHints(wasm) {
  const list = sections(wasm);
  const parts = [wasm.subarray(0, 8)];
  let functions = null;
  for (const s of list) {
    if (s.id === 3) functions = readU32(wasm, { pos: s.body });
    if (!(s.id === 0 && s.name === HINTS_SECTION)) parts.push(wasm.subarray(s.start, s.end));
  }
  if (functions === null) throw new Error("no function section");
  return { wasm: Buffer.concat(parts), functions };
}

// The wasm with a hints section (one byte per function) before its code section, where
// V8 reads it (after the function section, before the code).
function withHints(wasm, hints) {
  const code = sections(wasm).find((s) => s.id === 10);
  const name = Buffer.from(HINTS_SECTION);
  const payload = Buffer.from([...encodeU32(name.length), ...name, ...encodeU32(hints.length), ...hints]);
  const header = Buffer.from([0, ...encodeU32(payload.length)]);
  return Buffer.concat([wasm.subarray(0, code.start), header, payload, wasm.subarray(code.start)]);
}

// Indices (the module's own functions) of what a run of the training program compiles.
function compiledByTraining(entry, importedFunctions) {
  const trace = execFileSync(process.execPath,
    ["--no-experimental-fetch", "--trace-wasm-compilation-times", entry, "run", "--virtual-time", TRAINING_PROGRAM],
    { encoding: "utf8", maxBuffer: 64 << 20 });
  const compiled = new Set();
  for (const match of trace.matchAll(/#(\d+) using Liftoff/g)) compiled.add(Number(match[1]) - importedFunctions);
  return compiled;
}

function main() {
  const entry = path.resolve(process.argv[2]);
  const wasmPath = entry.replace(/\.js$/, ".wasm");
  const { wasm, functions } = withoutHints(fs.readFileSync(wasmPath));
  const imported = WebAssembly.Module.imports(new WebAssembly.Module(wasm)).filter((i) => i.kind === "function").length;

  fs.writeFileSync(wasmPath, withHints(wasm, new Array(functions).fill(LAZY)));
  const compiled = compiledByTraining(entry, imported);
  if (compiled.size === 0) {
    throw new Error("the training run's trace names no compiled function (V8's --trace-wasm-compilation-times format?)");
  }
  const sizes = bodySizes(wasm);
  const ahead = (i) => compiled.has(i) && sizes[i] <= MAX_AHEAD_BODY_BYTES;
  const hints = Array.from({ length: functions }, (_, i) => (ahead(i) ? EAGER : LAZY));
  fs.writeFileSync(wasmPath, withHints(wasm, hints));
  const count = hints.filter((h) => h === EAGER).length;
  console.log(`Compilation hints: ${count} of ${functions} functions compiled ahead (print(1)'s but ${compiled.size - count} over ${MAX_AHEAD_BODY_BYTES} bytes)`);
}

main();
