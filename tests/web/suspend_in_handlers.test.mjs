// Python code that runs while the VM's C++ is inside a catch body or a cleanup (a
// destructor running while an exception unwinds), on both engines. The Asyncify
// engine has WebAssembly exceptions, and binaryen's Asyncify cannot suspend from
// inside a catch body (wasm's catch and catch_all, which is also where cleanups run):
// the rewind traps ("unreachable") or resumes in the wrong place. So no host turn and
// no suspending sleep may start there (core/loop/platform_sleep.cpp,
// platform_may_suspend): such a sleep waits without suspending and a due turn waits
// for the next chance. (Code after a catch clause that clang still places in the
// catch body is refused at the link: tests/web/catch_body_check.test.mjs.) The
// Asyncify engine also never suspends while an object is destroyed (RefCounted::destroy
// holds a NoSuspension there, and the instrumentation leaves out what only a
// destructor calls: wasm/asyncify_barriers.txt), so every generator freed here runs its
// finally block without suspending on that engine; without the guard these runs fail
// there (checked). Each program here takes a real sleep or a turn's worth of
// computation exactly there: a generator's finally block run by its destructor (after
// a plain `del`), or while the VM handles an exception, or while a native function's locals are destroyed by an
// unwinding exception (a cleanup), or while the C++ runtime destroys a caught
// exception (PyThrow's destructor, under NoSuspension), and an exception handler's
// report calling __repr__. The output must equal CPython's (python3, run here), and
// the page must run a normal program after each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { serveSiteToBrowser, runProgram, runAndStop, describeEachEngine } from './browser.mjs';

const site = serveSiteToBrowser();  // site.server, site.browser

// busy(ms): computes for `ms` of real time, long enough for a host turn to fall due.
// The order in which CPython and this VM free the generators differs (CPython frees a
// list from its end, and keeps a failed frame's locals alive through the traceback
// until the except block ends): the programs print what happened, sorted.
const PRELUDE = `
import time
log = []
def busy(ms):
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        pass
def gen(n, wait):
    try:
        yield n
    finally:
        wait()
        log.append(f"finally {n}")
def sleep():
    time.sleep(0.1)
def compute():
    busy(120)
`;

// The generator is only referenced by f's frame: the VM frees it while it looks for
// the handler of f's exception (execute's unwind:, after its catch clauses and also
// reached without a C++ throw, so outside the wasm catch body: the JSPI engine
// suspends there, the Asyncify engine does not, being inside a destructor).
const inHandler = (wait) => `${PRELUDE}
def f():
    g = gen(1, ${wait})
    next(g)
    raise ValueError("boom")
try:
    f()
except ValueError as e:
    log.append(f"caught {e}")
print(sorted(log))
`;

// The generators are keys held by sorted()'s C++ frame: freed by its cleanup while
// key(3)'s exception unwinds through it.
const inCleanup = (wait) => `${PRELUDE}
def key(x):
    if x == 3:
        raise ValueError(x)
    g = gen(x, ${wait})
    next(g)
    return (x, g)
try:
    sorted(range(5), key=key)
except ValueError as e:
    log.append(f"caught {e}")
print(sorted(log))
`;

// The generator is only referenced by the exception a callback raised: the loop's
// report of the callback's error ends its C++ catch clause, and the C++ runtime then
// destroys the caught exception (in __cxa_end_catch, inside the wasm catch body and
// outside Asyncify's instrumentation), which frees the generator. (CPython keeps the
// exception in a reference cycle through its traceback until gc.collect().)
const inExceptionDestructor = (wait) => `${PRELUDE}
import asyncio, gc
def callback():
    g = gen(1, ${wait})
    next(g)
    raise ValueError(g)
async def main():
    asyncio.get_running_loop().call_soon(callback)
    await asyncio.sleep(0.05)
    log.append("after the callback")
asyncio.run(main())
gc.collect()
print(sorted(log))
`;

// The generator's last reference dropped in plain code (no exception anywhere): its
// finally block runs inside the destructor, where the Asyncify engine never suspends.
const inDestructor = (wait) => `${PRELUDE}
g = gen(1, ${wait})
next(g)
del g
log.append("after del")
print(log)
`;

const PROGRAMS = {
  sleep_in_destructor: inDestructor('sleep'),
  turn_in_destructor: inDestructor('compute'),
  sleep_in_catch_body: inHandler('sleep'),
  turn_in_catch_body: inHandler('compute'),
  sleep_in_cleanup: inCleanup('sleep'),
  turn_in_cleanup: inCleanup('compute'),
  sleep_in_exception_destructor: inExceptionDestructor('sleep'),
  turn_in_exception_destructor: inExceptionDestructor('compute'),
  // A failing callback's report shows its arguments' reprs: __repr__ sleeps there.
  sleep_in_callback_report: `import asyncio, time
class Slow:
    def __repr__(self):
        time.sleep(0.1)
        return "Slow()"
def callback(x):
    raise ValueError("boom")
async def main():
    asyncio.get_running_loop().call_soon(callback, Slow())
    await asyncio.sleep(0.05)
    print("after the callback")
asyncio.run(main())
`,
};

describeEachEngine(site, (engine, page, errors) => {
  const run = (source) => runProgram(page(), source, 'real');

  for (const [name, code] of Object.entries(PROGRAMS)) {
    // (Without a timeout a broken suspension hangs the run: its promise never settles.)
    test(`Python code run by exception handling, a cleanup or a caught exception's destructor: ${name}`, { timeout: 30000 }, async () => {
      const cpython = spawnSync('python3', ['-c', code], { encoding: 'utf8' });
      assert.equal(cpython.status, 0, cpython.stderr);
      const r = await run(code);
      assert.equal(r.rc, 0, r.stderr);
      assert.equal(r.stdout, cpython.stdout);
      // Only the callback's report writes to stderr; its first line is CPython's but
      // for the file name (main.py in the page, <string> for python3 -c).
      const firstLine = (text) => text.split('\n')[0].replace(/ at .*/, '');
      assert.equal(firstLine(r.stderr), firstLine(cpython.stderr));
      assert.deepEqual(errors, []);
      const next = await run('print(sum(range(10)))\n');
      assert.deepEqual([next.rc, next.stdout], [0, '45\n']);
    });
  }

  // An endless loop in a finally block that a destructor runs. On the JSPI engine the
  // page keeps its turns and Stop ends the run; on the Asyncify engine the page gets no
  // turn there (no frame, no Stop), so the run ends itself after 3 s without one
  // (lang/program_clock.cpp). Either way the run ends stopped and the next one works.
  test('an endless loop in a finally block run by a destructor ends, stopped', { timeout: 30000 }, async () => {
    const code = 'def g():\n    try:\n        yield 1\n    finally:\n        while True:\n            pass\n' +
      'it = g()\nnext(it)\ndel it\nprint("after the finally")\n';
    const r = await runAndStop(page(), code, 'real', 500);
    console.log(`${engine}: ended in ${r.seconds.toFixed(2)} s: ${r.stderr.trim().split('\n').pop()}`);
    assert.equal(r.rc, 130, r.stderr);
    assert.equal(r.status, 'stopped');
    if (engine === 'asyncify') {
      assert.match(r.stderr, /loopscope: stopped: the page had no turn for 3 s/);
      assert.ok(r.seconds > 3 && r.seconds < 6, `${r.seconds} s`);
    } else {
      assert.ok(r.seconds < 1.5, `${r.seconds} s`);
    }
    assert.deepEqual(errors, []);
    const next = await run('print(sum(range(10)))\n');
    assert.deepEqual([next.rc, next.stdout], [0, '45\n']);
  });
});
