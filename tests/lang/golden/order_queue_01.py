# Queue wake-up order: blocked getters and putters are served FIFO; put_nowait hands items in order.
import asyncio

async def main():
    q = asyncio.Queue()
    got = []
    async def getter(name):
        item = await q.get()
        got.append((name, item))
        print(f"{name} got {item}")
    gs = [asyncio.create_task(getter(n)) for n in ["g1", "g2", "g3"]]
    await asyncio.sleep(0)
    print("putting three items")
    for i in range(3):
        q.put_nowait(i)
    print("items put, qsize =", q.qsize())
    await asyncio.gather(*gs)
    print(got)
    bq = asyncio.Queue(maxsize=1)
    bq.put_nowait("initial")
    async def putter(name):
        await bq.put(name)
        print(f"{name} put done")
    ps = [asyncio.create_task(putter(n)) for n in ["p1", "p2", "p3"]]
    await asyncio.sleep(0)
    drained = []
    for _ in range(4):
        drained.append(await bq.get())
        print("drained", drained[-1])
    await asyncio.gather(*ps)
    print(drained)
    q2 = asyncio.Queue()
    async def greedy():
        v = await q2.get()
        print("greedy got", v)
    t = asyncio.create_task(greedy())
    await asyncio.sleep(0)
    q2.put_nowait("first")
    print("main takes it back first?", q2.get_nowait() if not q2.empty() else "queue empty")
    q2.put_nowait("second")
    await t
    print("left in queue:", q2.qsize())

asyncio.run(main())
