// Suite "web" of scripts/bench.sh: the playground page against Pyodide (npm pyodide,
// loaded the way its console page loads it), both served from this machine, in
// Debian's headless Chromium. Merges its records into build/bench/results.json.
//
//   page_bytes_gzip: bytes sent for a page load, every response gzip -9 compressed by
//     the bench server (as a static host with compression would); targets < 800 KB.
//     The headline is what Chromium loads (the JSPI engine); impl loopscope_asyncify
//     is the same page with the fallback engine (?engine=asyncify), what browsers
//     without JSPI load (web/src/widget/engine_flavour.js).
//   navigation_to_ready_ms: navigation start to a usable page (window.loopscope's
//     readyMs: the program is shown in an editor that takes typing, and Run works;
//     pyodideReadyMs); target < 400 ms. Median of --repeat loads, each in a fresh
//     browser context (cold cache). The playground's CodeMirror (highlighting, error
//     marks) replaces its plain editor after ready: navigation_to_codemirror_ms.
//   frame_cpu_ms: the timeline's frame (model update, ImGui, GL submission) measured
//     in the page by the wasm itself, with a program's 10k tasks and ~200k spans
//     recorded; median of 120 frames; target < 8 ms (no peer draws a timeline: the
//     ratio is against an empty timeline's frame in the same run).
//   cpu_loop_ms: a deterministic run of a pure-Python loop in the page, on each engine
//     (Asyncify's instrumentation slows code; JSPI's should not): median of 3 runs.
//   sleep_wake_error_ms: in real-time mode, how far from 0.5 s each `await
//     asyncio.sleep(0.5)` really took (time.perf_counter around it, the page's clock);
//     median of the absolute errors of 10 sleeps; target < 5 ms. Peer: the same
//     coroutine on Pyodide's browser event loop (its webloop, setTimeout-based).
//   sleep_wake_frames_drawn: frames the timeline drew per second meanwhile (it must
//     stay live; frames that would overlap a wake-up are held back, ui/frame_pacing.h).
// Usage: node tests/bench/run_web_bench.mjs [--quick] [--repeat N]
import { createServer } from 'node:http';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';

const ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const SITE = process.env.LOOPSCOPE_SITE ?? join(ROOT, 'build/wasm/site');
// playwright-core from web/node_modules (scripts/setup.sh installs it there).
const { chromium } = createRequire(join(ROOT, 'web/package.json'))('playwright-core');

// Debian's Chromium with the flags of tests/web/browser.mjs (../shared/TOOLCHAIN.md).
function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
      '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const repeatArg = args.indexOf('--repeat');
const repeat = repeatArg >= 0 ? Number(args[repeatArg + 1]) : quick ? 3 : 5;
const PYODIDE = join(ROOT, 'tests/bench/web/node_modules/pyodide');
const PYODIDE_PAGE = join(ROOT, 'tests/bench/web/pyodide_page.html');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.mjs': 'text/javascript', '.js': 'text/javascript',
  '.wasm': 'application/wasm', '.json': 'application/json', '.zip': 'application/zip',
};

// Serves the site at / and Pyodide at /pyodide/ (its page at /pyodide.html), gzip -9
// compressed, counting the bytes sent.
async function serve() {
  const cache = new Map();
  let sent = 0;
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file;
    if (path === '/pyodide.html') file = PYODIDE_PAGE;
    else if (path.startsWith('/pyodide/')) file = join(PYODIDE, path.slice('/pyodide/'.length));
    else file = join(SITE, path.endsWith('/') ? path + 'index.html' : path);
    try {
      if (!cache.has(file)) cache.set(file, gzipSync(await readFile(file), { level: 9 }));
      const body = cache.get(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-encoding': 'gzip', 'cache-control': 'no-store' });
      res.end(body);
      sent += body.length;
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    takeSent() { const n = sent; sent = 0; return n; },
    close: () => new Promise((ok) => server.close(ok)),
  };
}

// One cold load in a fresh context; nothing may come from another host.
async function load(browser, server, path, readyExpr) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 760 } });
  await context.route('**/*', (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
  const page = await context.newPage();
  server.takeSent();
  await page.goto(server.url + path);
  await page.waitForFunction(readyExpr, null, { timeout: 120000 });
  const readyMs = await page.evaluate(readyExpr);
  await page.evaluate(() => window.loopscope?.editorReady);  // CodeMirror, loaded after ready, counts too
  await page.waitForTimeout(200);  // late requests still count
  const bytes = server.takeSent();
  return { page, context, readyMs, bytes };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Median frame CPU time over `n` frames, as the wasm measured them.
async function frameMs(page, n) {
  return page.evaluate(async (count) => {
    const m = window.loopscope.module;
    // The page skips frames that would draw what the canvas already shows; the figure
    // is the cost of a frame that is drawn.
    m.loopscopeAlwaysDraw = true;
    const times = [];
    let last = m.loopscopeFrames;
    while (times.length < count) {
      await new Promise((ok) => requestAnimationFrame(ok));
      if (m.loopscopeFrames !== last) { last = m.loopscopeFrames; times.push(m.loopscopeFrameMs); }
    }
    m.loopscopeAlwaysDraw = false;
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)];
  }, n);
}

// Median milliseconds of 3 deterministic runs of a pure-Python loop (the VM's dispatch,
// integer arithmetic, a function call per iteration) on the page's engine.
const CPU_LOOP = `def step(total, i):
    return (total + i * 7) % 1000003

total = 0
for i in range(${quick ? 300000 : 1000000}):
    total = step(total, i)
print(total)
`;

async function cpuLoopMs(page) {
  const times = [];
  for (let i = 0; i < 3; i++) {
    const r = await page.evaluate(async (code) => {
      const { editor, run, output } = window.loopscope;
      editor.code = code;
      document.getElementById('mode').value = 'virtual';
      const t0 = performance.now();
      const rc = await run();
      return { rc, ms: performance.now() - t0, stderr: output.text('stderr') };
    }, CPU_LOOP);
    if (r.rc !== 0) throw new Error(`the CPU loop failed: ${JSON.stringify(r)}`);
    times.push(r.ms);
  }
  return median(times);
}

// Real-time wake-ups: the error of each asyncio.sleep(0.5), in ms. The same coroutine
// runs on our page (asyncio.run, real-time mode) and on Pyodide (awaited at top level:
// Pyodide's loop cannot block in asyncio.run).
const SLEEPS = quick ? 4 : 10;
const WAKE_CORO = `import asyncio, time

async def wake_errors(n):
    errors = []
    for i in range(n):
        t0 = time.perf_counter()
        await asyncio.sleep(0.5)
        errors.append((time.perf_counter() - t0 - 0.5) * 1000)
    return errors
`;

async function wakeErrorsOurs(page) {
  const r = await page.evaluate(async (code) => {
    const { editor, run, output } = window.loopscope;
    // After the start-up work that follows ready (CodeMirror, the timeline's GL set-up),
    // which delays any timer of the page, plain setTimeout too.
    await window.loopscope.editorReady;
    await new Promise((ok) => setTimeout(ok, 1000));
    editor.code = code;
    document.getElementById('mode').value = 'real';
    const m = window.loopscope.module, drawn = m.loopscopeFramesDrawn, t0 = performance.now();
    const rc = await run();
    const framesPerSecond = (m.loopscopeFramesDrawn - drawn) / ((performance.now() - t0) / 1000);
    document.getElementById('mode').value = 'virtual';
    return { rc, stdout: output.text('stdout'), stderr: output.text('stderr'), framesPerSecond };
  }, `${WAKE_CORO}\nfor e in asyncio.run(wake_errors(${SLEEPS})):\n    print(e)\n`);
  if (r.rc !== 0) throw new Error(`the wake-up program failed: ${JSON.stringify(r)}`);
  // The timeline must stay live meanwhile: the frames it drew per second of the run.
  return { errors: r.stdout.trim().split('\n').map(Number), framesPerSecond: r.framesPerSecond };
}

async function wakeErrorsPyodide(page) {
  return page.evaluate(async (code) => {
    const pyodide = window.pyodide;
    const errors = await pyodide.runPythonAsync(code);
    return errors.toJs();
  }, `${WAKE_CORO}\nawait wake_errors(${SLEEPS})\n`);
}

const medianAbs = (xs) => median(xs.map(Math.abs));

// 10k tasks, each sleeping ten times: about 2 spans per sleep, ~200k spans.
const MANY_TASKS = `import asyncio

async def worker(i):
    for k in range(10):
        await asyncio.sleep(0.001 * ((i * 7 + k * 13) % 50 + 1))

async def main():
    await asyncio.gather(*(worker(i) for i in range(${quick ? 2000 : 10000})))
    print("done")

asyncio.run(main())
`;

async function main() {
  if (!existsSync(join(SITE, 'index.html'))) throw new Error(`no site in ${SITE}: build the wasm preset's site target`);
  if (!existsSync(join(PYODIDE, 'pyodide.mjs'))) throw new Error(`no Pyodide in ${PYODIDE}: npm ci in tests/bench/web`);
  const server = await serve();
  const browser = await launch();
  const figures = { loopscope: { bytes: [], ready: [] }, loopscope_asyncify: { bytes: [], ready: [] },
    pyodide: { bytes: [], ready: [] } };
  const codeMirror = [];
  for (let i = 0; i < repeat; i++) {
    for (const [impl, path, expr] of [['loopscope', '', 'window.loopscope?.readyMs'],
      ['loopscope_asyncify', '?engine=asyncify', 'window.loopscope?.readyMs'],
      ['pyodide', 'pyodide.html', 'window.pyodideReadyMs']]) {
      const r = await load(browser, server, path, expr);
      figures[impl].bytes.push(r.bytes);
      figures[impl].ready.push(r.readyMs);
      if (impl === 'loopscope') {
        codeMirror.push(await r.page.evaluate(async () => {
          await window.loopscope.editorReady;
          return performance.getEntriesByName('playground:codemirror')[0]?.startTime ?? NaN;
        }));
      }
      await r.context.close();
    }
  }

  // CPU: the same pure-Python loop on each engine.
  const cpu = {};
  for (const [impl, path] of [['loopscope', ''], ['loopscope_asyncify', '?engine=asyncify']]) {
    const loaded = await load(browser, server, path, 'window.loopscope?.readyMs');
    cpu[impl] = await cpuLoopMs(loaded.page);
    await loaded.context.close();
  }

  // Real-time wake-ups: ours, then Pyodide's.
  const wake = {};
  {
    const loaded = await load(browser, server, '', 'window.loopscope?.readyMs');
    ({ errors: wake.loopscope, framesPerSecond: wake.framesPerSecond } = await wakeErrorsOurs(loaded.page));
    await loaded.context.close();
    const peerPage = await load(browser, server, 'pyodide.html', 'window.pyodideReadyMs');
    wake.pyodide = await wakeErrorsPyodide(peerPage.page);
    await peerPage.context.close();
  }
  if (wake.loopscope.length !== SLEEPS || wake.loopscope.some(Number.isNaN)) throw new Error(`wake-up errors: ${wake.loopscope}`);

  // Frames: an empty timeline, then the 10k-task program's recorded run.
  const { page, context } = await load(browser, server, '', 'window.loopscope?.readyMs');
  const emptyMs = await frameMs(page, 60);
  const run = await page.evaluate(async (code) => {
    const { editor, run, output, module } = window.loopscope;
    editor.code = code;
    document.getElementById('mode').value = 'virtual';
    const t0 = performance.now();
    const rc = await run();
    return { rc, seconds: (performance.now() - t0) / 1000, stdout: output.text('stdout') };
  }, MANY_TASKS);
  if (run.rc !== 0 || run.stdout !== 'done\n') throw new Error(`the 10k-task program failed: ${JSON.stringify(run)}`);
  const spans = await page.evaluate(() => window.loopscope.module.ccall('loopscope_span_count', 'number', [], []));
  const fullMs = await frameMs(page, 120);
  await context.close();
  await browser.close();
  await server.close();

  const ours = { bytes: median(figures.loopscope.bytes), ready: median(figures.loopscope.ready) };
  const peer = { bytes: median(figures.pyodide.bytes), ready: median(figures.pyodide.ready) };
  const fallback = { bytes: median(figures.loopscope_asyncify.bytes), ready: median(figures.loopscope_asyncify.ready) };
  const kb = (b) => `${(b / 1024).toFixed(0)} KB`;
  const verdict = (ok) => (ok ? 'met' : 'NOT met');
  console.log(`\nWeb benchmarks (median of ${repeat} cold loads; ratio = peer / loopscope)`);
  console.log(`page bytes (gzip)      loopscope ${kb(ours.bytes)}, pyodide ${kb(peer.bytes)}: ${(peer.bytes / ours.bytes).toFixed(1)}x   target < 800 KB ${verdict(ours.bytes < 800 * 1024)}`);
  console.log(`navigation to ready    loopscope ${ours.ready.toFixed(0)} ms, pyodide ${peer.ready.toFixed(0)} ms: ${(peer.ready / ours.ready).toFixed(1)}x   target < 400 ms ${verdict(ours.ready < 400)}`);
  console.log(`CodeMirror in           loopscope ${median(codeMirror).toFixed(0)} ms (the plain editor takes typing from ready)`);
  console.log(`fallback engine page    ${kb(fallback.bytes)}, navigation to ready ${fallback.ready.toFixed(0)} ms (?engine=asyncify, browsers without JSPI)   ` +
    `targets < 800 KB ${verdict(fallback.bytes < 800 * 1024)}, < 400 ms ${verdict(fallback.ready < 400)}`);
  console.log(`CPU loop in the page   JSPI engine ${cpu.loopscope.toFixed(0)} ms, Asyncify engine ${cpu.loopscope_asyncify.toFixed(0)} ms: ${(cpu.loopscope_asyncify / cpu.loopscope).toFixed(2)}x`);
  const wakeOurs = medianAbs(wake.loopscope);
  const wakePeer = medianAbs(wake.pyodide);
  console.log(`sleep(0.5) wake error   loopscope ${wakeOurs.toFixed(2)} ms, pyodide ${wakePeer.toFixed(2)} ms (median of ${SLEEPS}, real time; the timeline drew ${wake.framesPerSecond.toFixed(0)} frames/s meanwhile)   target < 5 ms ${verdict(wakeOurs < 5)}`);
  console.log(`frame CPU, ${spans} spans  ${fullMs.toFixed(2)} ms (empty timeline ${emptyMs.toFixed(2)} ms: ${(fullMs / Math.max(emptyMs, 0.01)).toFixed(1)}x)   target < 8 ms ${verdict(fullMs < 8)}`);
  console.log(`(the ${quick ? '2k' : '10k'}-task program ran in ${run.seconds.toFixed(2)} s in the page)`);

  const records = [
    { suite: 'web', workload: 'page_bytes_gzip', impl: 'loopscope', metric: 'bytes', value: ours.bytes },
    { suite: 'web', workload: 'page_bytes_gzip', impl: 'pyodide', metric: 'bytes', value: peer.bytes },
    { suite: 'web', workload: 'page_bytes_gzip', impl: 'loopscope_asyncify', metric: 'bytes', value: fallback.bytes },
    { suite: 'web', workload: 'navigation_to_ready', impl: 'loopscope_asyncify', metric: 'ms', value: fallback.ready },
    { suite: 'web', workload: 'cpu_loop', impl: 'loopscope', metric: 'ms', value: cpu.loopscope },
    { suite: 'web', workload: 'cpu_loop', impl: 'loopscope_asyncify', metric: 'ms', value: cpu.loopscope_asyncify },
    { suite: 'web', workload: 'navigation_to_ready', impl: 'loopscope', metric: 'ms', value: ours.ready },
    { suite: 'web', workload: 'navigation_to_ready', impl: 'pyodide', metric: 'ms', value: peer.ready },
    { suite: 'web', workload: 'navigation_to_codemirror', impl: 'loopscope', metric: 'ms', value: median(codeMirror) },
    { suite: 'web', workload: `frame_cpu_${spans}_spans`, impl: 'loopscope', metric: 'ms', value: fullMs },
    { suite: 'web', workload: 'frame_cpu_empty', impl: 'loopscope', metric: 'ms', value: emptyMs },
    { suite: 'web', workload: 'sleep_wake_error', impl: 'loopscope', metric: 'ms', value: wakeOurs },
    { suite: 'web', workload: 'sleep_wake_error', impl: 'pyodide', metric: 'ms', value: wakePeer },
    { suite: 'web', workload: 'sleep_wake_frames_drawn', impl: 'loopscope', metric: 'frames_per_s', value: wake.framesPerSecond },
  ];
  const outDir = join(ROOT, 'build/bench');
  await mkdir(outDir, { recursive: true });
  const path = join(outDir, 'results.json');
  let kept = [];
  if (existsSync(path)) kept = JSON.parse(await readFile(path, 'utf8')).filter((r) => r.suite !== 'web');
  await writeFile(path, JSON.stringify([...kept, ...records], null, 1));
  console.log(`\nwrote ${records.length} records to build/bench/results.json`);
}

await main();
