# asyncio.Condition: wait/notify, notify(n), notify_all, predicates, lock requirements.
import asyncio

async def consumer(name, cond, items):
    loop = asyncio.get_running_loop()
    async with cond:
        print(f"{loop.time()} {name} waiting")
        while not items:
            await cond.wait()
            print(f"{loop.time()} {name} woke, items={items}")
        item = items.pop(0)
        print(f"{loop.time()} {name} took {item}")
        return item

async def main():
    loop = asyncio.get_running_loop()
    cond = asyncio.Condition()
    items = []
    tasks = [asyncio.create_task(consumer(f"c{i}", cond, items)) for i in range(4)]
    await asyncio.sleep(1)
    async with cond:
        items.append("first")
        cond.notify()
        print("notified one")
    await asyncio.sleep(1)
    async with cond:
        items.extend(["second", "third"])
        cond.notify(2)
        print("notified two")
    await asyncio.sleep(1)
    async with cond:
        items.append("fourth")
        cond.notify_all()
        print("notified all")
    print(await asyncio.gather(*tasks))
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    lock = asyncio.Lock()
    shared_cond = asyncio.Condition(lock)
    async with shared_cond:
        print("condition uses the given lock:", lock.locked(), shared_cond.locked())
    print("released:", lock.locked())
    async with cond:
        cond.notify(5)
        print("notify with no waiters is fine")

asyncio.run(main())
