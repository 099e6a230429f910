// order_functions.mjs WASM SYMBOLS WASM_OPT [WASM_OPT ARGS...]: rewrites WASM with its
// functions in the order of their C++ names (SYMBOLS: emcc's --emit-symbol-map,
// "index:name" lines). The arguments are the wasm's own features (--mvp-features
// --enable-exception-handling...: wasm-opt writes only what they allow), and passes to
// run before the ordering, if any (-Oz).
//
// Why: emcc's last pass over the wasm (wasm-metadce) sorts the functions by how often
// they are called, which scatters the functions of one class or file across the code
// section, and gzip then finds fewer repeats: the Asyncify engine's wasm was 25 KB
// larger gzipped than in link order. Sorted by name, the functions of a namespace,
// class or template sit together again, a little better than link order.
// How: the symbol map becomes the wasm's name section (appended as a custom section),
// binaryen's --reorder-functions-by-name sorts by it and --strip-debug drops it again.
// (Through binaryen's text form, as before, no longer works: neither binaryen 108 nor
// 132 reads back its own text of WebAssembly exceptions, "unexpected delegate".)
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [wasmPath, symbolsPath, wasmOpt, ...wasmOptArgs] = process.argv.slice(2);
const names = [];  // [function index (imports first), name]
for (const line of readFileSync(symbolsPath, 'utf8').split('\n')) {
  const colon = line.indexOf(':');
  if (colon > 0) names.push([Number(line.slice(0, colon)), line.slice(colon + 1)]);
}
names.sort((a, b) => a[0] - b[0]);

const uleb = (n) => {
  const out = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return out;
};
const bytesOf = (text) => {
  const utf8 = Buffer.from(text, 'utf8');
  return [...uleb(utf8.length), ...utf8];
};
// The name section: its name, then subsection 1 (function names), a vector of
// (index, name) in increasing index order.
const functionNames = [...uleb(names.length), ...names.flatMap(([index, name]) => [...uleb(index), ...bytesOf(name)])];
const payload = [...bytesOf('name'), 1, ...uleb(functionNames.length), ...functionNames];
const section = Buffer.from([0, ...uleb(payload.length), ...payload]);

const work = mkdtempSync(join(tmpdir(), 'order-functions-'));
try {
  const named = join(work, 'named.wasm');
  writeFileSync(named, Buffer.concat([readFileSync(wasmPath), section]));
  execFileSync(wasmOpt, [...wasmOptArgs, named, '--reorder-functions-by-name', '--strip-debug', '-o', wasmPath]);
} finally {
  rmSync(work, { recursive: true, force: true });
}
