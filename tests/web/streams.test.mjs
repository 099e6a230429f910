// asyncio streams in the page, on both engines: the in-memory network
// (core/lang/pylib/_asyncio_streams.py) in deterministic mode gives the oracle's
// output for the streams demo; in real time a server serves clients while the page
// draws, a run stopped while its server serves forever leaves nothing behind (the
// next run binds the same port), and a client of an unknown host fails as on a
// machine without a network.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, serveSiteToBrowser, runProgram, describeEachEngine } from './browser.mjs';

const site = serveSiteToBrowser();  // site.server, site.browser

const DEMO = 'tests/lang/golden/demo_echo_server.py';

// A server that answers each line with its length after `delay` seconds, and two
// clients; real time, so the sleeps take real milliseconds while the page draws.
const REAL_TIME = `
import asyncio, time

async def handle(reader, writer):
    async for line in reader:
        await asyncio.sleep(0.1)
        writer.write(str(len(line.strip())).encode() + b'\\n')
    writer.close()

async def client(words):
    reader, writer = await asyncio.open_connection('127.0.0.1', 7000)
    sizes = []
    for w in words:
        writer.write(w.encode() + b'\\n')
        sizes.append(int(await reader.readline()))
    writer.close()
    await writer.wait_closed()
    return sizes

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 7000)
    t0 = time.monotonic()
    async with server:
        print(await asyncio.gather(client(['a', 'bb', 'ccc']), client(['dddd'])))
    print('took at least 0.3 s:', time.monotonic() - t0 >= 0.3)

asyncio.run(main())
`;

const SERVE_FOREVER = `
import asyncio

async def main():
    server = await asyncio.start_server(lambda r, w: None, '127.0.0.1', 7001)
    print('serving', flush=True)
    await server.serve_forever()

asyncio.run(main())
`;

const SAME_PORT = `
import asyncio

async def main():
    server = await asyncio.start_server(lambda r, w: None, '127.0.0.1', 7001)
    print('bound again', [s.getsockname() for s in server.sockets])
    server.close()
    try:
        await asyncio.open_connection('example.com', 80)
    except OSError as e:
        print(type(e).__name__, e)

asyncio.run(main())
`;

describeEachEngine(site, (engine, page, errors) => {
  test('the streams demo prints the golden output', async () => {
    const golden = await readFile(join(ROOT, DEMO.replace(/\.py$/, '.stdout')), 'utf8');
    const r = await runProgram(page(), await readFile(join(ROOT, DEMO), 'utf8'), 'virtual');
    assert.equal(r.rc, 0, r.stderr);
    assert.equal(r.stdout, golden);
  });

  test('in real time a server answers two clients while the page draws', async () => {
    const r = await runProgram(page(), REAL_TIME, 'real');
    assert.equal(r.rc, 0, r.stderr);
    assert.equal(r.stdout, '[[1, 2, 3], [4]]\ntook at least 0.3 s: True\n');
    assert.ok(r.frames >= 3, `${r.frames} frames drawn in ${r.ms} ms`);
  });

  test('a run stopped while serving forever frees its port for the next run', async () => {
    const stopped = await page().evaluate(async (code) => {
      const { editor, output, run, stop } = window.loopscope;
      editor.code = code;
      document.getElementById('mode').value = 'real';
      const running = run();
      while (!output.text('stdout').includes('serving')) await new Promise((r) => setTimeout(r, 20));
      stop();
      await running;
      return output.text('stdout');
    }, SERVE_FOREVER);
    assert.equal(stopped, 'serving\n');
    const r = await runProgram(page(), SAME_PORT, 'virtual');
    assert.equal(r.stdout, "bound again [('127.0.0.1', 7001)]\ngaierror [Errno -3] Temporary failure in name resolution\n");
    assert.deepEqual(errors, []);
  });
});
