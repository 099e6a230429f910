// Node.js peer of tests/bench/loop_bench.cpp where the workloads translate:
//   sleep0     a yield is `await new Promise(setImmediate)` (a macrotask turn, like
//              asyncio's one loop iteration; a bare `await null` would be a microtask)
//   timers     setTimeout with the delays scaled from 0..10 s to 0..10 ms (real clock)
//   pingpong   two one-slot queues built on promises (node has no Queue)
//   semaphore  a counting semaphore on promises
// Prints "workload seconds value" lines like loop_bench.
const quick = process.argv.includes('--quick');
const [n, m, semN] = quick ? [10000, 20000, 1000] : [100000, 200000, 10000];
const yieldTurn = () => new Promise(setImmediate);

// A seeded generator so every run sleeps the same delays.
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

class OneSlotQueue {
  #item = undefined; #full = false; #getters = []; #putters = [];
  async put(v) {
    while (this.#full) await new Promise((ok) => this.#putters.push(ok));
    this.#item = v; this.#full = true;
    this.#getters.shift()?.();
  }
  async get() {
    while (!this.#full) await new Promise((ok) => this.#getters.push(ok));
    const v = this.#item; this.#full = false;
    this.#putters.shift()?.();
    return v;
  }
}

class Semaphore {
  #value; #waiters = [];
  constructor(v) { this.#value = v; }
  async acquire() {
    if (this.#value > 0 && this.#waiters.length === 0) { this.#value--; return; }
    await new Promise((ok) => this.#waiters.push(ok));
  }
  release() {
    const next = this.#waiters.shift();
    if (next) next(); else this.#value++;
  }
}

const workloads = {
  async sleep0() {
    await Promise.all(Array.from({ length: n }, async () => { for (let i = 0; i < 10; i++) await yieldTurn(); }));
  },
  async timers() {
    const r = rng(1);
    await Promise.all(Array.from({ length: n }, () => new Promise((ok) => setTimeout(ok, r() * 10))));
  },
  async pingpong() {
    const a = new OneSlotQueue(), b = new OneSlotQueue();
    await Promise.all([
      (async () => { for (let i = 0; i < m / 2; i++) { await a.put(i); await b.get(); } })(),
      (async () => { for (let i = 0; i < m / 2; i++) await b.put(await a.get()); })(),
    ]);
  },
  async semaphore() {
    const sem = new Semaphore(10);
    await Promise.all(Array.from({ length: semN }, async () => { await sem.acquire(); await yieldTurn(); sem.release(); }));
  },
};

for (const [name, run] of Object.entries(workloads)) {
  const t0 = performance.now();
  await run();
  console.log(`${name} seconds ${((performance.now() - t0) / 1000).toFixed(9)}`);
}
