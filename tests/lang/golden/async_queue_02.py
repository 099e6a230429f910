# Queue.task_done / join: workers, sentinel-free shutdown by cancellation, too many task_done calls.
import asyncio

async def worker(name, q, log):
    while True:
        item = await q.get()
        try:
            await asyncio.sleep(item)
            log.append((name, item))
            print(f"{name} processed {item} at {asyncio.get_running_loop().time()}")
        finally:
            q.task_done()

async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    log = []
    for d in [0.5, 1.0, 0.25, 0.75, 1.5, 0.5]:
        q.put_nowait(d)
    workers = [asyncio.create_task(worker(f"w{i}", q, log)) for i in range(3)]
    await q.join()
    print("join returned at", loop.time(), "processed", len(log))
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results])
    empty = asyncio.Queue()
    await empty.join()
    print("join on empty queue returns at once")
    try:
        empty.task_done()
    except ValueError as e:
        print("ValueError:", e)
    q2 = asyncio.Queue()
    q2.put_nowait("x")
    q2.put_nowait("y")
    async def slow_consumer():
        for _ in range(2):
            item = await q2.get()
            await asyncio.sleep(2)
            print("consumed", item, "at", loop.time())
            q2.task_done()
    async def joiner(name):
        await q2.join()
        print(name, "saw join complete at", loop.time())
    await asyncio.gather(slow_consumer(), joiner("j1"), joiner("j2"))
    q3 = asyncio.Queue()
    q3.put_nowait(1)
    q3.get_nowait()
    waiter = asyncio.create_task(q3.join())
    await asyncio.sleep(1)
    print("join still waiting without task_done:", not waiter.done())
    q3.task_done()
    await asyncio.sleep(0)
    print("after task_done:", waiter.done())

asyncio.run(main())
