# BoundedSemaphore: over-release raises ValueError; rate limiting with a bounded pool.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    await b.acquire()
    print("locked:", b.locked())
    b.release()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    print("still usable:", b.locked(), await b.acquire())
    b.release()
    pool = asyncio.BoundedSemaphore(3)
    log = []
    async def request(i):
        async with pool:
            log.append(("start", i, loop.time()))
            await asyncio.sleep(1 if i % 2 else 2)
            log.append(("end", i, loop.time()))
        return i
    print(await asyncio.gather(*(request(i) for i in range(7))))
    for entry in log:
        print(*entry)
    print("end t =", loop.time())
    print(isinstance(b, asyncio.Semaphore), type(b).__name__)
    sem = asyncio.BoundedSemaphore()
    async with sem:
        print("default value 1, locked inside:", sem.locked())
    try:
        async with sem:
            sem.release()
    except ValueError as e:
        print("ValueError at exit after manual release:", e)

asyncio.run(main())
