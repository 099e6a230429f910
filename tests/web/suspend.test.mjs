// A run suspends wherever it gives the page a turn: with JSPI (the default engine
// where the browser has it) the whole wasm stack between the promising export and the
// suspending import is kept, and it must contain no JS frame; with Asyncify (the
// fallback engine, ?engine=asyncify) only the functions Asyncify instruments are saved
// and restored (wasm/asyncify_remove.txt leaves some out to keep the download small).
// Each program here spends its time in Python code called from inside native code (a
// sort's key, __repr__ under print, map, a dict's __hash__ and __eq__, a generator
// consumed by str.join, an exception caught in a key function, time.sleep inside
// __repr__, __repr__ 15 levels deep), so host turns happen with those native frames on
// the stack. On both engines the page must keep drawing during the run and the output
// must equal CPython's for the same program (python3, run here).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { serveSiteToBrowser, runProgram, describeEachEngine } from './browser.mjs';

const site = serveSiteToBrowser();  // site.server, site.browser

// Each call computes for `ms` milliseconds of real time (the programs run in real-time
// mode), so a run lasts long enough for the page to draw frames on any machine: a
// fixed amount of work ran too fast on a quicker one (2 frames). What busy() returns
// does not depend on the time taken, so the output still equals CPython's.
const BUSY = `
import time
def busy(n, ms=30):
    end = time.perf_counter() + ms / 1000
    total = 0
    while time.perf_counter() < end:
        for i in range(100):
            total = (total + i * n) % 1000003
    return n * 7919 % 1000003
`;

const PROGRAMS = {
  sorted_key: `${BUSY}
print(sorted(range(8), key=lambda x: (busy(x) % 7, x)))
`,
  repr_in_print: `${BUSY}
class Slow:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Slow({busy(self.n, 60)})"
print([Slow(1), Slow(2)], Slow(3))
`,
  map_and_join: `${BUSY}
print(list(map(busy, [4, 5, 6])))
print("-".join(str(busy(n)) for n in (7, 8, 9)))
`,
  dict_hash_eq: `${BUSY}
class Key:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return busy(self.n, 10) % 3
    def __eq__(self, other):
        return busy(self.n, 10) == busy(other.n, 10)
d = {Key(n): n for n in range(6)}
print(sorted(d.values()), d[Key(4)])
`,
  except_in_key: `${BUSY}
def key(x):
    try:
        if busy(x) % 2:
            raise ValueError(x)
        return x
    except ValueError as e:
        return -e.args[0]
print(max(range(6), key=key), min(range(6), key=key))
`,
  sleep_in_repr: `import time
class Sleepy:
    def __repr__(self):
        time.sleep(0.05)
        return "Sleepy()"
print([Sleepy() for _ in range(6)])
`,
  // Turns under 15 nested interpreter loops (the page's limit is 16): Asyncify saves
  // every level's locals (with its default 4 KB buffer the page aborted at 15).
  repr_nested_deep: `${BUSY}
class Deep:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"D{self.n}({busy(self.n, 200) if self.n == 0 else repr(Deep(self.n - 1))})"
print(repr(Deep(14)))
`,
  asyncio_nested: `${BUSY}
import asyncio

async def worker(n):
    await asyncio.sleep(0.01 * n)
    return sorted(range(3), key=lambda x: busy(x + n) % 5)

async def main():
    print(await asyncio.gather(*(worker(n) for n in range(4))))

asyncio.run(main())
`,
};

describeEachEngine(site, (engine, page, errors) => {
  for (const [name, code] of Object.entries(PROGRAMS)) {
    test(`a run suspends inside native frames and resumes correctly: ${name}`, async () => {
      const cpython = spawnSync('python3', ['-c', code], { encoding: 'utf8' });
      assert.equal(cpython.status, 0, cpython.stderr);
      const r = await runProgram(page(), code, 'real');
      console.log(`${engine} ${name}: ${r.frames} frames in ${r.ms.toFixed(0)} ms of run`);
      assert.equal(r.stderr, '');
      assert.equal(r.rc, 0);
      assert.equal(r.stdout, cpython.stdout);
      // The timeline drew during the run: the run gave the page turns.
      assert.ok(r.frames >= 3, `${r.frames} frames drawn during the run`);
      assert.deepEqual(errors, []);
    });
  }
});
