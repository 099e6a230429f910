# Bounded queue backpressure: producers block on put, consumers on get; wake-up order.
import asyncio

async def producer(name, q, items):
    loop = asyncio.get_running_loop()
    for it in items:
        print(f"{loop.time():4.1f} {name} wants to put {it} (size {q.qsize()})")
        await q.put(it)
        print(f"{loop.time():4.1f} {name} put {it}")
    print(f"{loop.time():4.1f} {name} finished")

async def consumer(name, q, n, delay):
    loop = asyncio.get_running_loop()
    got = []
    for _ in range(n):
        await asyncio.sleep(delay)
        item = await q.get()
        got.append(item)
        print(f"{loop.time():4.1f} {name} got {item} (size {q.qsize()})")
    return got

async def main():
    q = asyncio.Queue(maxsize=2)
    results = await asyncio.gather(
        producer("P1", q, ["a1", "a2", "a3"]),
        producer("P2", q, ["b1", "b2"]),
        consumer("C", q, 5, 1.0),
    )
    print("consumer got", results[2])
    q2 = asyncio.Queue()
    async def getter(name):
        item = await q2.get()
        print(f"getter {name} received {item}")
        return item
    getters = [asyncio.create_task(getter(n)) for n in "xyz"]
    await asyncio.sleep(0)
    for item in [1, 2, 3]:
        q2.put_nowait(item)
    print(await asyncio.gather(*getters))
    q3 = asyncio.Queue(1)
    q3.put_nowait("full")
    blocked = asyncio.create_task(q3.put("blocked"))
    await asyncio.sleep(1)
    print("blocked put done?", blocked.done())
    blocked.cancel()
    await asyncio.sleep(0)
    print("cancelled put:", blocked.cancelled(), "size", q3.qsize(), q3.get_nowait())

asyncio.run(main())
