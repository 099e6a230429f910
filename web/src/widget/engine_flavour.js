// Which of the two engine builds a page loads, and how it is instantiated (the page's
// playground.js and the widget's engine.js both start engines through here).
//
// A run suspends its wasm stack wherever it waits (asyncio, time.sleep) or gives the
// page a turn (long computations), so the page keeps drawing. Two builds do that
// (wasm/CMakeLists.txt):
// - jspi: JavaScript Promise Integration. The two waiting imports (core/loop/
//   platform_sleep.cpp) are wrapped in WebAssembly.Suspending and return Promises;
//   every call that may suspend goes through WebAssembly.promising. No instrumented
//   code: the smaller and faster wasm, where the browser has JSPI.
// - asyncify: emscripten's Asyncify (instrumented code; WebAssembly's exceptions too),
//   for browsers without JSPI, or forced with ?engine=asyncify in the page's URL.
// Only the chosen build's files are fetched.

// index.html repeats this choice in a few lines of inline script, to start the wasm's
// download before this bundle arrives; keep the two in step.
export function jspiAvailable() {
  return typeof WebAssembly.Suspending === 'function' && typeof WebAssembly.promising === 'function';
}

export function chooseFlavour(search = globalThis.location?.search ?? '') {
  if (new URLSearchParams(search).get('engine') === 'asyncify') return 'asyncify';
  return jspiAvailable() ? 'jspi' : 'asyncify';
}

// The imports that may suspend a run (EM_JS functions, module "env").
const SUSPENDING_IMPORTS = ['loopscope_yield_to_host', 'loopscope_sleep_on_host'];

const ENGINES = {
  // The import() specifiers stay literal: the bundlers keep them as external files.
  jspi: { wasm: 'loopscope_web.wasm', glue: () => import('./loopscope_web.mjs') },
  asyncify: { wasm: 'loopscope_web_asyncify.wasm', glue: () => import('./loopscope_web_asyncify.mjs') },
};

export function wasmFile(flavour) {
  return ENGINES[flavour].wasm;
}

// Downloads and compiles the flavour's wasm into a WebAssembly.Module (and starts
// loading its JS glue meanwhile).
export async function compileEngine(flavour) {
  ENGINES[flavour].glue().catch(() => {});  // instantiateEngine reports a failure
  const url = new URL(ENGINES[flavour].wasm, import.meta.url);
  try {
    return await WebAssembly.compileStreaming(fetch(url, { credentials: 'same-origin' }));
  } catch {
    // A server that does not say application/wasm: compile from the bytes.
    return WebAssembly.compile(await (await fetch(url, { credentials: 'same-origin' })).arrayBuffer());
  }
}

// Emscripten's module (Module) for a compiled wasm, its runtime set up. `options` are
// emscripten's (print, printErr). The module's ccall(..., {async: true}) returns a
// Promise with either build.
export async function instantiateEngine(flavour, wasmModule, options = {}) {
  const { default: createLoopscope } = await ENGINES[flavour].glue();
  const jspi = flavour === 'jspi';
  let instantiationFailed;
  const failure = new Promise((_, reject) => { instantiationFailed = reject; });
  const module = await Promise.race([failure, createLoopscope({
    ...options,
    loopscopeSuspending: jspi,  // read by the waiting imports: return a Promise
    instantiateWasm(imports, receiveInstance) {
      if (jspi) {
        for (const name of SUSPENDING_IMPORTS) imports.env[name] = new WebAssembly.Suspending(imports.env[name]);
      }
      WebAssembly.instantiate(wasmModule, imports).then((instance) => receiveInstance(instance), instantiationFailed);
      return {};  // asynchronous: emscripten waits for receiveInstance
    },
  })]);
  if (jspi) callSuspendingThroughPromising(module);
  module.loopscopeFlavour = flavour;
  return module;
}

// JSPI: ccall(name, ..., {async: true}) calls the raw export wrapped by
// WebAssembly.promising, so that the whole stack from the export to the suspending
// import is wasm (JSPI refuses to suspend a JS frame, and emscripten's ccall
// wrapper is one). String arguments live in malloc'ed memory until the call settles:
// emscripten's ccall would put them on the stack and pop them when the call
// returns its Promise, while the suspended call still reads them.
function callSuspendingThroughPromising(module) {
  const plainCcall = module.ccall;
  const promisingExports = new Map();
  module.ccall = (name, returnType, argTypes, args, opts) => {
    if (!opts?.async) return plainCcall(name, returnType, argTypes, args, opts);
    let call = promisingExports.get(name);
    if (!call) {
      call = WebAssembly.promising(module.asm[name]);
      promisingExports.set(name, call);
    }
    return callWithStrings(module, call, returnType, argTypes ?? [], args ?? []);
  };
}

async function callWithStrings(module, call, returnType, argTypes, args) {
  const allocated = [];
  try {
    const cArgs = args.map((arg, i) => {
      if (argTypes[i] !== 'string') return arg;
      const size = module.lengthBytesUTF8(arg) + 1;
      const pointer = module._malloc(size);
      allocated.push(pointer);
      module.stringToUTF8(arg, pointer, size);
      return pointer;
    });
    const result = await call(...cArgs);
    if (returnType === 'string') return module.UTF8ToString(result);
    if (returnType === 'boolean') return Boolean(result);
    return result;
  } finally {
    for (const pointer of allocated) module._free(pointer);
  }
}
