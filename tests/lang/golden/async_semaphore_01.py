# asyncio.Semaphore: limiting concurrency, locked(), acquire/release counts, FIFO order.
import asyncio

active = {"now": 0, "max": 0}

async def limited(name, sem, delay):
    loop = asyncio.get_running_loop()
    async with sem:
        active["now"] += 1
        active["max"] = max(active["max"], active["now"])
        print(f"{loop.time():.1f} {name} running (active={active['now']}, locked={sem.locked()})")
        await asyncio.sleep(delay)
        active["now"] -= 1
    print(f"{loop.time():.1f} {name} done")
    return name

async def main():
    sem = asyncio.Semaphore(2)
    print("locked at start:", sem.locked())
    res = await asyncio.gather(*(limited(f"job{i}", sem, 1 + (i % 3) * 0.5) for i in range(6)))
    print(res, "max concurrency", active["max"])
    s = asyncio.Semaphore(1)
    print(await s.acquire(), s.locked())
    s.release()
    s.release()
    print("released past the initial value is allowed:", s.locked())
    print(await s.acquire(), await s.acquire(), s.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    zero = asyncio.Semaphore(0)
    print("Semaphore(0) locked:", zero.locked())
    loop = asyncio.get_running_loop()
    async def wait_zero():
        await zero.acquire()
        print("acquired zero semaphore at", loop.time())
    t = asyncio.create_task(wait_zero())
    await asyncio.sleep(2)
    zero.release()
    await t
    order = []
    gate = asyncio.Semaphore(1)
    await gate.acquire()
    async def queued(n):
        async with gate:
            order.append(n)
    ts = [asyncio.create_task(queued(n)) for n in range(5)]
    await asyncio.sleep(0)
    gate.release()
    await asyncio.gather(*ts)
    print("FIFO order:", order)

asyncio.run(main())
