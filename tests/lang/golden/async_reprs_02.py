# How print() shows asyncio objects: tasks and futures in each state, a queue (its
# str has no address), locks, events, semaphores, conditions and gather's _GatheringFuture.
import asyncio
async def worker(n):
    await asyncio.sleep(n)
    return n
async def failing():
    raise ValueError("x")
async def main():
    t = asyncio.create_task(worker(1), name="w1")
    print(t)
    await asyncio.sleep(0)
    print(t)
    f = asyncio.get_running_loop().create_future()
    print(f)
    f.set_result([1, 2])
    print(f)
    t2 = asyncio.create_task(failing())
    await asyncio.sleep(0)
    print(t2)
    t2.exception()
    t3 = asyncio.create_task(worker(5))
    await asyncio.sleep(0)
    t3.cancel()
    print(t3)
    await asyncio.sleep(0)
    print(t3)
    await t
    print(t)
    q = asyncio.Queue(2); await q.put(1); print(q)
    l = asyncio.Lock(); await l.acquire(); print(l)
    e = asyncio.Event(); print(e); e.set(); print(e)
    s = asyncio.Semaphore(2); print(s)
    c = asyncio.Condition(); print(c)
    g = asyncio.gather(worker(0))
    print(g)
    await g
    print(g)
asyncio.run(main())
