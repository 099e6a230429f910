// The playground page: pick or edit a program, run it deterministically or in real
// time (with speed, pause and step), watch its tasks on the timeline while the output
// arrives in the console; share it as a link; download the trace for Perfetto.
// Bundled by esbuild into the site as playground.js (wasm/CMakeLists.txt).
import { chooseFlavour, compileEngine, instantiateEngine } from './widget/engine_flavour.js';
import examples from './examples.js';
import { createLazyEditor } from './lazy_editor.js';
import { createConsole } from './console.js';
import { readFragment, shareUrl } from './share.js';
import { createEmbedDialog } from './embed_dialog.js';

// Start-up marks (performance.getEntriesByType('mark')): where navigation to ready goes.
performance.mark('playground:evaluated');  // this script parsed and evaluated (CodeMirror is editor.js)
const $ = (id) => document.getElementById(id);
const statusEl = $('status');
const controls = {
  run: $('run'), stop: $('stop'), pause: $('pause'), step: $('step'), speed: $('speed'), speedLabel: $('speed-label'),
  mode: $('mode'), examples: $('examples'), share: $('share'), trace: $('trace'),
};

function setStatus(text) { statusEl.textContent = text; }

const output = createConsole($('console'), { onLineClick: (line) => editor.highlight(line) });

// --- the engine: started first, so its instantiation overlaps the editor's set-up --
// index.html chose the engine's flavour and began compiling its wasm before this
// script arrived (window.loopscopeWasm); if that failed (say, a server that does not
// send application/wasm), compile it here.
const early = window.loopscopeWasm;
const flavour = early?.flavour ?? chooseFlavour();
async function startEngine() {
  const compiled = await (early?.compiled ?? Promise.reject(new Error('not started')))
    .catch(() => compileEngine(flavour));
  return instantiateEngine(flavour, compiled, { print: (line) => console.log(line), printErr: (line) => console.error(line) });
}
setStatus('loading the engine…');
const loadStart = performance.now();
const engine = startEngine();

// --- the program: from the link, else the first tutorial example -------------------
examples.forEach((ex, i) => controls.examples.add(new Option(ex.title, String(i))));
const fragment = await readFragment();
const start = Math.max(0, examples.findIndex((ex) => ex.title.startsWith('4.')));
// CodeMirror comes after ready (lazy_editor.js): until then the program is a textarea.
const editor = createLazyEditor($('editor'), {
  doc: fragment.code ?? examples[start].code,
  onRun: () => run(),
  load: () => import('./editor.js'),
});
performance.mark('playground:editor');  // the program shown (a textarea until CodeMirror)
if (fragment.code !== undefined) controls.examples.add(new Option('(from the link)', 'link'), 0);
controls.examples.value = fragment.code !== undefined ? 'link' : String(start);
if (fragment.mode === 'real' || fragment.mode === 'virtual') controls.mode.value = fragment.mode;
controls.examples.addEventListener('change', () => {
  if (controls.examples.value !== 'link') editor.code = examples[Number(controls.examples.value)].code;
});

const module = await engine;
performance.mark('playground:engine');  // instantiated, runtime set up
module.loopscopeOutput = (stream, text, seconds) => output.write(text, stream === 2 ? 'stderr' : 'stdout', seconds);
module.loopscopeError = (line, col, endCol, syntax) => {
  editor.markError(line, syntax ? col : 0, syntax ? endCol : 0);
};
module.loopscopeSelect = (task, line) => editor.highlight(line);
// input(prompt): the browser's dialog (synchronous: the program waits, as on a
// terminal); Cancel is the end of the input (EOFError).
module.loopscopeReadLine = (prompt) => window.prompt(prompt || 'input()', '');
const loadMs = Math.round(performance.now() - loadStart);
setStatus(fragment.error ?? `ready (engine loaded in ${loadMs} ms)`);
document.body.classList.remove('loading');
// asyncio's Python half is parsed once the page is idle between runs, not at a run's
// first import (one piece of 0.1 to 0.4 s without a frame); run() asks again after a
// run, and a run that imports asyncio first has parsed it itself (then this is a no-op).
let parsedAhead = false;
function parseAheadWhenIdle() {
  if (parsedAhead) return;
  requestIdleCallback(() => {
    if (running !== null || parsedAhead) return;
    parsedAhead = true;
    module.ccall('loopscope_parse_ahead', null, [], []);
  });
}
parseAheadWhenIdle();

// --- the timeline ----------------------------------------------------------------
// Made just after ready, not before: ImGui's context and the canvas's event handlers
// took 3 to 45 ms of the main thread on a busy machine, which neither showing the
// program nor starting a run needs. A run started before then makes it first. The
// WebGL2 context comes with the first frame drawn (timeline_app.cpp): made before
// ready, as it was, it held the main thread 15 to 90 ms (busy machine) that the wasm's
// streaming compile and instantiation also wait for.
let timelineMade = false;
function makeTimeline() {
  if (timelineMade) return;
  timelineMade = true;
  module.ccall('loopscope_create', 'number', ['string'], ['#timeline']);
  performance.mark('playground:timeline');  // ImGui's context, the canvas's handlers
}

// --- running -------------------------------------------------------------------------
let running = null;  // the promise of the current run

function updateButtons() {
  const busy = running !== null;
  const real = controls.mode.value === 'real';
  controls.run.disabled = busy;
  controls.stop.disabled = !busy;
  controls.pause.disabled = !busy || !real;
  controls.step.disabled = !busy || !real || !module.loopscopePaused;
  controls.mode.disabled = busy;
  controls.trace.disabled = busy;
  controls.pause.textContent = module.loopscopePaused ? 'Resume' : 'Pause';
}

async function run() {
  if (running) return running;
  makeTimeline();
  output.clear();
  editor.clearMarks();
  const virtual = controls.mode.value === 'virtual';
  module.loopscopePaused = false;
  setStatus(virtual ? 'running (deterministic)' : 'running (real time)');
  const t0 = performance.now();
  // A failure of the engine itself (not of the program: those are exit codes), such
  // as the browser's stack running out, ends the run with a message instead of
  // leaving the page waiting for it forever.
  running = Promise.resolve().then(() => module.ccall('loopscope_run_program', 'number', ['string', 'number'],
    [editor.code, virtual ? 1 : 0], { async: true }));
  updateButtons();
  let rc;
  try {
    rc = await running;
  } catch (err) {
    rc = -1;
    output.write(`loopscope: the engine failed (${err && err.message ? err.message : err}); reload the page if the next run misbehaves\n`, 'stderr');
  }
  const seconds = ((performance.now() - t0) / 1000).toFixed(2);
  const outcome = rc === 0 ? 'done' : rc === 130 ? 'stopped' : rc === 3 ? 'deadlock' : rc === -1 ? 'engine error' : `exit code ${rc}`;
  output.write(`[${outcome} in ${seconds} s]\n`, 'meta');  // drawn by the next frames
  setStatus(outcome);
  console.log(`loopscope: run finished rc=${rc}`);
  running = null;
  module.loopscopePaused = false;
  updateButtons();
  parseAheadWhenIdle();
  return rc;
}

function stop() { if (running) module.loopscopeStopRequested = true; }

function togglePause() {
  module.loopscopePaused = !module.loopscopePaused;
  setStatus(module.loopscopePaused ? 'paused' : 'running (real time)');
  updateButtons();
}

function step() { module.loopscopeSteps = (module.loopscopeSteps | 0) + 1; }

function setSpeed() {
  // The slider is logarithmic: -1 .. 1 maps to 0.1x .. 10x.
  const speed = 10 ** Number(controls.speed.value);
  module.loopscopeSpeed = speed;
  controls.speedLabel.textContent = `${speed < 1 ? speed.toFixed(2) : speed.toFixed(1)}x`;
}

async function share() {
  const url = await shareUrl(editor.code, controls.mode.value);
  history.replaceState(null, '', url);
  try {
    await navigator.clipboard.writeText(url);
    setStatus('link copied to the clipboard');
  } catch {
    setStatus('link in the address bar');
  }
}

function downloadTrace() {
  const ptr = module.ccall('loopscope_trace_json', 'number', [], []);
  const json = module.UTF8ToString(ptr);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  link.download = 'loopscope-trace.json';
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  return json;
}

controls.run.addEventListener('click', run);
controls.stop.addEventListener('click', stop);
controls.pause.addEventListener('click', togglePause);
controls.step.addEventListener('click', step);
controls.speed.addEventListener('input', setSpeed);
controls.mode.addEventListener('change', updateButtons);
controls.share.addEventListener('click', share);
controls.trace.addEventListener('click', downloadTrace);
const embedDialog = createEmbedDialog({ getCode: () => editor.code, getMode: () => controls.mode.value });
$('embed').addEventListener('click', () => embedDialog.open());
setSpeed();
updateButtons();

// For the tests and for curious readers.
// readyMs: milliseconds from navigation to a usable page (scripts/bench.sh, suite web).
// Ready: the program is shown and editable, and Run works; CodeMirror (highlighting,
// marks) loads next (editorReady; the mark playground:codemirror).
window.loopscope = { module, run, stop, step, togglePause, share, downloadTrace, editor, output, examples,
  readyMs: performance.now() };
setTimeout(makeTimeline);
window.loopscope.editorReady = editor.loadCodeMirror().then(() => { performance.mark('playground:codemirror'); },
  (err) => console.warn(`loopscope: the editor did not load (${err}); the plain one stays`));
