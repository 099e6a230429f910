// The iframe form: embed.html#code=<compressed program>&mode=real&panes=...&theme=dark
// &autorun=1&readonly=1&speed=2&height=...&origin=https://your.site hosts one widget
// filling the frame. The parent page may talk to it with postMessage, but only from
// the origin named by `origin=` (default: the embed page's own origin), and only as
// the frame's own parent: {loopscope: 'run' | 'stop'} and {loopscope: 'code', code}.
// The frame answers to that origin only (never '*'): {loopscope: 'ready' | 'output' |
// 'done' | 'error', ...}.
import { decodeProgram } from './loopscope.js';

const params = new URLSearchParams(location.hash.replace(/^#/, ''));
const widget = document.createElement('loopscope-playground');
for (const name of ['mode', 'panes', 'theme', 'speed']) {
  if (params.has(name)) widget.setAttribute(name, params.get(name));
}
for (const name of ['autorun', 'readonly']) {
  if (params.has(name) && params.get(name) !== '0') widget.setAttribute(name, '');
}
widget.setAttribute('height', '100%');

let parentOrigin = location.origin;
if (params.has('origin')) {
  try {
    parentOrigin = new URL(params.get('origin')).origin;
  } catch {
    parentOrigin = null;  // a malformed origin: no messages either way
  }
}
const framed = window.parent !== window;

function tell(message) {
  if (framed && parentOrigin && parentOrigin !== 'null') window.parent.postMessage({ loopscope: message.type, ...message }, parentOrigin);
}

window.addEventListener('message', (event) => {
  if (!framed || event.source !== window.parent || event.origin !== parentOrigin) return;
  const data = event.data;
  if (!data || typeof data !== 'object') return;
  if (data.loopscope === 'run') widget.run();
  else if (data.loopscope === 'stop') widget.stop();
  else if (data.loopscope === 'code' && typeof data.code === 'string') widget.code = data.code;
});

widget.addEventListener('ready', () => tell({ type: 'ready' }));
widget.addEventListener('output', (e) => tell({ type: 'output', stream: e.detail.stream, text: e.detail.text }));
widget.addEventListener('done', (e) => tell({ type: 'done', exitCode: e.detail.exitCode, outcome: e.detail.outcome, stdout: widget.output }));
widget.addEventListener('error', (e) => tell({ type: 'error', line: e.detail.line, col: e.detail.col, syntax: e.detail.syntax }));

let code = '';
if (params.get('code')) {
  try {
    code = await decodeProgram(params.get('code'));
  } catch {
    code = '# This embed link is damaged: its program could not be decoded.\n';
  }
}
widget.code = code;
document.body.append(widget);
