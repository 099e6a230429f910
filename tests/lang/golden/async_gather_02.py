# asyncio.gather error handling: first exception propagates, others keep running; return_exceptions.
import asyncio

async def ok(name, delay):
    await asyncio.sleep(delay)
    print(f"  {name} finished at {asyncio.get_running_loop().time()}")
    return name

async def boom(name, delay, exc):
    await asyncio.sleep(delay)
    print(f"  {name} raising {exc!r}")
    raise exc

async def main():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(ok("a", 1), boom("b", 0.5, ValueError("bad b")), ok("c", 2),
                                   boom("d", 1.5, KeyError("d")), return_exceptions=True)
    print("return_exceptions:", results)
    print([type(r).__name__ for r in results])
    t_slow = asyncio.create_task(ok("slow", 3))
    try:
        await asyncio.gather(ok("e", 1), boom("f", 0.5, RuntimeError("f failed")), t_slow)
    except RuntimeError as e:
        print("gather raised:", repr(e), "at", loop.time())
    print("slow still running?", not t_slow.done())
    print("slow result:", await t_slow, "at", loop.time())
    try:
        await asyncio.gather(boom("g", 1, TypeError("first")), boom("h", 1, OSError("second")))
    except Exception as e:
        print("only the first is raised:", repr(e))
    await asyncio.sleep(0)
    r = await asyncio.gather(asyncio.sleep(0.1, "fine"), boom("i", 0, ZeroDivisionError("z")), return_exceptions=True)
    print(r)
    async def cancelled_child():
        await asyncio.sleep(0.1)
        raise asyncio.CancelledError("child cancelled itself")
    r = await asyncio.gather(cancelled_child(), ok("j", 0.2), return_exceptions=True)
    print([repr(x) for x in r])
    try:
        await asyncio.gather(cancelled_child(), ok("k", 0.2))
    except asyncio.CancelledError as e:
        print("CancelledError propagated from child:", e.args)
    await asyncio.sleep(1)
    print("done at", loop.time())

asyncio.run(main())
