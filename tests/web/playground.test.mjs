// The playground in a real browser: the page loads without console errors; every
// example runs in deterministic mode with the console text equal to the oracle's
// golden output; a real-time run waits on the browser's clock while the page keeps
// drawing; Stop ends an infinite loop quickly; program output is text, never HTML;
// the timeline canvas shows lanes; host turns are not clamped like setTimeout(0).
// Screenshots go to build/web-screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, serve, launch, screenshot } from './browser.mjs';

let server, browser, page;
const errors = [];

before(async () => {
  server = await serve();
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1200, height: 760 } });
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(server.url);
  await page.waitForFunction(() => window.loopscope !== undefined, null, { timeout: 20000 });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

// Runs `code` in `mode` through the page's own controls; returns the console's
// stdout text, stderr text and the outcome line.
async function runInPage(code, mode) {
  return page.evaluate(async ([source, m]) => {
    document.getElementById('editor').value = source;
    document.getElementById('mode').value = m;
    await window.loopscope.run();
    const spans = [...document.querySelectorAll('#console span')];
    return {
      stdout: spans.filter((s) => !s.className).map((s) => s.textContent).join(''),
      stderr: spans.filter((s) => s.className === 'stderr').map((s) => s.textContent).join(''),
      meta: spans.filter((s) => s.className === 'meta').map((s) => s.textContent).join(''),
    };
  }, [code, mode]);
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
    const { stdout } = await runInPage(examples[i].code, 'virtual');
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

test('Stop ends an infinite loop within 200 ms, and the next run works', async () => {
  const pending = page.evaluate(async () => {
    document.getElementById('editor').value = 'n = 0\nwhile True:\n    n += 1\n';
    document.getElementById('mode').value = 'virtual';
    const run = window.loopscope.run();
    await new Promise((r) => setTimeout(r, 500));
    const t0 = performance.now();
    window.loopscope.stop();
    await run;
    return performance.now() - t0;
  });
  const stopMs = await pending;
  console.log(`stop took ${stopMs.toFixed(1)} ms`);
  assert.ok(stopMs < 200, `Stop took ${stopMs} ms`);
  assert.match(await page.textContent('#status'), /stopped/);
  const { stdout } = await runInPage('print("again")', 'virtual');
  assert.equal(stdout, 'again\n');
});

test('program output is text, never HTML', async () => {
  const { stdout } = await runInPage('print("<img src=x onerror=alert(1)>")\nprint("<b>bold</b>")', 'virtual');
  assert.equal(stdout, '<img src=x onerror=alert(1)>\n<b>bold</b>\n');
  assert.equal(await page.locator('#console img, #console b').count(), 0);
});

test('errors: a traceback on stderr and a syntax error with its caret', async () => {
  const runtime = await runInPage('def f():\n    return 1 / 0\nf()\n', 'virtual');
  assert.match(runtime.stderr, /Traceback \(most recent call last\):/);
  assert.match(runtime.stderr, /ZeroDivisionError: division by zero\n$/);
  const syntax = await runInPage('print("a"\n', 'virtual');
  assert.match(syntax.stderr, /line 1\n/);
  assert.match(syntax.stderr, /\^/);
  assert.match(syntax.stderr, /SyntaxError: '\(' was never closed/);
});

test('the timeline canvas shows task lanes', async () => {
  await runInPage((await page.evaluate(() => window.loopscope.examples))[4].code, 'virtual');
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
  // Background, text and a few state colours: a blank canvas (a failed GL context) has one or two.
  assert.ok(colours >= 5, `only ${colours} distinct colours on the canvas`);
  console.log(`screenshot: ${await screenshot(page, 'playground')}`);
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
