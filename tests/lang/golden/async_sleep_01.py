# asyncio.sleep: results, zero and fractional delays, clock progression, sequential vs concurrent.
import asyncio
import time

async def nap(label, seconds, result=None):
    loop = asyncio.get_running_loop()
    start = loop.time()
    value = await asyncio.sleep(seconds, result)
    print(f"{label}: slept {seconds} from {start} to {loop.time()} -> {value!r}")
    return value

async def main():
    loop = asyncio.get_running_loop()
    print("start", loop.time(), time.monotonic(), time.time())
    print(await asyncio.sleep(0))
    print(await asyncio.sleep(0, "zero with result"))
    print(await asyncio.sleep(1.5, result={"k": [1, 2]}))
    print("after sequential sleep", loop.time())
    await nap("a", 0.25, "A")
    await nap("b", 0.75)
    print("sequential total", loop.time())
    t0 = loop.time()
    results = await asyncio.gather(nap("x", 3, "X"), nap("y", 1, "Y"), nap("z", 2, "Z"))
    print("concurrent results", results, "elapsed", loop.time() - t0)
    await asyncio.sleep(-5)
    print("negative sleep returns immediately", loop.time())
    await asyncio.sleep(1e-9)
    print("tiny sleep", loop.time())
    for i in range(3):
        await asyncio.sleep(0.1)
    print("after three 0.1 sleeps", loop.time(), round(loop.time(), 10))
    print("time.time() =", time.time(), "monotonic =", time.monotonic())
    await asyncio.sleep(100000)
    print("after a long sleep", loop.time(), time.time())
    return "main result"

print(asyncio.run(main()))
print("after run, monotonic", time.monotonic())
