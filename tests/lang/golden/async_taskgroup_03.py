# TaskGroup: nested groups, errors crossing groups, external cancellation of the parent task.
import asyncio

cancelled = []  # TaskGroup cancels siblings in set order: print them sorted

async def leaf(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(name)
        return name
    except asyncio.CancelledError:
        cancelled.append((name, asyncio.get_running_loop().time()))
        raise

async def inner_group(tag, fail):
    async with asyncio.TaskGroup() as tg:
        tg.create_task(leaf(f"{tag}.1", 1))
        tg.create_task(leaf(f"{tag}.2", 2, fail))
        tg.create_task(leaf(f"{tag}.3", 4))
    return f"group {tag} ok"

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.TaskGroup() as outer:
            g1 = outer.create_task(inner_group("A", False))
            g2 = outer.create_task(inner_group("B", True))
    except ExceptionGroup as eg:
        print("outer caught:", repr(eg))
        print("  nested structure:", [type(e).__name__ for e in eg.exceptions], repr(eg.exceptions[0].exceptions))
    print("g1 cancelled:", g1.cancelled(), "t =", loop.time(), "leaves cancelled:", sorted(cancelled))
    cancelled.clear()

    async def parent():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(leaf("p1", 5))
            tg.create_task(leaf("p2", 6))
        return "parent finished"

    pt = asyncio.create_task(parent())
    await asyncio.sleep(1)
    pt.cancel()
    try:
        await pt
    except asyncio.CancelledError:
        print("parent cancelled; children were cancelled first, t =", loop.time(), sorted(cancelled))
    async def collect():
        results = {}
        async with asyncio.TaskGroup() as tg:
            for n in range(4):
                async def run(n=n):
                    await asyncio.sleep(n * 0.5)
                    results[n] = n * n
                tg.create_task(run())
        return results
    print(await collect(), "t =", loop.time())

asyncio.run(main())
