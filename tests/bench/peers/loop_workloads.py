"""Python peers of tests/bench/loop_bench.cpp: the same four loop workloads.

    python3 loop_workloads.py --loop virtual|uvloop [--quick]

virtual: CPython's asyncio with a clock that jumps to the next timer, as
../shared/oracle/vtime.py does (the same timers as loop_bench's virtual clock).
uvloop:  Debian's python3-uvloop (run with /usr/bin/python3); it has a real clock only,
         so the timer workload's delays are scaled from 0..10 s to 0..10 ms.
Prints "workload seconds value" lines like loop_bench.
"""
import argparse
import asyncio
import random
import selectors
import time


class _Clock:
    now = 0.0


class _VirtualSelector(selectors.DefaultSelector):
    def select(self, timeout=None):
        if timeout:
            _Clock.now += timeout
        return super().select(0)


class VirtualLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        super().__init__(selector=_VirtualSelector())

    def time(self):
        return _Clock.now


async def ten_yields():
    for _ in range(10):
        await asyncio.sleep(0)


async def sleep0(n):
    await asyncio.gather(*(ten_yields() for _ in range(n)))


async def timers(n, scale):
    rng = random.Random(1)
    await asyncio.gather(*(asyncio.sleep(rng.uniform(0, 10) * scale) for _ in range(n)))


async def pingpong(m):
    a, b = asyncio.Queue(1), asyncio.Queue(1)

    async def pinger():
        for i in range(m // 2):
            await a.put(i)
            await b.get()

    async def ponger():
        for _ in range(m // 2):
            await b.put(await a.get())

    await asyncio.gather(pinger(), ponger())


async def semaphore(n):
    sem = asyncio.Semaphore(10)

    async def limited():
        async with sem:
            await asyncio.sleep(0)

    await asyncio.gather(*(limited() for _ in range(n)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--loop", choices=["virtual", "uvloop"], default="virtual")
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    n, m, sem_n = (10000, 20000, 1000) if args.quick else (100000, 200000, 10000)
    if args.loop == "uvloop":
        import uvloop
        new_loop, scale = uvloop.new_event_loop, 1e-3
    else:
        new_loop, scale = VirtualLoop, 1.0
    for name, make in [("sleep0", lambda: sleep0(n)), ("timers", lambda: timers(n, scale)),
                       ("pingpong", lambda: pingpong(m)), ("semaphore", lambda: semaphore(sem_n))]:
        loop = new_loop()
        coro = make()
        t0 = time.perf_counter()
        loop.run_until_complete(coro)
        print(f"{name} seconds {time.perf_counter() - t0:.9g}", flush=True)
        loop.close()


if __name__ == "__main__":
    main()
