// order_functions.mjs WASM SYMBOLS WASM_DIS WASM_AS [FEATURE FLAGS...]: rewrites WASM
// with its functions in the order of their C++ names (SYMBOLS: emcc's --emit-symbol-map,
// "index:name" lines). The feature flags are the wasm's own (--mvp-features,
// --enable-exception-handling...): wasm-as writes only what they allow, and fails on
// anything else rather than changing the module.
//
// Why: emcc's last pass over the wasm (wasm-metadce) sorts the functions by how often
// they are called, which scatters the functions of one class or file across the code
// section, and gzip then finds fewer repeats: the Asyncify engine's wasm was 25 KB
// larger gzipped than in link order. Sorted by name, the functions of a namespace,
// class or template sit together again, a little better than link order.
// The wasm goes through binaryen's text form (wasm-dis, wasm-as), where calls, the
// table and the exports refer to functions by name, so moving a function's text is
// all it takes; nothing else in the module changes.
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [wasmPath, symbolsPath, wasmDis, wasmAs, ...features] = process.argv.slice(2);
const names = new Map();  // function index (imports first) -> name
for (const line of readFileSync(symbolsPath, 'utf8').split('\n')) {
  const colon = line.indexOf(':');
  if (colon > 0) names.set(Number(line.slice(0, colon)), line.slice(colon + 1));
}

const work = mkdtempSync(join(tmpdir(), 'order-functions-'));
try {
  const watPath = join(work, 'module.wat');
  execFileSync(wasmDis, ['--all-features', wasmPath, '-o', watPath]);
  const lines = readFileSync(watPath, 'utf8').split('\n');

  // The module's fields (and binaryen's comments on custom sections) are the lines
  // indented by one space; a function runs from its "(func" line to the next one.
  const isField = (line) => line.startsWith(' (') || line.startsWith(' ;;');
  const firstFunc = lines.findIndex((line) => line.startsWith(' (func '));
  const imports = lines.filter((line) => /^ \(import "[^"]*" "[^"]*" \(func /.test(line)).length;
  const functions = [];
  let end = firstFunc;
  while (end < lines.length && lines[end].startsWith(' (func ')) {
    let next = end + 1;
    while (next < lines.length && !isField(lines[next]) && lines[next] !== ')') next++;
    functions.push({ index: imports + functions.length, text: lines.slice(end, next) });
    end = next;
  }
  if (functions.length === 0 || names.size < imports + functions.length)
    throw new Error(`${symbolsPath} names ${names.size} functions, the wasm has ${imports + functions.length}`);

  const nameOf = (f) => names.get(f.index);
  functions.sort((a, b) => (nameOf(a) < nameOf(b) ? -1 : nameOf(a) > nameOf(b) ? 1 : a.index - b.index));
  const ordered = [...lines.slice(0, firstFunc), ...functions.flatMap((f) => f.text), ...lines.slice(end)];
  writeFileSync(watPath, ordered.join('\n'));
  execFileSync(wasmAs, [...features, watPath, '-o', wasmPath]);
} finally {
  rmSync(work, { recursive: true, force: true });
}
