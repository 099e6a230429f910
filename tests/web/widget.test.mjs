// The embeddable widget in a real browser: three widgets on a page run at the same
// time, each with its own output, with the wasm fetched once; input reaches only
// the widget it is meant for; a widget starts when scrolled into view and is paused
// out of view; the iframe form and its origin-checked postMessage; the tutorial page
// (every example a widget, one run to the oracle's golden output); output is text;
// a strict Content-Security-Policy; the playground's embed code.
// Test pages are served with page.route beside the staged site (build/wasm/site).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createServer } from 'node:http';
import { ROOT, serveSiteToBrowser, screenshot } from './browser.mjs';

const site = serveSiteToBrowser();  // site.server, site.browser

const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "object-src 'none'; base-uri 'none'";

// A page at `path` under the site's origin with `body`, loading the widget's script.
// Returns { page, errors, requests } (console errors and URLs fetched).
async function openPage(path, body, { viewport = { width: 1100, height: 1400 }, csp = null } = {}) {
  const page = await site.browser.newPage({ viewport });
  const errors = [];
  const requests = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('request', (req) => requests.push(req.url()));
  page.on('dialog', (dialog) => { errors.push(`dialog: ${dialog.message()}`); dialog.dismiss(); });
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const url = new URL(path, site.server.url).href;
  const headers = { 'content-type': 'text/html; charset=utf-8' };
  if (csp) headers['content-security-policy'] = csp;
  await page.route(url, (route) => route.fulfill({
    status: 200, headers,
    body: `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
      `<script type="module" src="${new URL('loopscope.js', site.server.url)}"></script></head><body>${body}</body></html>`,
  }));
  await page.goto(url);
  return { page, errors, requests };
}

const widget = (id, code, attrs = '') =>
  `<loopscope-playground id="${id}" ${attrs}><script type="text/python">\n${code}\n</script></loopscope-playground>`;

// Each widget prints its own name with a counter, sleeping in real time between lines.
const ticker = (name, n, delay) => [
  'import asyncio',
  'async def main():',
  `    for i in range(${n}):`,
  `        print("${name}", i)`,
  `        await asyncio.sleep(${delay})`,
  'asyncio.run(main())',
].join('\n');
const tickerOutput = (name, n) => Array.from({ length: n }, (_, i) => `${name} ${i}\n`).join('');

async function waitReady(page, ids) {
  await page.waitForFunction((list) => list.every((id) => document.getElementById(id)?.engine), ids, { timeout: 30000 });
}

test('three widgets run at the same time, each with its own output; the wasm is fetched once', async () => {
  const names = ['alpha', 'beta', 'gamma'];
  const { page, errors, requests } = await openPage('test/three.html',
    names.map((n) => widget(n, ticker(n, 5, 0.2), 'mode="real" height="300"')).join('\n'));
  await waitReady(page, names);
  const runs = await page.evaluate(async (ids) => Promise.all(ids.map(async (id) => {
    const w = document.getElementById(id);
    const start = performance.now();
    const rc = await w.run();
    return { id, rc, start, end: performance.now(), output: w.output };
  })), names);
  for (const r of runs) {
    assert.equal(r.rc, 0, r.id);
    assert.equal(r.output, tickerOutput(r.id, 5), r.id);
  }
  // At the same time: every run started before any of them ended (each lasts ~1 s).
  assert.ok(Math.max(...runs.map((r) => r.start)) < Math.min(...runs.map((r) => r.end)), JSON.stringify(runs));
  assert.equal(requests.filter((u) => u.endsWith('.wasm')).length, 1, requests.join('\n'));
  assert.equal(requests.filter((u) => u.endsWith('loopscope_web.mjs')).length, 1);
  await page.waitForTimeout(200);
  console.log(`screenshot: ${await screenshot(page, 'widget-three')}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('input reaches only its own widget', async () => {
  const { page, errors } = await openPage('test/input.html',
    widget('one', 'print("one")') + widget('two', 'print("two")'));
  await waitReady(page, ['one', 'two']);
  await page.locator('#two .cm-content').click();
  await page.keyboard.press('End');
  await page.keyboard.type('\nprint("typed")');
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction(() => document.getElementById('two').lastRc !== null);
  const state = await page.evaluate(() => ['one', 'two'].map((id) => {
    const w = document.getElementById(id);
    return { code: w.code, rc: w.lastRc, output: w.output };
  }));
  assert.deepEqual(state[0], { code: 'print("one")\n', rc: null, output: '' });
  assert.deepEqual(state[1], { code: 'print("two")\nprint("typed")\n', rc: 0, output: 'two\ntyped\n' });
  // The timeline canvases are separate elements with their own ids (html5 callbacks
  // are registered per canvas).
  const ids = await page.evaluate(() => [...document.querySelectorAll('canvas')].map((c) => c.id));
  assert.equal(new Set(ids).size, 2);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a widget starts when scrolled into view and pauses out of view', async () => {
  const spacer = '<div style="height: 3000px">spacer</div>';
  const { page, errors } = await openPage('test/lazy.html',
    `${spacer}${widget('far', ticker('far', 40, 0.1), 'mode="real" autorun')}${spacer}`,
    { viewport: { width: 1000, height: 700 } });
  await page.waitForTimeout(1500);
  assert.equal(await page.evaluate(() => Boolean(document.getElementById('far').engine)), false, 'started out of view');
  assert.equal(await page.textContent('#far .lsp-status'), 'not started');
  await page.locator('#far').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.getElementById('far').output.split('\n').length > 3, null, { timeout: 20000 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);  // the observer reports, a running slice ends
  const leftAt = await page.evaluate(() => document.getElementById('far').output);
  assert.equal(await page.textContent('#far .lsp-status'), 'paused (out of view)');
  await page.waitForTimeout(1000);  // ten ticks' worth of time
  const later = await page.evaluate(() => document.getElementById('far').output);
  assert.equal(later, leftAt, 'the run went on out of view');
  await page.locator('#far').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.getElementById('far').lastRc === 0, null, { timeout: 20000 });
  assert.equal(await page.evaluate(() => document.getElementById('far').output), tickerOutput('far', 40));
  assert.deepEqual(errors, []);
  await page.close();
});

test('program output is text: no element is made and no script runs', async () => {
  const { page, errors } = await openPage('test/xss.html',
    widget('x', 'print("<img src=x onerror=alert(1)>")\nprint("<script>alert(2)</" + "script>")', 'autorun'));
  await page.waitForFunction(() => document.getElementById('x').lastRc !== null, null, { timeout: 30000 });
  assert.equal(await page.evaluate(() => document.getElementById('x').output),
    '<img src=x onerror=alert(1)>\n<script>alert(2)</script>\n');
  assert.equal(await page.locator('#x img, #x .lsp-console script').count(), 0);
  await page.waitForTimeout(300);
  assert.deepEqual(errors, []);  // a dialog (alert) would be listed here
  await page.close();
});

test('works under a strict Content-Security-Policy (and the policy is in force)', async () => {
  const body = widget('strict', ticker('strict', 3, 0), 'autorun');
  const { page, errors } = await openPage('test/csp.html', body, { csp: STRICT_CSP });
  await page.waitForFunction(() => document.getElementById('strict').lastRc !== null, null, { timeout: 30000 });
  assert.equal(await page.evaluate(() => document.getElementById('strict').output), tickerOutput('strict', 3));
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(errors, []);
  await page.close();
  // Control: the same page without 'wasm-unsafe-eval' cannot compile the engine, so
  // the header above was really applied.
  const control = await openPage('test/csp-control.html', body, { csp: STRICT_CSP.replace(" 'wasm-unsafe-eval'", '') });
  await control.page.waitForFunction(() => /did not load/.test(document.querySelector('#strict .lsp-status').textContent),
    null, { timeout: 30000 });
  assert.ok((await control.page.evaluate(() => window.cspViolations)).some((v) => v.startsWith('script-src')));
  await control.page.close();
});

test('the iframe form runs the program from its link and talks only to its origin', async () => {
  const program = ticker('framed', 3, 0.1);
  const encoded = await (async () => {
    const { encodeProgram } = await import(join(ROOT, 'web/src/share.js'));
    return encodeProgram(program);
  })();
  // The host page comes from a server of its own: another origin (another port), on
  // the loopback address like the site (Chromium blocks public pages framing local ones).
  const hostServer = createServer((req, res) => {
    const origin = new URL(req.url, 'http://x').searchParams.get('trust');
    const src = `${site.server.url}embed.html#code=${encoded}&autorun=1&origin=${encodeURIComponent(origin)}`;
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><link rel="icon" href="data:,"><body><iframe id="f" src="${src.replace(/&/g, '&amp;')}" width="800" height="500"></iframe></body>`);
  });
  await new Promise((ok) => hostServer.listen(0, '127.0.0.1', ok));
  const host = `http://127.0.0.1:${hostServer.address().port}`;
  async function hostPage(origin) {
    const page = await site.browser.newPage({ viewport: { width: 900, height: 700 } });
    // The host records what the frame says (an init script: the page has none).
    await page.addInitScript(() => {
      window.received = [];
      window.addEventListener('message', (e) => window.received.push({ origin: e.origin, data: e.data }));
    });
    await page.goto(`${host}/page.html?trust=${encodeURIComponent(origin)}`);
    return page;
  }
  const page = await hostPage(host);
  await page.waitForFunction(() => window.received.some((m) => m.data.loopscope === 'done'), null, { timeout: 30000 });
  const done = await page.evaluate(() => window.received.find((m) => m.data.loopscope === 'done'));
  assert.equal(done.origin, new URL(site.server.url).origin);
  assert.equal(done.data.stdout, tickerOutput('framed', 3));
  // The host replaces the program and runs it.
  await page.evaluate((target) => {
    const frame = document.getElementById('f').contentWindow;
    window.received = [];
    frame.postMessage({ loopscope: 'code', code: 'print(6 * 7)' }, target);
    frame.postMessage({ loopscope: 'run' }, target);
  }, new URL(site.server.url).origin);
  await page.waitForFunction(() => window.received.some((m) => m.data.loopscope === 'done'), null, { timeout: 10000 });
  assert.equal(await page.evaluate(() => window.received.find((m) => m.data.loopscope === 'done').data.stdout), '42\n');
  await page.close();

  // A frame told to trust another origin ignores this host and tells it nothing.
  const other = await hostPage('https://elsewhere.test');
  const frame = other.frames().find((f) => f.url().includes('embed.html'));
  await frame.waitForFunction(() => document.querySelector('loopscope-playground')?.lastRc === 0, null, { timeout: 30000 });
  await other.evaluate((target) => {
    document.getElementById('f').contentWindow.postMessage({ loopscope: 'code', code: 'print("hijacked")' }, target);
    document.getElementById('f').contentWindow.postMessage({ loopscope: 'run' }, target);
  }, new URL(site.server.url).origin);
  await other.waitForTimeout(1000);
  assert.deepEqual(await other.evaluate(() => window.received), []);
  assert.equal(await frame.evaluate(() => document.querySelector('loopscope-playground').code), program);
  await other.close();
  await new Promise((ok) => hostServer.close(ok));
});

// The fenced code blocks of a markdown text: { info, text } in order.
function fencedBlocks(markdown) {
  const blocks = [];
  let open = null;
  for (const line of markdown.split('\n')) {
    if (!open && line.startsWith('```')) open = { info: line.slice(3).trim(), text: '' };
    else if (open && line.trim() === '```') { blocks.push(open); open = null; }
    else if (open) open.text += line + '\n';
  }
  return blocks;
}

test('the tutorial page: every example is a widget, one runs to the golden output', async () => {
  const markdown = await readFile(join(ROOT, '../shared/seed/asyncio-tutorial.md'), 'utf8');
  const blocks = fencedBlocks(markdown);
  const fences = blocks.filter((b) => b.info === 'python').map((b) => b.text);
  const diagrams = blocks.filter((b) => b.info === '').map((b) => b.text);
  const tidy = (code) => code.split('\n').map((l) => l.trimEnd()).join('\n').trim();
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  await page.goto(`${site.server.url}tutorial/`);
  await page.waitForFunction(() => customElements.get('loopscope-playground'));
  const codes = await page.evaluate(() => [...document.querySelectorAll('loopscope-playground')].map((w) => w.code));
  assert.equal(codes.length, fences.length);
  assert.ok(fences.length >= 12);
  codes.forEach((code, i) => assert.equal(tidy(code), tidy(fences[i]), `example ${i + 1}`));
  // The ASCII diagrams stay as text, outside any widget.
  const pres = await page.evaluate(() => [...document.querySelectorAll('main > pre')].map((p) => p.textContent));
  assert.equal(pres.length, diagrams.length);
  diagrams.forEach((d, i) => assert.equal(pres[i], d));
  // Example 5 (worker coordination) against the oracle's output of the same program.
  const golden = await readFile(join(ROOT, 'tests/lang/golden/seed_04_worker_coordination.stdout'), 'utf8');
  assert.equal(tidy(await readFile(join(ROOT, 'tests/lang/golden/seed_04_worker_coordination.py'), 'utf8')), tidy(codes[4]));
  await page.locator('loopscope-playground').nth(4).scrollIntoViewIfNeeded();
  const stdout = await page.evaluate(async () => {
    const w = document.querySelectorAll('loopscope-playground')[4];
    await w.run();
    return w.output;
  });
  assert.equal(stdout.replace(/0x[0-9a-fA-F]+/g, '0x?'), golden);
  await page.waitForTimeout(200);
  await screenshot(page, 'tutorial-laptop');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the playground writes embed code in both forms', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1200, height: 760 } });
  await page.goto(site.server.url);
  await page.waitForFunction(() => window.loopscope !== undefined, null, { timeout: 20000 });
  const program = 'print("embedded </script> <b>")\n';
  await page.evaluate((code) => { window.loopscope.editor.code = code; }, program);
  await page.click('#embed');
  const scriptForm = await page.inputValue('.embed-dialog textarea');
  assert.match(scriptForm, /<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/loopscope\.js"><\/script>/);
  assert.match(scriptForm, /<loopscope-playground>\n<pre>print\("embedded &lt;\/script&gt; &lt;b&gt;"\)\n<\/pre>/);
  await page.check('.embed-dialog input[value=iframe]');
  await page.waitForFunction(() => document.querySelector('.embed-dialog textarea').value.startsWith('<iframe'));
  const iframeForm = await page.inputValue('.embed-dialog textarea');
  const src = /src="([^"]+)"/.exec(iframeForm)[1].replace(/&amp;/g, '&');
  // The snippets work: the iframe's link, and the script form pasted into a page.
  const framed = await site.browser.newPage();
  await framed.goto(src);
  await framed.waitForFunction(() => customElements.get('loopscope-playground') && document.querySelector('loopscope-playground'));
  assert.equal(await framed.evaluate(() => document.querySelector('loopscope-playground').code), program);
  await framed.close();
  const pasted = await openPage('test/pasted.html', scriptForm);
  const code = await pasted.page.evaluate(async () => {
    await customElements.whenDefined('loopscope-playground');
    return document.querySelector('loopscope-playground').code;
  });
  assert.equal(code, program);
  await pasted.page.close();
  await page.close();
});

test('engines of widgets long out of view are released, and come back in view', async () => {
  const spacer = '<div style="height: 900px"></div>';
  const ids = Array.from({ length: 8 }, (_, i) => `w${i}`);
  const { page, errors } = await openPage('test/many.html',
    ids.map((id) => `${widget(id, `print("${id}")`, 'autorun height="200"')}${spacer}`).join(''),
    { viewport: { width: 900, height: 500 } });
  const live = () => page.evaluate(() => [...document.querySelectorAll('loopscope-playground')].filter((w) => w.engine).length);
  let most = 0;
  for (const id of ids) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await page.waitForFunction((i) => document.getElementById(i).lastRc === 0, id, { timeout: 30000 });
    most = Math.max(most, await live());
  }
  assert.ok(most <= 6, `${most} engines at once`);
  // Every widget ran with its own output, and the first one (released) still shows it.
  for (const id of ids) assert.equal(await page.evaluate((i) => document.getElementById(i).output, id), `${id}\n`);
  assert.equal(await page.evaluate(() => Boolean(document.getElementById('w0').engine)), false);
  await page.locator('#w0').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.getElementById('w0').engine, null, { timeout: 30000 });
  const rc = await page.evaluate(async () => {
    const w = document.getElementById('w0');
    w.code = 'print("again")';
    return [await w.run(), w.output];
  });
  assert.deepEqual(rc, [0, 'again\n']);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a deterministic computation out of view is held at its next host turn', async () => {
  const spacer = '<div style="height: 3000px">spacer</div>';
  const busy = 'i = 0\nwhile True:\n    i += 1\n    if i % 20000 == 0:\n        print(i)';
  const { page, errors } = await openPage('test/hold.html', `${widget('busy', busy, 'autorun')}${spacer}`,
    { viewport: { width: 1000, height: 700 } });
  const lines = () => page.evaluate(() => document.getElementById('busy').output.split('\n').length);
  await page.waitForFunction(() => document.getElementById('busy').output.split('\n').length > 3, null, { timeout: 30000 });
  await page.evaluate(() => window.scrollTo(0, 2500));
  await page.waitForTimeout(300);
  const held = await lines();
  await page.waitForTimeout(1000);
  assert.equal(await lines(), held, 'the computation went on out of view');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForFunction((n) => document.getElementById('busy').output.split('\n').length > n + 2, held, { timeout: 10000 });
  const rc = await page.evaluate(async () => {
    const w = document.getElementById('busy');
    w.stop();
    return new Promise((done) => w.addEventListener('done', (e) => done(e.detail.exitCode), { once: true }));
  });
  assert.equal(rc, 130);
  assert.deepEqual(errors, []);
  await page.close();
});
