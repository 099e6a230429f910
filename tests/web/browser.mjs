// Shared by the browser tests: a static server for the staged site (build/wasm/site)
// with the right MIME types, and headless Chromium (Debian's, through playwright-core)
// with the flags from ../shared/TOOLCHAIN.md. Paths come from scripts/test.sh's env.
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const ROOT = process.env.LOOPSCOPE_ROOT ?? resolve(new URL('../..', import.meta.url).pathname);
export const SITE = process.env.LOOPSCOPE_SITE ?? join(ROOT, 'build/wasm/site');
export const SHOTS = join(ROOT, 'build/web-screenshots');
const CHROMIUM = process.env.LOOPSCOPE_CHROMIUM ?? '/usr/bin/chromium';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.mjs': 'text/javascript', '.js': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png',
};

// Serves `dir` on 127.0.0.1 at a free port; resolves to { url, close }.
export async function serve(dir = SITE) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? path + 'index.html' : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
      '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    // playwright gives each launch a fresh temporary profile (the --user-data-dir flag).
  });
}

// A suite's site server and browser, started before its first test and closed after
// its last: returns an object whose `server` and `browser` are set from then on.
export function serveSiteToBrowser() {
  const site = {};
  before(async () => {
    site.server = await serve();
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

export async function screenshot(page, name) {
  await mkdir(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

// A page of `browser` (or of a browser context) on the playground at `url`, ready to
// run (window.loopscope set); console errors and uncaught page errors are appended
// to `errors`.
// LOOPSCOPE_ENGINE=asyncify opens it with ?engine=asyncify (a URL without a query of
// its own): a whole suite on the fallback engine, by hand.
export async function openPlayground(browser, url, errors) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 760 } });
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(String(err)));
  const engine = process.env.LOOPSCOPE_ENGINE;
  await page.goto(engine && !url.includes('?') ? `${url}?engine=${encodeURIComponent(engine)}` : url);
  await page.waitForFunction(() => window.loopscope !== undefined, null, { timeout: 20000 });
  return page;
}

// Runs `code` in the playground on `page` in `mode`, presses Stop stopAfterMs later and
// waits for the run's end: the exit code, the milliseconds from Stop to the end, the
// seconds of the whole run, stderr and the status line.
export async function runAndStop(page, code, mode, stopAfterMs) {
  return page.evaluate(async ([source, m, after]) => {
    const { editor, output, run } = window.loopscope;
    editor.code = source;
    document.getElementById('mode').value = m;
    const t0 = performance.now();
    const done = run();
    await new Promise((r) => setTimeout(r, after));
    const s0 = performance.now();
    window.loopscope.stop();
    const rc = await done;
    return { rc, stopMs: performance.now() - s0, seconds: (performance.now() - t0) / 1000,
      stderr: output.text('stderr'), status: document.getElementById('status').textContent };
  }, [code, mode, stopAfterMs]);
}

// Starts an infinite loop in the playground, presses Stop half a second later and
// returns how many milliseconds the run took to end after Stop.
export async function stopInfiniteLoopMs(page) {
  return (await runAndStop(page, 'n = 0\nwhile True:\n    n += 1\n', 'virtual', 500)).stopMs;
}

// Runs `code` in the playground on `page` through its own controls, in `mode`
// ('virtual' or 'real'): the exit code, how long the run took, the frames the timeline
// drew meanwhile and the console's stdout, stderr and outcome line.
export async function runProgram(page, code, mode) {
  return page.evaluate(async ([source, m]) => {
    const { editor, output, run, module } = window.loopscope;
    editor.code = source;
    document.getElementById('mode').value = m;
    const frames = module.loopscopeFrames ?? 0;
    const t0 = performance.now();
    const rc = await run();
    return { rc, ms: performance.now() - t0, frames: (module.loopscopeFrames ?? 0) - frames,
      stdout: output.text('stdout'), stderr: output.text('stderr'), meta: output.text('meta') };
  }, [code, mode]);
}

// The page's two engines and the query that picks each (Chromium has JSPI: the
// default is the JSPI engine).
export const ENGINES = { jspi: '', asyncify: '?engine=asyncify' };

// A describe() per engine with the playground open on it in `site`'s browser:
// body(engine, page, errors), where page() is that engine's page once opened.
export function describeEachEngine(site, body) {
  for (const [engine, query] of Object.entries(ENGINES)) {
    describe(`the ${engine} engine`, () => {
      let page;
      const errors = [];
      before(async () => {
        page = await openPlayground(site.browser, site.server.url + query, errors);
        assert.equal(await page.evaluate(() => window.loopscope.module.loopscopeFlavour), engine);
      });
      after(() => page?.close());
      body(engine, () => page, errors);
    });
  }
}
