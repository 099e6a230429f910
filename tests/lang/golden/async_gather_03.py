# Cancelling a gather: children are cancelled, the gather raises CancelledError, cleanup runs.
import asyncio

async def child(name, delay):
    try:
        print(f"  {name} starts")
        await asyncio.sleep(delay)
        print(f"  {name} done")
        return name
    except asyncio.CancelledError:
        print(f"  {name} cancelled at {asyncio.get_running_loop().time()}")
        raise
    finally:
        print(f"  {name} finally")

async def main():
    loop = asyncio.get_running_loop()
    g = asyncio.gather(child("a", 1), child("b", 5), child("c", 10))
    await asyncio.sleep(2)
    print("gather done?", g.done())
    print("cancel returns", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("awaiting the cancelled gather raised CancelledError")
    print("gather cancelled?", g.cancelled())
    t1 = asyncio.create_task(child("t1", 3))
    t2 = asyncio.create_task(child("t2", 3))
    g2 = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(1)
    t1.cancel()
    print("cancelled one child; gather with return_exceptions:", await g2)
    async def waiter():
        return await asyncio.gather(child("w1", 4), child("w2", 6))
    wt = asyncio.create_task(waiter())
    await asyncio.sleep(5)
    wt.cancel()
    try:
        await wt
    except asyncio.CancelledError:
        print("outer task cancelled; its gather children were cancelled too")
    g3 = asyncio.gather(child("d1", 1))
    await asyncio.sleep(2)
    print("cancel on finished gather:", g3.cancel(), g3.result())
    print("end at", loop.time())

asyncio.run(main())
