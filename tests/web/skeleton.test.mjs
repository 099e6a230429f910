// The walking skeleton in a real browser: the page loads without console errors, the
// C++ three-worker demo runs on the browser's clock and prints the tutorial's lines in
// CPython's order, the page keeps drawing during the run, the timeline canvas shows
// lanes, and host turns (the yield of long ready work) are not clamped like
// setTimeout(0). A screenshot goes to build/web-screenshots/skeleton.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, screenshot } from './browser.mjs';

let server, browser, page;
const consoleLines = [];
const errors = [];

before(async () => {
  server = await serve();
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1000, height: 640 } });
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
    else consoleLines.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(server.url);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the three workers run on real timers, in CPython order, while the page draws', async () => {
  await page.waitForFunction(() => window.loopscope !== undefined, null, { timeout: 15000 });
  // Read from a JS property: calling into wasm while the run is suspended in Asyncify
  // would disturb the pending ccall.
  const framesAtStart = await page.evaluate(() => window.loopscope.module.loopscopeFrames ?? 0);
  await page.waitForFunction(() => document.getElementById('status').textContent === 'done', null, { timeout: 15000 });
  const framesAtEnd = await page.evaluate(() => window.loopscope.module.loopscopeFrames ?? 0);

  const lines = consoleLines.filter((l) => /^\[\d+\.\d\] /.test(l)).map((l) => l.replace(/^\[[\d.]+\] /, ''));
  // The order CPython prints for seed_04_worker_coordination.py (gather of the three).
  assert.deepEqual(lines, [
    'Coordinator: Starting all workers',
    'Worker Alpha: Starting work', 'Worker Beta: Starting work', 'Worker Gamma: Starting work',
    'Worker Alpha: About to wait for 2.0s', 'Worker Beta: About to wait for 1.0s',
    'Worker Gamma: About to wait for 1.5s',
    'Worker Beta: Work completed!', 'Worker Gamma: Work completed!', 'Worker Alpha: Work completed!',
    'Coordinator: All workers finished',
  ]);
  // Real timers: the completions are stamped with the browser clock's seconds. A
  // browser timer is never early but can be late by a long frame (software WebGL in
  // CI draws the first frame in ~0.5 s), so each stamp and the total lie within
  // 0.4 s after the ideal time; the loop's own clock measures the run from its start.
  const stamps = Object.fromEntries(consoleLines.filter((l) => /completed/.test(l))
    .map((l) => [l.match(/Worker (\w+)/)[1], Number(l.match(/^\[([\d.]+)\]/)[1])]));
  for (const [name, ideal] of [['Beta', 1.0], ['Gamma', 1.5], ['Alpha', 2.0]]) {
    assert.ok(stamps[name] >= ideal && stamps[name] <= ideal + 0.4, `${name} completed at ${stamps[name]} s, ideal ${ideal} s`);
  }
  const total = Number(consoleLines.map((l) => l.match(/^Total execution time: ([\d.]+) seconds$/)).find(Boolean)?.[1]);
  assert.ok(total >= 2.0 && total <= 2.4, `total execution time ${total} s (ideal 2.0 s)\n${consoleLines.join('\n')}`);
  assert.ok(consoleLines.includes('loopscope: demo finished rc=0'));
  // rAF kept firing while the run was suspended in its waits.
  assert.ok(framesAtEnd - framesAtStart > 20, `only ${framesAtEnd - framesAtStart} frames during the run`);
  assert.deepEqual(errors, []);
});

test('the timeline canvas shows task lanes', async () => {
  // Two frames after the end, so the last state is drawn.
  await page.waitForTimeout(200);
  const colours = await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => {
    // Inside the frame the WebGL drawing buffer still holds what was just drawn.
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
  // Background, text and at least a few state colours: a blank or single-colour
  // canvas (a failed GL context) has one or two.
  assert.ok(colours >= 5, `only ${colours} distinct colours on the canvas`);
  const path = await screenshot(page, 'skeleton');
  console.log(`screenshot: ${path}`);
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
