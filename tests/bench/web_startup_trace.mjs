// Where the playground's navigation-to-ready goes: one cold load under a Chromium
// performance trace (CDP), printing the page's resource timings and the main
// thread's long slices (script evaluation, wasm compile and instantiation, GPU set-up)
// relative to navigation start, with playground.js's start-up marks and
// window.loopscope.readyMs. A diagnostic for issue #4's navigation-to-ready figure
// (run_web_bench.mjs measures it); not part of scripts/test.sh or scripts/bench.sh.
//   node --import ./build/node-hooks/register.mjs tests/bench/web_startup_trace.mjs [--runs N]
//   (the resolve hook scripts/test.sh makes, as for tests/web; site: LOOPSCOPE_SITE or build/wasm/site)
// The browser tests' static server and Chromium launch (tests/web/browser.mjs); each run
// opens a fresh browser context, so every load is cold.
import { serve, launch } from '../web/browser.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 1;
const server = await serve();
const browser = await launch();
for (let r = 0; r < runs; r++) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 760 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,v8.wasm,blink.user_timing,loading', transferMode: 'ReportEvents' });
  await page.goto(server.url);
  await page.waitForFunction('window.loopscope?.readyMs', null, { timeout: 60000 });
  const info = await page.evaluate(() => ({
    ready: window.loopscope.readyMs,
    document: ((n) => ['responseStart', 'responseEnd', 'domInteractive', 'domContentLoadedEventEnd']
      .map((k) => `${k} ${Math.round(n[k])}`).join(', '))(performance.getEntriesByType('navigation')[0]),
    resources: performance.getEntriesByType('resource').map((e) => [e.name.split('/').pop(), Math.round(e.startTime), Math.round(e.responseEnd)]),
    marks: performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]),
  }));
  await cdp.send('Tracing.end');
  await done;
  // Navigation start in trace time: the first navigationStart mark of the main frame.
  const nav = events.find((e) => e.name === 'navigationStart')?.ts ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  const rendererMain = new Map();
  for (const e of events) if (e.name === 'thread_name' && e.args?.name === 'CrRendererMain') rendererMain.set(`${e.pid}:${e.tid}`, true);
  // The wasm's streaming compile runs partly on worker threads (validation) and its
  // first calls compile lazily on the main thread: both are shown too.
  const wasmWork = events.filter((e) => e.ph === 'X' && e.name.startsWith('wasm.') && e.dur >= 1000 && e.ts >= nav && (e.ts - nav) / 1000 < info.ready && !rendererMain.has(`${e.pid}:${e.tid}`));
  const lazy = events.filter((e) => e.name === 'wasm.CompileLazy' && e.ts >= nav && (e.ts - nav) / 1000 < info.ready);
  const slices = events.filter((e) => e.ph === 'X' && rendererMain.has(`${e.pid}:${e.tid}`) && e.dur >= 3000 && e.ts >= nav)
    .map((e) => ({ start: (e.ts - nav) / 1000, dur: e.dur / 1000, name: e.name, detail: e.args?.data?.url?.split('/').pop() ?? e.args?.data?.functionName ?? '' }))
    .sort((a, b) => a.start - b.start);
  console.log(`\nload ${r + 1}: ready at ${info.ready.toFixed(0)} ms`);
  console.log('document:', info.document);
  console.log(`lazy wasm compiles before ready: ${lazy.length}, ${(lazy.reduce((a, e) => a + (e.dur ?? 0), 0) / 1000).toFixed(1)} ms`);
  for (const e of wasmWork) console.log(`  ${((e.ts - nav) / 1000).toFixed(0).padStart(5)} +${(e.dur / 1000).toFixed(0).padStart(4)} ms  (worker) ${e.name}`);
  console.log('resources (start, end):', info.resources.map((x) => x.join(' ')).join('; '));
  if (info.marks.length) console.log('marks:', info.marks.map((x) => x.join(' ')).join('; '));
  const top = slices.filter((s) => !slices.some((o) => o !== s && o.start <= s.start && o.start + o.dur >= s.start + s.dur && o.dur > s.dur));
  for (const s of top) console.log(`  ${s.start.toFixed(0).padStart(5)} +${s.dur.toFixed(0).padStart(4)} ms  ${s.name} ${s.detail}`);
  await context.close();
}
await browser.close();
await server.close();
