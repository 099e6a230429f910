// Suite "web" of scripts/bench.sh, the widget's part: the tutorial page with its 12
// widgets (build/wasm/site/tutorial/) in Debian's headless Chromium, against the
// playground page (one engine) measured the same way in the same run. Merges its
// records into build/bench/results.json (keeping the suite's other workloads).
//
//   first_widget_ready_ms: navigation start to the first widget's engine being ready
//     (its Run works), the page opened at its first example; fresh browser context
//     each time (cold cache); median of --repeat. Target < 1000 ms. Peer: the
//     playground page's navigation to ready.
//   memory_mb: what the page adds to the browser's memory (PSS of every Chromium
//     process, after a garbage collection, minus the same browser on about:blank),
//     once every widget has been scrolled into view and run. Target < 150 MB. Peer:
//     the playground page after one run. Median of three browsers.
//   further_widget_bytes: bytes received while the 2nd to 12th widgets start, per
//     widget (target: no second wasm download: wasm_downloads must be 1). Peer: the
//     bytes received up to the first widget's ready.
// Usage: node tests/bench/run_widget_bench.mjs [--quick] [--repeat N]
import { createServer } from 'node:http';
import { readFile, writeFile, mkdir, readdir } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { createRequire } from 'node:module';

const ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const SITE = join(ROOT, 'build/wasm/site');
// playwright-core from web/node_modules (scripts/setup.sh installs it there).
const { chromium } = createRequire(join(ROOT, 'web/package.json'))('playwright-core');

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const repeatArg = args.indexOf('--repeat');
const repeat = repeatArg >= 0 ? Number(args[repeatArg + 1]) : quick ? 3 : 5;

// Debian's Chromium with the flags of tests/web/browser.mjs (../shared/TOOLCHAIN.md).
// Each browser carries a marker switch (Chromium ignores it) to find its processes.
let launched = 0;
function launch() {
  const marker = `--loopscope-bench=${process.pid}-${++launched}`;
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [marker, '--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
      '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.mjs': 'text/javascript', '.js': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css',
};

async function serve() {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(SITE, path.endsWith('/') ? path + 'index.html' : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Every widget's 'ready' time (ms since navigation start), recorded by the page.
const recordReady = () => {
  window.widgetReady = [];
  document.addEventListener('ready', () => window.widgetReady.push(performance.now()), { capture: true });
};

async function firstWidgetReady(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(recordReady);
  await page.goto(`${url}tutorial/#example-1`);
  await page.waitForFunction(() => window.widgetReady.length > 0, null, { timeout: 30000 });
  const ms = await page.evaluate(() => window.widgetReady[0]);
  await context.close();
  return ms;
}

async function playgroundReady(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.loopscope !== undefined, null, { timeout: 30000 });
  const ms = await page.evaluate(() => performance.now());
  await context.close();
  return ms;
}

// PSS (MB) of the browser and all its descendant processes.
async function browserPssMb() {
  const marker = `--loopscope-bench=${process.pid}-${launched}`;
  const parents = new Map();
  const tree = new Set();
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = await readFile(`/proc/${name}/stat`, 'utf8');
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      if ((await readFile(`/proc/${name}/cmdline`, 'utf8')).split('\0').includes(marker)) tree.add(Number(name));
    } catch { /* gone */ }
  }
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of parents) if (!tree.has(pid) && tree.has(ppid)) { tree.add(pid); grew = true; }
  }
  let kb = 0;
  const parts = [];
  for (const pid of tree) {
    try {
      const pss = Number(/^Pss:\s+(\d+)/m.exec(await readFile(`/proc/${pid}/smaps_rollup`, 'utf8'))[1]);
      const type = /--type=([\w-]+)/.exec(await readFile(`/proc/${pid}/cmdline`, 'utf8'))?.[1] ?? 'browser';
      parts.push(`${type} ${(pss / 1024).toFixed(0)}`);
      kb += pss;
    } catch { /* gone */ }
  }
  if (process.env.BENCH_VERBOSE) console.log(`  PSS MB by process: ${parts.join(', ')}`);
  return kb / 1024;
}

async function settle(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await page.waitForTimeout(1500);
}

// Memory the page adds, and the bytes of its widgets: every widget scrolled into view
// and run, one after the other.
async function tutorialMemoryAndBytes(url) {
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto('about:blank');
  await settle(page);
  const base = await browserPssMb();
  let bytes = 0;
  let wasmDownloads = 0;
  page.on('requestfinished', async (req) => {
    if (req.url().endsWith('.wasm')) wasmDownloads++;
    const sizes = await req.sizes().catch(() => null);
    if (sizes) bytes += sizes.responseBodySize + sizes.responseHeadersSize;
  });
  await page.addInitScript(recordReady);
  await page.goto(`${url}tutorial/`);
  const count = await page.locator('loopscope-playground').count();
  let bytesAtFirst = 0;
  for (let i = 0; i < count; i++) {
    const widget = page.locator('loopscope-playground').nth(i);
    await widget.scrollIntoViewIfNeeded();
    await page.waitForFunction((n) => window.widgetReady.length > n, i, { timeout: 30000 });
    if (i === 0) { await page.waitForTimeout(300); bytesAtFirst = bytes; }
    await page.evaluate((n) => document.querySelectorAll('loopscope-playground')[n].run(), i);
  }
  await page.waitForTimeout(500);
  const further = (bytes - bytesAtFirst) / (count - 1);
  const wasmHeapMb = await page.evaluate(() => [...document.querySelectorAll('loopscope-playground')]
    .reduce((sum, w) => sum + (w.engine?.module.HEAPU8.length ?? 0), 0) / 2 ** 20);
  await settle(page);
  const memory = await browserPssMb() - base;
  await browser.close();
  return { count, memory, further, bytesAtFirst, wasmDownloads, wasmHeapMb };
}

async function playgroundMemory(url) {
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto('about:blank');
  await settle(page);
  const base = await browserPssMb();
  await page.goto(url);
  await page.waitForFunction(() => window.loopscope !== undefined, null, { timeout: 30000 });
  await page.evaluate(() => window.loopscope.run());
  await settle(page);
  const memory = await browserPssMb() - base;
  await browser.close();
  return memory;
}

const server = await serve();
const browser = await launch();
const widgetMs = [];
const pageMs = [];
for (let i = 0; i < repeat; i++) {
  widgetMs.push(await firstWidgetReady(browser, server.url));
  pageMs.push(await playgroundReady(browser, server.url));
}
await browser.close();
// Memory by process differences is noisy (Chromium keeps spare renderers, GC timing):
// the median of three fresh browsers (one with --quick).
const memoryRuns = quick ? 1 : 3;
const tutorialRuns = [];
const playgroundRuns = [];
for (let i = 0; i < memoryRuns; i++) {
  tutorialRuns.push(await tutorialMemoryAndBytes(server.url));
  playgroundRuns.push(await playgroundMemory(server.url));
}
const tutorial = { ...tutorialRuns[0], memory: median(tutorialRuns.map((r) => r.memory)) };
const playgroundMb = median(playgroundRuns);
await server.close();

const ready = median(widgetMs);
const peerReady = median(pageMs);
const rows = [
  ['first_widget_ready_ms', ready, peerReady, 'ms', 1000],
  ['memory_mb', tutorial.memory, playgroundMb, 'MB', 150],
  ['further_widget_bytes', tutorial.further, tutorial.bytesAtFirst, 'bytes', null],
];
console.log(`web (widget): the tutorial page's ${tutorial.count} widgets; peer: the playground page (one engine)`);
for (const [name, ours, peer, unit, target] of rows) {
  const ratio = peer ? (ours / peer).toFixed(3) : '-';
  const verdict = target === null ? '' : ours < target ? `  (target < ${target}: met)` : `  (target < ${target}: MISSED)`;
  console.log(`  ${name.padEnd(24)} ${ours.toFixed(1).padStart(10)} ${unit}   peer ${peer.toFixed(1).padStart(10)}   ratio ${ratio}${verdict}`);
}
console.log(`  wasm downloads: ${tutorial.wasmDownloads} (target 1); wasm memory of the ${tutorial.count} instances: ${tutorial.wasmHeapMb.toFixed(0)} MB`);

const records = [
  { suite: 'web', workload: 'tutorial_first_widget_ready', impl: 'loopscope', metric: 'ms', value: ready },
  { suite: 'web', workload: 'tutorial_first_widget_ready', impl: 'playground_page', metric: 'ms', value: peerReady },
  { suite: 'web', workload: 'tutorial_12_widgets_memory', impl: 'loopscope', metric: 'MB', value: tutorial.memory },
  { suite: 'web', workload: 'tutorial_12_widgets_memory', impl: 'playground_page', metric: 'MB', value: playgroundMb },
  { suite: 'web', workload: 'tutorial_further_widget_bytes', impl: 'loopscope', metric: 'bytes', value: tutorial.further },
  { suite: 'web', workload: 'tutorial_first_widget_bytes', impl: 'loopscope', metric: 'bytes', value: tutorial.bytesAtFirst },
  { suite: 'web', workload: 'tutorial_wasm_downloads', impl: 'loopscope', metric: 'count', value: tutorial.wasmDownloads },
];
const mine = new Set(records.map((r) => r.workload));
const out = join(ROOT, 'build/bench');
await mkdir(out, { recursive: true });
const path = join(out, 'results.json');
let kept = [];
try {
  kept = JSON.parse(await readFile(path, 'utf8')).filter((r) => !(r.suite === 'web' && mine.has(r.workload)));
} catch { /* first run */ }
await writeFile(path, JSON.stringify([...kept, ...records], null, 1));
