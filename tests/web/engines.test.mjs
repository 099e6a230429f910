// The two engines (web/src/widget/engine_flavour.js): Chromium has JSPI, so the page
// loads the JSPI engine and fetches none of the Asyncify engine's files;
// ?engine=asyncify forces the fallback, which fetches only its own. The rest of the
// browser suites run on the JSPI engine; here a representative part of the playground
// suite runs on the fallback (suspend.test.mjs runs on both): a tutorial example's
// golden output, Stop on an infinite loop, time.sleep in real time, a deadlock report,
// and the host-turn probes called with ccall(..., {async: true}).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, serveSiteToBrowser, openPlayground, stopInfiniteLoopMs, runProgram } from './browser.mjs';

const site = serveSiteToBrowser();  // site.server, site.browser

// The engine (module.loopscopeFlavour) and the engine files (loopscope_web*) the
// playground at `query` loads, in a fresh browser context (nothing cached).
async function engineFilesOf(query) {
  const requests = [];
  const errors = [];
  const context = await site.browser.newContext();
  context.on('request', (r) => requests.push(new URL(r.url()).pathname.slice(1)));
  const page = await openPlayground(context, site.server.url + query, errors);  // context.newPage()
  const flavour = await page.evaluate(() => window.loopscope.module.loopscopeFlavour);
  await context.close();
  assert.deepEqual(errors, []);
  return { flavour, files: requests.filter((p) => p.startsWith('loopscope_web')).sort() };
}

test('Chromium loads the JSPI engine; ?engine=asyncify the fallback; each fetches only its own files', async () => {
  assert.deepEqual(await engineFilesOf(''),
    { flavour: 'jspi', files: ['loopscope_web.mjs', 'loopscope_web.wasm'] });
  assert.deepEqual(await engineFilesOf('?engine=asyncify'),
    { flavour: 'asyncify', files: ['loopscope_web_asyncify.mjs', 'loopscope_web_asyncify.wasm'] });
});

// --- the fallback engine ------------------------------------------------------------
let page;
const errors = [];

const runInPage = (code, mode) => runProgram(page, code, mode);

test('the fallback: a tutorial example prints its golden output', async () => {
  page = await openPlayground(site.browser, `${site.server.url}?engine=asyncify`, errors);
  assert.equal(await page.evaluate(() => window.loopscope.module.loopscopeFlavour), 'asyncify');
  const first = (await readFile(join(ROOT, 'web/examples.txt'), 'utf8')).split('\n')
    .find((l) => l.includes('|') && !l.startsWith('#')).split('|')[1].trim();
  const golden = await readFile(join(ROOT, first.replace(/\.py$/, '.stdout')), 'utf8');
  const { stdout } = await runInPage(await readFile(join(ROOT, first), 'utf8'), 'virtual');
  assert.equal(stdout.replace(/0x[0-9a-fA-F]+/g, '0x?'), golden);
});

test('the fallback: Stop ends an infinite loop within 200 ms, and the next run works', async () => {
  const stopMs = await stopInfiniteLoopMs(page);
  console.log(`fallback: stop took ${stopMs.toFixed(1)} ms`);
  assert.ok(stopMs < 200, `Stop took ${stopMs} ms`);
  assert.equal((await runInPage('print("again")', 'virtual')).stdout, 'again\n');
});

test('the fallback: input() asks with a dialog inside a running loop', async () => {
  const onDialog = (dialog) => dialog.accept('42');
  page.on('dialog', onDialog);
  try {
    const r = await runInPage('import asyncio\nasync def main():\n    await asyncio.sleep(0.1)\n' +
      '    return int(input("n? ")) + 1\nprint(asyncio.run(main()))\n', 'virtual');
    assert.equal(r.stdout, 'n? 42\n43\n');
  } finally {
    page.off('dialog', onDialog);
  }
});

test('the fallback: time.sleep waits on the browser clock while the page draws', async () => {
  const r = await runInPage('import time\nt = time.monotonic()\ntime.sleep(0.5)\nprint(time.monotonic() - t)\n', 'real');
  const slept = Number(r.stdout);
  assert.equal(r.rc, 0);
  assert.ok(slept >= 0.5 && slept < 0.9, r.stdout);
  assert.ok(r.frames > 10, `only ${r.frames} frames during a 0.5 s sleep`);
});

test('the fallback: a deadlock is reported with each task', async () => {
  const demo = (await page.evaluate(() => window.loopscope.examples)).find((e) => e.title.includes('deadlock'));
  const { stderr, meta } = await runInPage(demo.code, 'virtual');
  const lines = stderr.trimEnd().split('\n');
  assert.equal(lines.at(-1), 'vtime: deadlock: every task is waiting and no timer is pending');
  for (const task of ['Task-1 waits on gather', 'Task-2 waits on lock', 'Task-3 waits on lock']) {
    assert.ok(lines.some((l) => l.startsWith(`  ${task} (line `)), stderr);
  }
  assert.match(meta, /deadlock/);
});

test('the fallback: host turns through ccall(..., {async: true})', async () => {
  const ms = await page.evaluate(() => window.loopscope.module.ccall('loopscope_measure_host_turns', 'number',
    ['number'], [200], { async: true }));
  assert.ok(ms < 2, `the median host turn took ${ms} ms`);
  assert.deepEqual(errors, []);
  await page.close();
});
