// The playground in a real browser: the page loads without console errors; every
// example runs in deterministic mode with the console text equal to the oracle's
// golden output; a real-time run waits on the browser's clock while the page keeps
// drawing, and pause, step and speed act on it; Stop ends an infinite loop quickly;
// program output is text, never HTML; errors are marked in the editor; the share
// link round-trips; the trace download parses; the timeline canvas shows lanes;
// host turns are not clamped like setTimeout(0); a deadlock is reported per task and
// the task table's rows select their task; before CodeMirror loads, a plain editor
// shows the program and runs it. Screenshots go to
// build/web-screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, serve, launch, screenshot, openPlayground, stopInfiniteLoopMs, runProgram } from './browser.mjs';

let server, browser, page;
const errors = [];

before(async () => {
  server = await serve();
  browser = await launch();
  page = await openPlayground(browser, server.url, errors);
});

async function openFresh(url) {
  await page.goto(url);
  await page.waitForFunction(() => window.loopscope !== undefined, null, { timeout: 20000 });
}

after(async () => {
  await browser?.close();
  await server?.close();
});

// Runs `code` in `mode` through the page's own controls (browser.mjs runProgram).
const runInPage = (code, mode) => runProgram(page, code, mode);

// Picks example i in the examples menu, as a user does, and runs it in `mode`; the
// editor must then hold that example's program.
async function runExample(i, mode) {
  return page.evaluate(async ([index, m]) => {
    const { editor, output, run, examples } = window.loopscope;
    const menu = document.getElementById('examples');
    menu.value = String(index);
    menu.dispatchEvent(new Event('change'));
    if (editor.code !== examples[index].code) throw new Error(`the menu did not load example ${index}`);
    document.getElementById('mode').value = m;
    await run();
    return { stdout: output.text('stdout'), stderr: output.text('stderr'), meta: output.text('meta') };
  }, [i, mode]);
}

async function knownFailures() {
  const text = await readFile(join(ROOT, 'tests/lang/golden/KNOWN_FAILURES'), 'utf8');
  return new Set(text.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split(':')[0]));
}

test('every example runs deterministically with the golden output', async () => {
  const manifest = (await readFile(join(ROOT, 'web/examples.txt'), 'utf8')).split('\n')
    .filter((l) => l.includes('|') && !l.startsWith('#')).map((l) => l.split('|')[1].trim());
  const known = await knownFailures();
  const examples = await page.evaluate(() => window.loopscope.examples);
  assert.equal(examples.length, manifest.length);
  let compared = 0;
  for (const [i, path] of manifest.entries()) {
    const name = path.split('/').pop().replace(/\.py$/, '');
    const golden = (await readFile(join(ROOT, path.replace(/\.py$/, '.stdout')), 'utf8'));
    const { stdout } = await runExample(i, 'virtual');
    if (known.has(name)) continue;  // tests/lang reports these with the reason
    assert.equal(stdout.replace(/0x[0-9a-fA-F]+/g, '0x?'), golden, `example ${name}`);
    await screenshot(page, `example-${name}`);
    compared++;
  }
  assert.ok(compared >= 10, `only ${compared} examples compared`);
  assert.deepEqual(errors, []);
});

test('a real-time run waits on the browser clock while the page draws', async () => {
  const code = [
    'import asyncio, time',
    'async def worker(name, delay):',
    '    await asyncio.sleep(delay)',
    '    print(name, round(time.monotonic() - start, 1))',
    'async def main():',
    '    await asyncio.gather(worker("slow", 1.0), worker("fast", 0.5))',
    'start = time.monotonic()',
    'asyncio.run(main())',
    'print("total", round(time.monotonic() - start, 1))',
  ].join('\n');
  const framesBefore = await page.evaluate(() => window.loopscope.module.loopscopeFrames ?? 0);
  const t0 = Date.now();
  const { stdout } = await runInPage(code, 'real');
  const elapsed = (Date.now() - t0) / 1000;
  const framesAfter = await page.evaluate(() => window.loopscope.module.loopscopeFrames ?? 0);
  const lines = stdout.trim().split('\n');
  assert.deepEqual(lines.map((l) => l.split(' ')[0]), ['fast', 'slow', 'total']);
  // Browser timers are never early and can be late by a long frame (software GL).
  const stamp = (name) => Number(lines.find((l) => l.startsWith(name)).split(' ')[1]);
  assert.ok(stamp('fast') >= 0.5 && stamp('fast') <= 0.9, stdout);
  assert.ok(stamp('slow') >= 1.0 && stamp('slow') <= 1.4, stdout);
  assert.ok(elapsed >= 1.0, `the run took ${elapsed} s`);
  assert.ok(framesAfter - framesBefore > 10, `only ${framesAfter - framesBefore} frames during the run`);
});

test('a still timeline is not drawn again, and a change (hover, a run) draws it', async () => {
  await runInPage('import asyncio\nasyncio.run(asyncio.sleep(0.01))\n', 'virtual');
  await page.mouse.move(2, 2);  // away from the canvas: nothing in it changes
  // Frames counted over about 20 animation frames: [all frames, frames submitted to GL].
  const count = () => page.evaluate(() => new Promise((done) => {
    const m = window.loopscope.module;
    const before = [m.loopscopeFrames, m.loopscopeFramesDrawn];
    let n = 0;
    const tick = () => (++n < 20 ? requestAnimationFrame(tick)
      : done([m.loopscopeFrames - before[0], m.loopscopeFramesDrawn - before[1]]));
    requestAnimationFrame(tick);
  }));
  await count();  // the fit after the run settles
  const [frames, drawn] = await count();
  assert.ok(frames >= 15, `only ${frames} frames`);
  assert.ok(drawn <= 1, `${drawn} of ${frames} frames of a still timeline were drawn`);
  // Moving the mouse onto the task table's first row (Task-1) highlights it: drawn again.
  const box = await page.locator('#timeline').boundingBox();
  const rows = await page.evaluate(() => ({
    top: window.loopscope.module.loopscopeTableTop, height: window.loopscope.module.loopscopeTableRowHeight }));
  const drawnBefore = await page.evaluate(() => window.loopscope.module.loopscopeFramesDrawn);
  await page.mouse.move(box.x + 60, box.y + rows.top + rows.height * 0.5);
  await page.waitForFunction((d) => window.loopscope.module.loopscopeFramesDrawn > d, drawnBefore, { timeout: 3000 });
  // A run draws while it goes on: real time, so the live edge moves every frame.
  const runDrawn = await page.evaluate(async () => {
    const m = window.loopscope.module;
    const { editor, run } = window.loopscope;
    const before = m.loopscopeFramesDrawn;
    editor.code = 'import asyncio\nasyncio.run(asyncio.sleep(0.5))\n';
    document.getElementById('mode').value = 'real';
    await run();
    return m.loopscopeFramesDrawn - before;
  });
  assert.ok(runDrawn > 10, `only ${runDrawn} frames drawn during a 0.5 s real-time run`);
});

test('a flood of output scrolls in the console: the page and the canvas keep their size', async () => {
  const size = () => page.evaluate(() => {
    const c = document.getElementById('timeline').getBoundingClientRect();
    return { canvas: [Math.round(c.width), Math.round(c.height)],
      page: document.scrollingElement.scrollHeight, window: window.innerHeight };
  });
  const before = await size();
  await runInPage('for i in range(5000):\n    print("line", i)\n', 'virtual');
  await page.evaluate(() => window.loopscope.output.flush());
  const after = await size();
  assert.deepEqual(after.canvas, before.canvas);
  assert.ok(after.page <= after.window, `the page grew to ${after.page} px in a ${after.window} px window`);
  // The console keeps the last lines, in order, and says how many it dropped.
  const kept = await page.evaluate(() => ({
    all: document.querySelectorAll('#console .line').length,
    lines: [...document.querySelectorAll('#console .line.stdout .text')].map((t) => t.textContent),
    note: document.querySelector('#console .dropped')?.textContent ?? '' }));
  const dropped = Number(/([\d,]+) earlier lines dropped/.exec(kept.note)?.[1].replace(/,/g, ''));
  assert.ok(kept.all >= 2000, `${kept.all} lines kept`);  // the run's outcome line among them
  assert.equal(dropped + kept.lines.length, 5000, kept.note);
  assert.deepEqual(kept.lines, Array.from({ length: kept.lines.length }, (_, i) => `line ${dropped + i}`));
});

test('Stop ends an infinite loop within 200 ms, and the next run works', async () => {
  const stopMs = await stopInfiniteLoopMs(page);
  console.log(`stop took ${stopMs.toFixed(1)} ms`);
  assert.ok(stopMs < 200, `Stop took ${stopMs} ms`);
  assert.match(await page.textContent('#status'), /stopped/);
  const { stdout } = await runInPage('print("again")', 'virtual');
  assert.equal(stdout, 'again\n');
});

test('Ctrl+Enter in the editor runs the program', async () => {
  await page.evaluate(() => { window.loopscope.editor.code = 'print("from the keyboard")'; });
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction(() => document.getElementById('status').textContent === 'done');
  assert.equal(await page.evaluate(() => window.loopscope.output.text('stdout')), 'from the keyboard\n');
  assert.equal(await page.evaluate(() => window.loopscope.editor.code), 'print("from the keyboard")');
});

// Ready comes before CodeMirror (web/src/lazy_editor.js): with editor.js held back by
// the network, the program is shown, takes typing and runs; once CodeMirror arrives it
// holds the typed text, the mark of the run's error and the focus.
test('before CodeMirror arrives the program shows, takes typing and runs', async () => {
  const context = await browser.newContext({ viewport: { width: 1200, height: 760 } });
  let release;
  const held = new Promise((ok) => { release = ok; });
  await context.route('**/editor.js', async (route) => { await held; await route.continue(); });
  const early = await context.newPage();
  const pageErrors = [];
  early.on('pageerror', (err) => pageErrors.push(String(err)));
  try {
    await early.goto(server.url);
    await early.waitForFunction(() => window.loopscope?.readyMs, null, { timeout: 20000 });
    const shown = await early.evaluate(() => ({
      text: document.querySelector('#editor textarea')?.value,
      example: window.loopscope.examples.find((ex) => ex.title.startsWith('4.')).code,
      codeMirror: document.querySelector('.cm-editor') !== null,
    }));
    assert.equal(shown.text, shown.example);
    assert.equal(shown.codeMirror, false);
    const program = 'x = 1\nprint("a"\n';
    await early.locator('#editor textarea').fill(program);
    await early.locator('#editor textarea').press('Control+Enter');
    await early.waitForFunction(() => window.loopscope.output.text('meta').startsWith('['), null, { timeout: 20000 });
    assert.match(await early.evaluate(() => window.loopscope.output.text('stderr')), /SyntaxError: '\(' was never closed/);
    release();
    await early.evaluate(() => window.loopscope.editorReady);
    const after = await early.evaluate(() => ({
      code: window.loopscope.editor.code,
      textarea: document.querySelector('#editor textarea') !== null,
      marked: [...document.querySelectorAll('.cm-error-line')].map((l) => l.textContent),
      focused: document.activeElement?.closest('.cm-editor') !== null,
    }));
    assert.deepEqual(after, { code: program, textarea: false, marked: ['print("a"'], focused: true });
    assert.deepEqual(pageErrors, []);
  } finally {
    release();
    await context.close();
  }
});

test('program output is text, never HTML', async () => {
  const { stdout } = await runInPage('print("<img src=x onerror=alert(1)>")\nprint("<b>bold</b>")', 'virtual');
  assert.equal(stdout, '<img src=x onerror=alert(1)>\n<b>bold</b>\n');
  assert.equal(await page.locator('#console img, #console b').count(), 0);
});

test('input() asks with a dialog: the answer shows after the prompt, Cancel is EOFError', async () => {
  const answers = ['Ada <b>Lovelace</b>', null];
  const asked = [];
  const onDialog = (dialog) => {
    asked.push([dialog.type(), dialog.message()]);
    const answer = answers.shift();
    return answer === null ? dialog.dismiss() : dialog.accept(answer);
  };
  page.on('dialog', onDialog);
  try {
    const { stdout, stderr } = await runInPage(
      'import asyncio\nasync def main():\n    return input("Name? ")\nname = asyncio.run(main())\n' +
      'print("hello", name)\ninput("more? ")\n', 'virtual');
    assert.deepEqual(asked, [['prompt', 'Name? '], ['prompt', 'more? ']]);
    // (the console ends the unfinished last line when the run ends)
    assert.equal(stdout, 'Name? Ada <b>Lovelace</b>\nhello Ada <b>Lovelace</b>\nmore? \n');
    assert.match(stderr, /line 6, in <module>[\s\S]*EOFError: EOF when reading a line\n$/);
    assert.equal(await page.locator('#console b').count(), 0);
  } finally {
    page.off('dialog', onDialog);
  }
});

test('errors: tracebacks are clickable, syntax errors are marked at their column', async () => {
  const runtime = await runInPage('def f():\n    return 1 / 0\nf()\n', 'virtual');
  assert.match(runtime.stderr, /Traceback \(most recent call last\):/);
  assert.match(runtime.stderr, /ZeroDivisionError: division by zero\n$/);
  // The failing line is marked in the editor, and a traceback line selects its line.
  assert.deepEqual(await page.evaluate(() => window.loopscope.editor.markedLines()), ['cm-line cm-error-line']);
  await page.locator('#console .link', { hasText: 'line 2' }).click();
  const highlighted = await page.evaluate(() =>
    [...document.querySelectorAll('.cm-highlight-line')].map((l) => l.textContent));
  assert.deepEqual(highlighted, ['    return 1 / 0']);
  const syntax = await runInPage('x = 1\nprint("a"\n', 'virtual');
  assert.match(syntax.stderr, /line 2\n/);
  assert.match(syntax.stderr, /\^/);
  assert.match(syntax.stderr, /SyntaxError: '\(' was never closed/);
  const marked = await page.evaluate(() => ({
    line: [...document.querySelectorAll('.cm-error-line')].map((l) => l.textContent),
    span: [...document.querySelectorAll('.cm-error-span')].map((l) => l.textContent),
  }));
  assert.deepEqual(marked, { line: ['print("a"'], span: ['('] });
  await screenshot(page, 'syntax-error');
});

test('the share link carries the program and mode', async () => {
  const program = 'import asyncio\n\nasync def main():\n    print("shared ✓", 6 * 7)\n\nasyncio.run(main())\n';
  const url = await page.evaluate(async (code) => {
    window.loopscope.editor.code = code;
    document.getElementById('mode').value = 'real';
    await window.loopscope.share();
    return location.href;
  }, program);
  assert.match(url, /#code=[\w-]+&mode=real$/);
  await openFresh(url);
  assert.equal(await page.evaluate(() => window.loopscope.editor.code), program);
  assert.equal(await page.evaluate(() => document.getElementById('mode').value), 'real');
  const { stdout } = await runInPage(program, 'virtual');
  assert.equal(stdout, 'shared ✓ 42\n');
  await openFresh(server.url);
});

test('the trace download is JSON with the tasks of the run', async () => {
  await runInPage((await page.evaluate(() => window.loopscope.examples))[4].code, 'virtual');
  const json = await page.evaluate(() => window.loopscope.downloadTrace());
  const trace = JSON.parse(json);
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const names = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => e.args.name));
  for (const task of ['Task-1', 'Task-2', 'Task-3', 'Task-4']) assert.ok([...names].some((n) => n.includes(task)), [...names].join(', '));
});

test('pause, step and speed act on a real-time run', async () => {
  const code = [
    'import asyncio, time',
    'async def ticker():',
    '    print("start")',
    '    for i in range(4):',
    '        await asyncio.sleep(0.5)',
    '        print("tick", i)',
    'asyncio.run(ticker())',
  ].join('\n');
  const result = await page.evaluate(async (source) => {
    const { editor, output, run, togglePause, step, module } = window.loopscope;
    const wait = (ms) => new Promise((r) => setTimeout(r, ms));
    editor.code = source;
    document.getElementById('mode').value = 'real';
    const done = run();
    // Paused once the task runs (its first sleep has begun): before the first tick.
    while (output.text('stdout') === '') await wait(10);
    togglePause();
    await wait(1200);
    const whilePaused = output.text('stdout');
    step(); step();                      // two loop iterations: the timer jumps, the task prints
    // The paused loop takes the steps at its next animation frame (slow on a loaded
    // machine): wait for the tick, then a while longer to see that no more came.
    for (let t = 0; t < 3000 && output.text('stdout') === whilePaused; t += 50) await wait(50);
    await wait(300);
    const afterSteps = output.text('stdout');
    module.loopscopeSpeed = 10;          // then fast forward
    togglePause();
    const t0 = performance.now();
    await done;
    return { whilePaused, afterSteps, rest: (performance.now() - t0) / 1000, all: output.text('stdout') };
  }, code);
  assert.equal(result.whilePaused, 'start\n');
  assert.equal(result.afterSteps, 'start\ntick 0\n');
  assert.equal(result.all, 'start\ntick 0\ntick 1\ntick 2\ntick 3\n');
  assert.ok(result.rest < 0.6, `the last three ticks took ${result.rest} s at 10x`);
  await page.evaluate(() => { window.loopscope.module.loopscopeSpeed = 1; });
});

test('the timeline canvas shows task lanes', async () => {
  await runInPage((await page.evaluate(() => window.loopscope.examples))[4].code, 'virtual');
  await page.waitForTimeout(200);
  const colours = await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => {
    // The canvas keeps its last image (preserveDrawingBuffer), drawn this frame or not.
    const canvas = document.getElementById('timeline');
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d');
    ctx.drawImage(canvas, 0, 0);
    const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
    const seen = new Map();
    for (let i = 0; i < data.length; i += 4 * 7) {
      const key = `${data[i] >> 4},${data[i + 1] >> 4},${data[i + 2] >> 4}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    done([...seen.entries()].filter(([, n]) => n > 50).length);
  })));
  // Background, text and a few state colours: a blank canvas (a failed GL context) has one or two.
  assert.ok(colours >= 5, `only ${colours} distinct colours on the canvas`);
  // Clicking a task's sleeping span shows the line of its await in the editor.
  const box = await page.locator('#timeline').boundingBox();
  await page.mouse.click(box.x + box.width * 0.42, box.y + 146);
  await page.waitForFunction(() => document.querySelector('.cm-highlight-line'), null, { timeout: 3000 });
  const line = await page.evaluate(() => document.querySelector('.cm-highlight-line').textContent.trim());
  assert.equal(line, 'await asyncio.sleep(work_time)');
  console.log(`screenshot: ${await screenshot(page, 'playground')}`);
});

test('a deadlock is reported with each task and what it waits on; the table shows them', async () => {
  const examples = await page.evaluate(() => window.loopscope.examples);
  const demo = examples.find((e) => e.title.includes('deadlock'));
  const { stderr, meta } = await runInPage(demo.code, 'virtual');
  // The demo: main (Task-1) gathers a (Task-2) and b (Task-3); a holds lock1 and waits
  // for lock2 at `async with lock2:`, b the other way round. vtime.py's line stays last.
  const lineOf = (text, from = 0) => demo.code.split('\n').findIndex((l, i) => i >= from && l.includes(text)) + 1;
  const a = lineOf('async with lock2:', lineOf('async def a'));
  const b = lineOf('async with lock1:', lineOf('async def b'));
  assert.ok(a > 0 && b > 0);
  const lines = stderr.trimEnd().split('\n');
  assert.equal(lines.at(-1), 'vtime: deadlock: every task is waiting and no timer is pending');
  assert.ok(lines.includes(`  Task-1 waits on gather (line ${lineOf('asyncio.gather')})`), stderr);
  assert.ok(lines.includes(`  Task-2 waits on lock (line ${a})`), stderr);
  assert.ok(lines.includes(`  Task-3 waits on lock (line ${b})`), stderr);
  assert.match(meta, /deadlock/);
  // The report's lines select their line in the editor.
  await page.locator('#console .link', { hasText: 'Task-3 waits on lock' }).click();
  const fromConsole = await page.evaluate(() => document.querySelector('.cm-highlight-line')?.textContent.trim());
  assert.equal(fromConsole, 'async with lock1:');
  // The task table (drawn in the canvas, below the timeline): a row per task; a click
  // on Task-2's row (the second) selects the line it waits at, as a click on its lane would.
  await page.waitForTimeout(200);
  const rows = await page.evaluate(() => ({
    top: window.loopscope.module.loopscopeTableTop, height: window.loopscope.module.loopscopeTableRowHeight }));
  assert.ok(rows.height > 0, JSON.stringify(rows));
  const box = await page.locator('#timeline').boundingBox();
  await page.mouse.click(box.x + 60, box.y + rows.top + rows.height * 1.5);
  await page.waitForFunction((want) => document.querySelector('.cm-highlight-line')?.textContent.trim() === want,
    'async with lock2:', { timeout: 3000 });
  console.log(`screenshot: ${await screenshot(page, 'deadlock-and-task-table')}`);
});

test('host turns are not clamped like setTimeout(0)', async () => {
  const ms = await page.evaluate(() => window.loopscope.module.ccall('loopscope_measure_host_turns', 'number',
    ['number'], [1000], { async: true }));
  const sleep0 = await page.evaluate(() => window.loopscope.module.ccall('loopscope_measure_sleep0', 'number',
    ['number'], [1000], { async: true }));
  console.log(`median host turn: ${ms.toFixed(3)} ms; 1,000 sleep(0): ${sleep0.toFixed(2)} ms`);
  // A nested setTimeout(0) is clamped to >= 4 ms per turn.
  assert.ok(ms < 2, `the median host turn took ${ms} ms`);
  assert.ok(sleep0 < 2000, `1,000 sleep(0) took ${sleep0} ms`);
  assert.deepEqual(errors, []);
});
