// One engine per widget, one download and compilation per page. The wasm is fetched
// and compiled into a WebAssembly.Module once (the first widget that starts asks for
// it); each widget then instantiates that module through emscripten's
// instantiateWasm hook, which costs a fresh memory and no network or compile time.
//
// Why an instance per widget rather than one shared instance: a run suspends (JSPI
// or Asyncify, engine_flavour.js) whenever it waits, and one instance has one stack
// in its memory for its one suspended run, so a shared instance could run one
// program at a time. The engine also keeps
// one timeline app per instance (wasm/app.cpp). Instances are lazily created (a
// widget starts when scrolled into view), so a page pays memory only for the widgets
// its reader reached.

import { chooseFlavour, compileEngine, instantiateEngine } from './engine_flavour.js';

let flavour = null;   // 'jspi' or 'asyncify' (engine_flavour.js), chosen once per page
let compiled = null;  // Promise<WebAssembly.Module>

export function compileOnce() {
  flavour ??= chooseFlavour();
  if (!compiled) {
    compiled = compileEngine(flavour);
    compiled.catch(() => { compiled = null; });  // a later widget may try again
  }
  return compiled;
}

let nextCanvasId = 1;

// Creates an engine drawing into `canvas` (given an id if it has none: emscripten's
// html5 API finds canvases by selector). `hooks`: output(stream, text, seconds),
// error(line, col, endCol, syntax), select(task, line).
export async function createEngine(canvas, hooks) {
  const wasmModule = await compileOnce();  // a failure (say, a CSP without 'wasm-unsafe-eval') rejects here
  const module = await instantiateEngine(flavour, wasmModule, {
    print: (line) => console.log(line),
    printErr: (line) => console.warn(line),
  });
  if (!canvas.id) canvas.id = `loopscope-canvas-${nextCanvasId++}`;
  module.loopscopeOutput = hooks.output;
  module.loopscopeError = hooks.error;
  module.loopscopeSelect = hooks.select;
  // input(prompt): the browser's dialog; Cancel is the end of the input (EOFError).
  module.loopscopeReadLine = (prompt) => window.prompt(prompt || 'input()', '');
  module.ccall('loopscope_create', 'number', ['string'], [`#${CSS.escape(canvas.id)}`]);
  return new Engine(module);
}

const outcomes = { 0: 'done', 1: 'error', 3: 'deadlock', 4: 'time limit', 130: 'stopped' };

export class Engine {
  constructor(module) {
    this.module = module;
    this.running = null;   // the promise of the current run
    this.visible = true;
    this.held = [];        // host turns held while out of view
    // A run out of view is held at its next host turn (deterministic runs) or has its
    // clock paused (real-time runs), and the timeline stops drawing.
    module.loopscopeHold = (wake) => { if (this.visible) wake(); else this.held.push(wake); };
  }

  static outcome(rc) { return outcomes[rc] ?? `exit code ${rc}`; }

  // Runs `code`; resolves to the exit code (see wasm/program_runner.cpp).
  run(code, { mode = 'deterministic', speed = 1 } = {}) {
    if (this.running) return this.running;
    const m = this.module;
    m.loopscopeSpeed = speed;
    m.loopscopePaused = !this.visible && mode === 'real';
    this.running = m.ccall('loopscope_run_program', 'number', ['string', 'number'],
      [code, mode === 'real' ? 0 : 1], { async: true })
      .finally(() => { this.running = null; });
    return this.running;
  }

  stop() {
    if (!this.running) return;
    this.module.loopscopeStopRequested = true;
    this.release();  // a held run must get its turn to see the request
  }

  setSpeed(speed) { this.module.loopscopeSpeed = speed; }

  setVisible(visible) {
    this.visible = visible;
    this.module.loopscopeHidden = !visible;
    this.module.loopscopePaused = !visible;
    if (visible) this.release();
  }

  release() {
    const held = this.held;
    this.held = [];
    for (const wake of held) wake();
  }

  setTheme(dark) {
    if (this.module._loopscope_set_theme) this.module.ccall('loopscope_set_theme', null, ['number'], [dark ? 1 : 0]);
  }

  // Lets the instance go: its animation loop ends at the next frame, its WebGL
  // context and message ports are released, and nothing refers to it any more.
  dispose(canvas) {
    const m = this.module;
    m.loopscopeDisposed = true;
    m.loopscopeOutput = m.loopscopeError = m.loopscopeSelect = m.loopscopeHold = m.loopscopeReadLine = null;
    m.loopscopeChannel?.port1.close();
    m.loopscopeChannel?.port2.close();
    canvas.getContext('webgl2')?.getExtension('WEBGL_lose_context')?.loseContext();
    this.module = null;
  }

  traceJson() {
    if (this.running) return null;
    return this.module.UTF8ToString(this.module.ccall('loopscope_trace_json', 'number', [], []));
  }
}
