# time.sleep inside coroutines blocks the whole loop: other tasks and timers are delayed.
import asyncio
import time

async def ticker(name):
    loop = asyncio.get_running_loop()
    for i in range(4):
        await asyncio.sleep(0.5)
        print(f"{loop.time():.2f} {name} tick {i}")

async def blocker():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.6)
    print(f"{loop.time():.2f} blocker starts time.sleep(2)")
    time.sleep(2)
    print(f"{loop.time():.2f} blocker finished blocking (monotonic {time.monotonic():.2f})")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(1.0, lambda: print(f"{loop.time():.2f} timer due at 1.0 fires"))
    await asyncio.gather(ticker("A"), blocker())
    start = time.time()
    time.sleep(1.5)
    print("time.time advanced by", time.time() - start, "loop time", loop.time())
    t0 = time.perf_counter()
    await asyncio.sleep(0.25)
    print("perf_counter delta", time.perf_counter() - t0)
    try:
        time.sleep(-1)
    except ValueError as e:
        print("ValueError:", e)
    print("ns clocks", time.monotonic_ns() // 10 ** 6, time.time_ns() // 10 ** 9)

print("before the loop", time.monotonic())
time.sleep(3)
print("after a top-level time.sleep", time.monotonic(), time.time())
asyncio.run(main())
