# asyncio.Event: wait, set, clear, is_set, multiple waiters, waiting on an already-set event.
import asyncio

async def waiter(name, event):
    loop = asyncio.get_running_loop()
    print(f"{loop.time()} {name} waiting")
    result = await event.wait()
    print(f"{loop.time()} {name} woke up with {result}")
    return name

async def main():
    loop = asyncio.get_running_loop()
    ev = asyncio.Event()
    print("is_set:", ev.is_set())
    tasks = [asyncio.create_task(waiter(n, ev)) for n in ["a", "b", "c"]]
    await asyncio.sleep(2)
    print("setting at", loop.time())
    ev.set()
    print("is_set after set:", ev.is_set())
    print(await asyncio.gather(*tasks))
    print("wait on set event returns at once:", await ev.wait())
    ev.clear()
    print("cleared:", ev.is_set())
    t = asyncio.create_task(waiter("d", ev))
    await asyncio.sleep(1)
    ev.set()
    ev.clear()
    await t
    print("a waiter woken by set() still wakes even if cleared right after")
    t2 = asyncio.create_task(waiter("e", ev))
    await asyncio.sleep(1)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("waiter e cancelled at", loop.time())
    gate = asyncio.Event()
    async def runner(n):
        await gate.wait()
        await asyncio.sleep(n)
        print(f"runner {n} finished at {loop.time()}")
    rs = [asyncio.create_task(runner(n)) for n in (3, 1, 2)]
    await asyncio.sleep(0.5)
    gate.set()
    await asyncio.gather(*rs)
    try:
        await asyncio.wait_for(asyncio.Event().wait(), 1)
    except TimeoutError:
        print("waiting on a never-set event with a timeout, t =", loop.time())
    ev.set()
    ev.set()
    print("set twice is fine:", ev.is_set())

asyncio.run(main())
