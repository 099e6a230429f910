# LifoQueue and PriorityQueue: ordering, ties, tuples with payloads, blocking gets.
import asyncio

async def main():
    lifo = asyncio.LifoQueue()
    for x in "abcde":
        lifo.put_nowait(x)
    print("lifo:", [lifo.get_nowait() for _ in range(5)])
    pq = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "high"), (2, "mid"), (1, "also high"), (0, "urgent"), (2, "mid2")]:
        await pq.put(item)
    out = []
    while not pq.empty():
        out.append(await pq.get())
    print("priority:", out)
    pq2 = asyncio.PriorityQueue(maxsize=2)
    pq2.put_nowait(5)
    pq2.put_nowait(1)
    try:
        pq2.put_nowait(0)
    except asyncio.QueueFull:
        print("PriorityQueue full at", pq2.qsize())
    print(pq2.get_nowait(), pq2.get_nowait())
    nums = asyncio.PriorityQueue()
    for n in [9, -3, 7, 0, 7, 2]:
        nums.put_nowait(n)
    print([nums.get_nowait() for _ in range(6)])
    bad = asyncio.PriorityQueue()
    bad.put_nowait((1, {"a": 1}))
    try:
        bad.put_nowait((1, {"b": 2}))
    except TypeError as e:
        print("TypeError:", e)
    loop = asyncio.get_running_loop()
    lq = asyncio.LifoQueue(maxsize=1)
    async def producer():
        for i in range(3):
            await lq.put(i)
            print(f"put {i} at {loop.time()}")
    async def consumer():
        for _ in range(3):
            await asyncio.sleep(1)
            print(f"get {await lq.get()} at {loop.time()}")
    await asyncio.gather(producer(), consumer())
    print(type(lifo).__mro__[1].__name__, type(pq).__mro__[1].__name__)

asyncio.run(main())
