# wait/as_completed/gather completion ordering with simultaneous completions.
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    print(f"  {name} completes")
    return name

async def main():
    tasks = [asyncio.create_task(job(n, 1), name=n) for n in ["t1", "t2", "t3"]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("FIRST_COMPLETED with a three-way tie:", sorted(t.get_name() for t in done), len(pending))
    results = []
    for f in asyncio.as_completed([job("a", 1), job("b", 0.75), job("c", 0.5)]):  # as_completed starts its set in arbitrary order: no ties
        results.append(await f)
    print("as_completed:", results)
    print("--- done callbacks from gather see children finishing in timer order")
    g = asyncio.gather(job("x", 0.2), job("y", 0.1), job("z", 0.2))
    g.add_done_callback(lambda f: print("gather done callback:", f.result()))
    await g
    await asyncio.sleep(0)
    print("--- wait() with already-finished tasks")
    t = asyncio.create_task(job("quick", 0))
    await asyncio.sleep(0.1)
    done, pending = await asyncio.wait([t, asyncio.create_task(job("slow", 1))], return_when=asyncio.FIRST_COMPLETED)
    print("already done:", [d.get_name() == t.get_name() for d in done], len(pending))
    await asyncio.wait(pending)

asyncio.run(main())
