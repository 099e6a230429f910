# Ordering after cancel(): when the cancelled task runs its handler relative to others.
import asyncio

async def victim(name):
    try:
        print(f"{name} sleeping")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f"{name} handling cancellation")
        raise

async def bystander(name):
    for i in range(3):
        print(f"{name} step {i}")
        await asyncio.sleep(0)

async def main():
    v = asyncio.create_task(victim("V"))
    b = asyncio.create_task(bystander("B"))
    await asyncio.sleep(0)
    print("main cancels V")
    v.cancel()
    print("main after cancel(), V.done() =", v.done())
    await asyncio.sleep(0)
    print("main after sleep(0), V.done() =", v.done())
    await asyncio.gather(b, v, return_exceptions=True)
    print("--- cancel a task that has not started yet")
    async def never():
        print("never runs")
    n = asyncio.create_task(never())
    n.cancel()
    b2 = asyncio.create_task(bystander("B2"))
    await asyncio.gather(n, b2, return_exceptions=True)
    print("n cancelled:", n.cancelled())
    print("--- cancelling several tasks: handlers run in cancel() order?")
    vs = [asyncio.create_task(victim(f"V{i}")) for i in range(3)]
    await asyncio.sleep(0)
    for t in reversed(vs):
        t.cancel()
    await asyncio.gather(*vs, return_exceptions=True)
    print("--- awaiter of a cancelled task resumes after the task")
    async def awaiter(t):
        try:
            await t
        except asyncio.CancelledError:
            print("awaiter resumed with CancelledError")
    v2 = asyncio.create_task(victim("V-last"))
    a = asyncio.create_task(awaiter(v2))
    await asyncio.sleep(0)
    v2.cancel()
    await asyncio.gather(a, return_exceptions=True)
    print("a cancelled?", a.cancelled())

asyncio.run(main())
