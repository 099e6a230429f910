# asyncio.Lock: mutual exclusion, FIFO acquisition, locked(), release errors, async with.
import asyncio

shared = {"value": 0}

async def increment(name, lock, delay):
    loop = asyncio.get_running_loop()
    print(f"{loop.time():.1f} {name} waiting (locked={lock.locked()})")
    async with lock:
        print(f"{loop.time():.1f} {name} acquired")
        current = shared["value"]
        await asyncio.sleep(delay)
        shared["value"] = current + 1
        print(f"{loop.time():.1f} {name} releasing, value={shared['value']}")

async def main():
    lock = asyncio.Lock()
    print("initially locked:", lock.locked())
    await asyncio.gather(*(increment(f"t{i}", lock, 0.5) for i in range(4)))
    print("final value", shared["value"])
    print(await lock.acquire(), lock.locked())
    lock.release()
    print("after release", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    unsafe = {"value": 0}
    async def racy():
        v = unsafe["value"]
        await asyncio.sleep(0.1)
        unsafe["value"] = v + 1
    await asyncio.gather(*(racy() for _ in range(5)))
    print("without a lock the updates race:", unsafe["value"])
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    waiter.cancel()
    await asyncio.sleep(0)
    print("cancelled waiter:", waiter.cancelled())
    lock.release()
    print("lock free again:", not lock.locked())
    async def holder():
        async with lock:
            raise ValueError("inside lock")
    try:
        await holder()
    except ValueError:
        print("exception inside async with releases the lock:", lock.locked())

asyncio.run(main())
