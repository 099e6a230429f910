// Hostile programs in the playground (issue 6), on both engines: each program of
// tests/lang/hostile listed in PROGRAMS runs in the page while the page measures its frames: the
// longest gap between requestAnimationFrame timestamps must stay under 100 ms more
// than that of a trivial run (print(1)) measured first, since under headless
// Chromium's software GL on a loaded machine a trivial run alone shows gaps over
// 100 ms. KNOWN_SLOW_FRAMES are programs that do not meet this yet (their gaps are
// printed, and everything else about them is checked). A program that
// does not end by itself (its header has `stop-after`) is stopped with the Stop
// button; every run must end with its message, and a normal program must then run
// correctly. Expectations come from each program's header and oracle files, as in
// tests/lang/hostile/hostile_runner.cpp, except that the page has no time limit
// (Stop ends what the CLI's --time-limit ends) and its heap cap is the page's.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, serveSiteToBrowser, describeEachEngine } from './browser.mjs';

// The subset run in CI: every kind of hostile input of the issue, leaving out the
// slow or redundant ones (million_tasks, memory_bomb_nodes, memory_bomb_str and
// endless_generator: MemoryError like memory_bomb_list, but 5 to 10 s each; the
// nested source files and recursion_limit_huge: the parser and the heap cap, as
// covered natively; cancel_storm and huge_sizes: several seconds each in wasm,
// nothing page-specific).
const PROGRAMS = [
  'infinite_loop', 'continue_loop', 'exponential_recursion', 'sleep0_forever', 'print_flood',
  'memory_bomb_list', 'huge_pow', 'deep_recursion',
  'deep_recursion_async', 'repr_raises', 'self_reference', 'deadlock', 'callback_errors',
  'never_awaited', 'await_self', 'await_cycle', 'cancel_main', 'deep_nesting', 'deep_tuple_hash',
];
// Programs whose frame gaps are reported but not asserted, per engine, with the reason.
// The Asyncify engine frees without giving the page turns (it never suspends while an
// object is destroyed: wasm/asyncify_libs), so freeing the memory bomb's list of
// millions is one stretch there (about 80 ms, a 100 ms gap on a quiet machine, at the
// bound). Fixed before: a RecursionError unwinding nested native levels gives the page
// turns, asyncio's parse is cached across runs, huge lists and deep structures are
// freed in pieces (on the JSPI engine), the console's pane no longer grows with a
// flood (a 6,500 px canvas was read back every frame) and a still timeline is not
// redrawn.
const KNOWN_SLOW_FRAMES = {
  jspi: {},
  asyncify: { memory_bomb_list: 'the list of millions is freed without turns on this engine' },
};
const MAX_FRAME_GAP_MS = 100;
const STOP_AFTER_MS = 1000;
const HOSTILE = join(ROOT, 'tests/lang/hostile');

const site = serveSiteToBrowser();  // site.server, site.browser

// What the header and the oracle files beside the program say.
async function expectation(name) {
  const source = await readFile(join(HOSTILE, `${name}.py`), 'utf8');
  const header = source.split('\n').filter((l) => l.startsWith('#'));
  const value = (key) => header.filter((l) => l.startsWith(`# ${key}:`)).map((l) => l.slice(key.length + 3).trim());
  const e = {
    source,
    mode: (value('flags')[0] ?? '').includes('--virtual-time') || existsSync(join(HOSTILE, `${name}.result`)) ? 'virtual' : 'real',
    stop: value('stop-after').length > 0,
    stderr: value('expect-stderr').filter((t) => !t.startsWith('loopscope: time limit')),
  };
  const base = join(HOSTILE, name);
  const inPage = (text) => text.replaceAll(`${name}.py`, 'main.py');  // the page runs main.py
  if (existsSync(`${base}.stdout`)) {
    e.stdout = inPage(await readFile(`${base}.stdout`, 'utf8'));
    const result = inPage(await readFile(`${base}.result`, 'utf8'));
    e.exit = Number(/^exit (\d+)/.exec(result)[1]);
    if (e.stderr.length === 0) e.stderr = [result.split('\n')[1].slice('stderr '.length)].filter((t) => t);
  }
  return e;
}

// Runs `source` with the page's own controls while recording frame timestamps;
// presses Stop after stopAfterMs when given. Returns the outcome, the console text
// and the longest gap between two frames.
async function runMeasured(page, source, mode, stopAfterMs) {
  return page.evaluate(async ([code, m, stopAfter]) => {
    const { editor, output, run } = window.loopscope;
    editor.code = code;
    document.getElementById('mode').value = m;
    let last = null, maxGap = 0, frames = 0, measuring = true;
    const tick = (t) => {
      if (last !== null) maxGap = Math.max(maxGap, t - last);
      last = t;
      frames++;
      if (measuring) requestAnimationFrame(tick);
    };
    await new Promise((r) => requestAnimationFrame((t) => { last = t; r(); }));
    requestAnimationFrame(tick);
    // The run's longest stretch of computation between two host turns (a wake-up
    // runs the engine until it yields again): what the engine, not the page's own
    // drawing, contributes to a frame gap. The first stretch starts with the run.
    let stretch = 0, lastTurn = null;
    window.loopscope.module.loopscopeHold = (wake) => {
      const a = performance.now();
      if (lastTurn === null) stretch = a - t0;
      wake();
      lastTurn = performance.now();
      stretch = Math.max(stretch, lastTurn - a);
    };
    const t0 = performance.now();
    const done = run();
    let stopMs = null;
    if (stopAfter) {
      await new Promise((r) => setTimeout(r, stopAfter));
      const s0 = performance.now();
      document.getElementById('stop').click();
      await done;
      stopMs = performance.now() - s0;
    }
    const rc = await done;
    if (lastTurn === null) stretch = performance.now() - t0;  // no turn at all
    // Two more frames: the page must also draw right after the run.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    measuring = false;
    window.loopscope.module.loopscopeHold = undefined;
    return {
      rc, stopMs, frames, maxGap, stretch, seconds: (performance.now() - t0) / 1000,
      stdout: output.text('stdout'), stderr: output.text('stderr'), status: document.getElementById('status').textContent,
    };
  }, [source, mode, stopAfterMs]);
}

const lastLine = (text) => text.split('\n').filter((l) => l).pop() ?? '';

describeEachEngine(site, (engine, pageOf, errors) => {
  let baselineGap = 0;  // the longest frame gap of a trivial run
  before(async () => {
    // The first runs also warm the page up: the first one imports asyncio, which the
    // page otherwise parses ahead when idle (playground.js), maybe during a measurement.
    for (let i = 0; i < 3; i++) {
      const r = await runMeasured(pageOf(), i === 0 ? 'import asyncio\nprint(1)\n' : 'print(1)\n', 'virtual', 0);
      baselineGap = i === 0 ? 0 : Math.max(baselineGap, r.maxGap);
    }
    console.log(`${engine}: a trivial run: longest frame gap ${baselineGap.toFixed(0)} ms`);
  });

  for (const name of PROGRAMS) {
    test(`hostile ${name}: the page stays responsive, the run ends with its message, the next run works`, async () => {
      const e = await expectation(name);
      const r = await runMeasured(pageOf(), e.source, e.mode, e.stop ? STOP_AFTER_MS : 0);
      console.log(`${engine} ${name}: rc ${r.rc} in ${r.seconds.toFixed(2)} s${r.stopMs === null ? '' : `, Stop took ${r.stopMs.toFixed(0)} ms`}, ` +
        `${r.frames} frames, longest gap ${r.maxGap.toFixed(0)} ms, longest run between host turns ${r.stretch.toFixed(0)} ms, ${r.stdout.length} chars of stdout: ${lastLine(r.stderr)}`);
      if (!(name in KNOWN_SLOW_FRAMES[engine])) {
        // A freeze repeats; a one-off stall of a loaded machine (JIT, GC) does not: the
        // better of two runs counts.
        let gap = r.maxGap;
        if (gap >= MAX_FRAME_GAP_MS + baselineGap) {
          gap = Math.min(gap, (await runMeasured(pageOf(), e.source, e.mode, e.stop ? STOP_AFTER_MS : 0)).maxGap);
        }
        assert.ok(gap < MAX_FRAME_GAP_MS + baselineGap,
          `${name}: a frame gap of ${gap.toFixed(0)} ms (a trivial run: ${baselineGap.toFixed(0)} ms)`);
      }
      if (e.stop) {
        assert.equal(r.rc, 130, `${name}: ${r.stderr.slice(-500)}`);
        assert.equal(r.status, 'stopped');
        assert.ok(r.stopMs < 500, `${name}: Stop took ${r.stopMs} ms`);
      } else {
        if (e.exit !== undefined) assert.equal(r.rc, e.exit, `${name}: ${r.stderr.slice(-500)}`);
        else assert.notEqual(r.rc, 0);
        if (e.stdout !== undefined) assert.equal(r.stdout.replace(/0x[0-9a-fA-F]+/g, '0x?'), e.stdout, name);
        const tail = r.stderr.slice(-4096);
        for (const text of e.stderr) assert.ok(tail.includes(text.replace(/0x\?/g, '')) || tail.replace(/0x[0-9a-fA-F]+/g, '0x?').includes(text), `${name}: stderr lacks '${text}':\n${tail.slice(-800)}`);
      }
      const again = await runMeasured(pageOf(), 'import asyncio\nasync def main():\n    await asyncio.sleep(0.01)\n    print("again", sum(range(10)))\nasyncio.run(main())\n', 'virtual', 0);
      assert.equal(again.rc, 0, again.stderr);
      assert.equal(again.stdout, 'again 45\n');
    });
  }

  test('no page errors during the hostile runs', () => {
    assert.deepEqual(errors, []);
  });
});
