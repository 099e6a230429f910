// <loopscope-playground>: a live asyncio program in a page. The program comes from a
// <script type="text/python"> child (or a <pre> child, which also reads well before
// the script loads) or from src=. Attributes: autorun, height, speed, mode
// (deterministic | real), readonly, panes (editor timeline console), theme (light |
// dark). API: run(), stop(), code (get/set), output (the last run's stdout); events
// ready, output, done, error. See the embedding guide (web/embedding.html).
//
// The engine starts when the widget comes into view and is held (no drawing, the run
// paused) while it is out of view. Output is always text (the console's textContent).
import { createConsole } from '../console.js';
import { encodeProgram } from '../share.js';
import { compileOnce, createEngine, Engine } from './engine.js';
import { adoptStyles, editorSheet } from './styles.js';

const kPanes = ['editor', 'timeline', 'console'];

// Program text from markup: leading and trailing blank lines dropped and the
// common indentation removed (authors indent it with the surrounding HTML).
export function dedent(text) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && !lines[0].trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)[0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut).replace(/[ \t]+$/, '')).join('\n') + '\n';
}

// At most this many engines at once: starting another releases the engine of the
// widget longest out of view (idle ones only). Each engine costs its wasm memory and
// a WebGL context (browsers allow about 16 per page); a released widget keeps its
// output and gets a fresh engine when it comes back into view.
const kMaxEngines = 6;
const withEngines = new Set();  // widgets that have or are starting an engine

function makeRoomForAnEngine() {
  const idle = [...withEngines].filter((w) => w.engine && !w.visible && !w.engine.running);
  idle.sort((a, b) => a.lastSeen - b.lastSeen);
  while (withEngines.size >= kMaxEngines && idle.length) idle.shift().releaseEngine();
}

// One observer for every widget: starts engines as they come into view.
let observer = null;
function watch(widget) {
  if (!observer) {
    observer = new IntersectionObserver((entries) => {
      for (const e of entries) e.target.visibilityChanged(e.isIntersecting);
    }, { rootMargin: '100px 0px' });
  }
  observer.observe(widget);
}

export class LoopscopePlayground extends HTMLElement {
  static observedAttributes = ['theme', 'speed', 'mode', 'height'];

  constructor() {
    super();
    this.engine = null;
    this.engineStarting = null;
    this.visible = false;
    this.built = false;
    this.lastRc = null;
    this.lastSeen = 0;
  }

  connectedCallback() {
    // The engine compiles (off the main thread) while the page sets up, so the first
    // widget in view is ready soon; the compiled module serves every widget.
    compileOnce().catch(() => {});
    if (!this.built) this.build();
    watch(this);
  }

  disconnectedCallback() {
    observer?.unobserve(this);
    this.visibilityChanged(false);
    // A widget taken out of the page stops, and its engine goes once the run ends.
    if (this.engine) {
      this.stop();
      Promise.resolve(this.engine.running).then(() => {
        if (!this.isConnected && this.engine && !this.engine.running) this.releaseEngine();
      });
    }
  }

  attributeChangedCallback(name) {
    if (!this.built) return;
    if (name === 'theme') this.applyTheme();
    if (name === 'speed') this.engine?.setSpeed(this.speed);
    if (name === 'mode') this.ui.mode.value = this.mode;
    if (name === 'height') this.applyHeight();
  }

  // --- attributes -------------------------------------------------------------------
  get mode() { return this.getAttribute('mode') === 'real' ? 'real' : 'deterministic'; }
  get speed() {
    const s = Number(this.getAttribute('speed') ?? 1);
    return Number.isFinite(s) && s > 0 ? Math.min(10, Math.max(0.1, s)) : 1;
  }
  get panes() {
    const asked = (this.getAttribute('panes') ?? '').split(/[\s,]+/).filter((p) => kPanes.includes(p));
    return asked.length ? asked : kPanes;
  }

  // --- the program ----------------------------------------------------------------
  get code() { return this.editor ? this.editor.code : this.initialCode ?? ''; }
  set code(text) {
    this.initialCode = String(text);
    if (this.editor) this.editor.code = String(text);
    else if (this.ui) this.ui.placeholder.textContent = this.initialCode;
  }
  // The last run's standard output, as text.
  get output() { return this.console ? this.console.text('stdout') : ''; }

  readInlineProgram() {
    const script = this.querySelector(':scope > script[type="text/python"]');
    const pre = this.querySelector(':scope > pre');
    const source = script ?? pre;
    return source ? dedent(source.textContent) : '';
  }

  build() {
    this.built = true;
    adoptStyles();
    if (this.initialCode === undefined) this.initialCode = this.readInlineProgram();
    const panes = this.panes;
    const root = document.createElement('div');
    root.className = 'lsp-root';
    root.innerHTML = `
      <div class="lsp-bar">
        <button type="button" class="lsp-run" title="Run (Ctrl+Enter in the editor)">Run</button>
        <button type="button" class="lsp-stop" disabled>Stop</button>
        <select class="lsp-mode" aria-label="Mode">
          <option value="deterministic">Deterministic</option><option value="real">Real time</option>
        </select>
        <button type="button" class="lsp-open" title="Open this program in the full playground">Open ↗</button>
        <span class="lsp-status" role="status">not started</span>
      </div>
      <div class="lsp-editor" aria-label="Program"></div>
      <div class="lsp-out">
        <canvas class="lsp-timeline" tabindex="0" aria-label="Timeline of the run's tasks"></canvas>
        <div class="lsp-console" aria-live="polite" aria-label="Output"></div>
      </div>`;
    const $ = (sel) => root.querySelector(sel);
    this.ui = {
      run: $('.lsp-run'), stop: $('.lsp-stop'), mode: $('.lsp-mode'), open: $('.lsp-open'), status: $('.lsp-status'),
      editor: $('.lsp-editor'), out: $('.lsp-out'), canvas: $('.lsp-timeline'), console: $('.lsp-console'),
    };
    this.replaceChildren(root);
    this.ui.mode.value = this.mode;
    // The editor lives in a shadow root: there CodeMirror's styles are constructed
    // style sheets (on a document it would add <style> elements, which a strict CSP
    // blocks), and the host page's styles do not reach into it.
    const shadow = this.ui.editor.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [editorSheet()];
    this.ui.editorMount = document.createElement('div');
    this.ui.editorMount.className = 'mount';
    shadow.append(this.ui.editorMount);
    // Until the widget comes near the view, its program is plain text (making a dozen
    // editors at once would hold up the page).
    this.editor = null;
    this.ui.placeholder = document.createElement('pre');
    this.ui.placeholder.className = 'placeholder';
    this.ui.placeholder.textContent = this.initialCode;
    this.ui.editorMount.append(this.ui.placeholder);
    this.console = createConsole(this.ui.console, { onLineClick: (line) => this.withEditor((e) => e.highlight(line)) });
    if (!panes.includes('editor')) this.ui.editor.hidden = true;
    if (!panes.includes('timeline')) this.ui.canvas.hidden = true;
    if (!panes.includes('console')) this.ui.console.hidden = true;
    if (!panes.includes('timeline') || !panes.includes('console')) this.ui.out.classList.add('lsp-single');
    if (!panes.includes('timeline') && !panes.includes('console')) this.ui.out.hidden = true;
    this.ui.run.addEventListener('click', () => this.run());
    this.ui.stop.addEventListener('click', () => this.stop());
    this.ui.open.addEventListener('click', () => this.openInPlayground());
    this.applyTheme();
    this.applyHeight();
    if (this.hasAttribute('src')) this.loadSource(this.getAttribute('src'));
  }

  async loadSource(src) {
    this.setStatus('loading the program…');
    try {
      const response = await fetch(new URL(src, document.baseURI), { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.code = await response.text();
      this.setStatus(this.engine ? 'ready' : 'not started');
    } catch (err) {
      this.setStatus(`could not load ${src}: ${err.message}`);
    }
  }

  applyTheme() {
    const dark = this.getAttribute('theme') === 'dark';
    this.classList.toggle('lsp-dark', dark);
    this.engine?.setTheme(dark);
  }

  applyHeight() {
    const h = this.getAttribute('height');
    const css = h && /^\d+(\.\d+)?$/.test(h) ? `${h}px` : h;
    this.style.height = css ?? '';
    this.classList.toggle('lsp-sized', Boolean(css));
    this.ui.editorMount.classList.toggle('sized', Boolean(css));
  }

  setStatus(text) { this.ui.status.textContent = text; }

  // The editor (CodeMirror) is a chunk of its own, loaded when the first widget
  // needs one: the engine's compilation starts before it arrives.
  ensureEditor() {
    if (!this.editorLoading) {
      this.editorLoading = Promise.all([import('../editor.js'), import('./dark_theme.js')])
        .then(([{ createEditor }, { darkEditor }]) => {
          this.ui.placeholder.remove();
          this.editor = createEditor(this.ui.editorMount, {
            doc: this.initialCode,
            onRun: () => this.run(),
            readOnly: this.hasAttribute('readonly'),
            extensions: this.getAttribute('theme') === 'dark' ? darkEditor : [],
          });
          return this.editor;
        });
    }
    return this.editorLoading;
  }

  withEditor(action) { this.ensureEditor().then(action); }

  updateButtons() {
    const busy = Boolean(this.engine?.running);
    this.ui.run.disabled = busy;
    this.ui.stop.disabled = !busy;
    this.ui.mode.disabled = busy;
  }

  // --- the engine -----------------------------------------------------------------
  visibilityChanged(visible) {
    this.visible = visible;
    this.lastSeen = performance.now();
    if (visible) this.ensureEditor();
    if (visible && !this.engine) this.startEngine().catch(() => {});
    this.engine?.setVisible(visible);
    if (this.engine?.running) this.setStatus(visible ? 'running…' : 'paused (out of view)');
  }

  startEngine() {
    if (!this.engineStarting) {
      makeRoomForAnEngine();
      withEngines.add(this);
      this.setStatus('loading the engine…');
      this.engineStarting = createEngine(this.ui.canvas, {
        output: (stream, text, seconds) => {
          this.console.write(text, stream === 2 ? 'stderr' : 'stdout', seconds);
          this.dispatchEvent(new CustomEvent('output', { detail: { stream: stream === 2 ? 'stderr' : 'stdout', text, time: seconds } }));
        },
        error: (line, col, endCol, syntax) => {
          this.withEditor((e) => (syntax ? e.markError(line, col, endCol) : e.markError(line)));
          this.dispatchEvent(new CustomEvent('error', { detail: { line, col, endCol, syntax } }));
        },
        select: (task, line) => this.withEditor((e) => e.highlight(line)),
      }).then((engine) => {
        this.engine = engine;
        engine.setTheme(this.getAttribute('theme') === 'dark');
        engine.setVisible(this.visible);
        this.setStatus('ready');
        this.dispatchEvent(new CustomEvent('ready'));
        if (this.hasAttribute('autorun')) this.run();
        return engine;
      }, (err) => {
        this.setStatus(`the engine did not load: ${err.message ?? err}`);
        this.engineStarting = null;
        withEngines.delete(this);
        throw err;
      });
    }
    return this.engineStarting;
  }

  // Runs the program; resolves to the exit code (0 ok, 1 error, 3 deadlock, 130 stopped).
  async run() {
    const engine = this.engine ?? await this.startEngine();
    if (engine.running) return engine.running;
    this.console.clear();
    (await this.ensureEditor()).clearMarks();
    const mode = this.ui.mode.value;
    const t0 = performance.now();
    const running = engine.run(this.editor.code, { mode, speed: this.speed });
    this.setStatus(this.visible ? 'running…' : 'paused (out of view)');
    this.updateButtons();
    const rc = await running;
    const seconds = ((performance.now() - t0) / 1000).toFixed(2);
    const outcome = Engine.outcome(rc);
    this.console.write(`[${outcome} in ${seconds} s]\n`, 'meta');
    this.console.flush();
    this.setStatus(outcome);
    this.updateButtons();
    this.lastRc = rc;
    this.dispatchEvent(new CustomEvent('done', { detail: { exitCode: rc, outcome } }));
    return rc;
  }

  stop() { this.engine?.stop(); }

  // Gives the engine back (see kMaxEngines); the canvas is replaced by a fresh one.
  releaseEngine() {
    const old = this.ui.canvas;
    this.engine.dispose(old);
    this.engine = null;
    this.engineStarting = null;
    withEngines.delete(this);
    const canvas = old.cloneNode(false);
    canvas.removeAttribute('id');
    old.replaceWith(canvas);
    this.ui.canvas = canvas;
    this.setStatus('not started');
  }

  async openInPlayground() {
    const params = new URLSearchParams({ code: await encodeProgram(this.code), mode: this.ui.mode.value === 'real' ? 'real' : 'virtual' });
    window.open(new URL(`./index.html#${params}`, import.meta.url).href, '_blank', 'noopener');
  }
}
