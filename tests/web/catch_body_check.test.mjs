// wasm/binaryen_for_emcc/catch_body_check.mjs, run by the Asyncify engine's link:
// binaryen's Asyncify cannot suspend inside a wasm catch body, and clang places the
// code after a C++ catch clause inside it when only the handler reaches that code.
// There the C++ runtime no longer sees an exception, so platform_may_suspend cannot
// refuse the suspension, and the Asyncify engine crashed ("null function", or
// "unreachable" at the rewind). The check must refuse such a module and accept the
// same code when the try body also reaches it. Programs compiled here with em++
// -fwasm-exceptions, as the engines are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './browser.mjs';

const BIN = join(ROOT, 'web/node_modules/binaryen/bin');
const CHECK = join(ROOT, 'wasm/binaryen_for_emcc/catch_body_check.mjs');
const WITH_BINARYEN = join(ROOT, 'wasm/binaryen_for_emcc/with_binaryen.sh');
const env = { ...process.env, NODE_PATH: '/usr/share/nodejs' };

// The report (it sleeps) after a catch clause; RETURN_IN_TRY decides whether the try
// body also reaches it.
const program = (returnInTry) => `
#include <emscripten.h>
#include <cstdio>
#include <stdexcept>
[[gnu::noinline]] void may_throw(int x) { if (x) throw std::runtime_error("boom"); }
[[gnu::noinline]] void report(const char* what) { emscripten_sleep(1); std::puts(what); }
[[gnu::noinline]] void run(int x) {
  const char* what = "none";
  try {
    may_throw(x);
    ${returnInTry ? 'return;' : ''}
  } catch (std::exception&) {
    what = "caught";
  }
  report(what);
}
int main(int argc, char**) { run(argc); }
`;

const work = mkdtempSync(join(tmpdir(), 'catch-body-check-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

function compile(name, source, flags) {
  writeFileSync(join(work, `${name}.cpp`), source);
  return spawnSync('sh', [WITH_BINARYEN, BIN, 'em++', '-O2', '-fwasm-exceptions', '--profiling-funcs',
    ...flags, join(work, `${name}.cpp`), '-o', join(work, `${name}.js`)], { encoding: 'utf8', env });
}
const check = (name) => spawnSync('node', [CHECK, join(BIN, 'wasm-dis'), join(work, `${name}.wasm`),
  'env.emscripten_sleep', ''], { encoding: 'utf8' });

test('a call that may suspend after a catch clause, reached only through the handler, is refused', () => {
  assert.equal(compile('only', program(true), []).status, 0);
  const r = check('only');
  assert.equal(r.status, 1, r.stdout + r.stderr);
  // (binaryen's -O2 at the link may have inlined run() and report() into main.)
  assert.match(r.stderr, /^catch_body_check: 1 call\(s\) that may suspend inside a wasm catch body/);
  assert.match(r.stderr, /calls (report|emscripten_sleep)/);
});

test('the same call reached from the try body too is accepted', () => {
  assert.equal(compile('merged', program(false), []).status, 0);
  const r = check('merged');
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

test('the Asyncify link refuses the module (the wasm-opt wrapper runs the check)', () => {
  const refused = compile('only_asyncify', program(true), ['-sASYNCIFY']);
  assert.notEqual(refused.status, 0);
  assert.match(refused.stderr, /catch_body_check: 1 call\(s\) that may suspend/);
  const linked = compile('merged_asyncify', program(false), ['-sASYNCIFY']);
  assert.equal(linked.status, 0, linked.stderr);
  const run = spawnSync('node', ['--no-experimental-fetch', join(work, 'merged_asyncify.js')], { encoding: 'utf8' });
  assert.equal(run.stdout, 'caught\n');
});

// The instrumentation list: the functions that may reach a suspending import, the
// barriers' paths cut. A barrier must hold a NoSuspension (call its constructor).
const barrierProgram = (guarded) => `
#include <emscripten.h>
namespace loopscope {
struct NoSuspension { NoSuspension(); ~NoSuspension(); };
[[gnu::noinline]] NoSuspension::NoSuspension() { emscripten_run_script("0"); }
[[gnu::noinline]] NoSuspension::~NoSuspension() { emscripten_run_script("1"); }
}
[[gnu::noinline]] void wait_a_bit() { emscripten_sleep(1); }
[[gnu::noinline]] void under_barrier() { ${guarded ? 'loopscope::NoSuspension no_suspension;' : ''} wait_a_bit(); }
[[gnu::noinline]] void only_through_barrier() { under_barrier(); }
[[gnu::noinline]] void direct() { wait_a_bit(); }
int main(int argc, char**) { if (argc > 5) only_through_barrier(); direct(); }
`;
const listFor = (name) => {
  writeFileSync(join(work, 'barriers.txt'), '# a comment\nunder_barrier(*\n');
  return spawnSync('node', [CHECK, join(BIN, 'wasm-dis'), join(work, `${name}.wasm`), 'env.emscripten_sleep', '',
    join(work, 'barriers.txt'), join(work, `${name}.only`)], { encoding: 'utf8' });
};

test('the instrumentation list leaves out a barrier and what reaches a suspension only through it', () => {
  // (-O1: binaryen's -O2 at the link would inline the small functions into main.)
  assert.equal(compile('barrier', barrierProgram(true), ['-O1']).status, 0);
  const r = listFor('barrier');
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const only = readFileSync(join(work, 'barrier.only'), 'utf8').split('\n');
  for (const f of ['wait_a_bit()', 'direct()']) assert.ok(only.includes(f), `${f} in ${only}`);
  for (const f of ['under_barrier()', 'only_through_barrier()']) assert.ok(!only.includes(f), `${f} not in ${only}`);
});

test('a barrier that does not hold a NoSuspension fails the check', () => {
  assert.equal(compile('unguarded', barrierProgram(false), ['-O1']).status, 0);
  const r = listFor('unguarded');
  assert.equal(r.status, 1, r.stdout + r.stderr);
  assert.match(r.stderr, /1 barrier function\(s\) that do not hold a NoSuspension:\n  under_barrier\(\)/);
});
