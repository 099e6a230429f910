# asyncio.wait: FIRST_EXCEPTION, ALL_COMPLETED with timeout, timeouts leave tasks running.
import asyncio

async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"  {name} cancelled")
        raise
    if fail:
        raise ValueError(f"{name} failed")
    print(f"  {name} ok at {asyncio.get_running_loop().time()}")
    return name

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    loop = asyncio.get_running_loop()
    specs = [("a", 1, False), ("b", 2, True), ("c", 3, False), ("d", 4, True)]
    tasks = [asyncio.create_task(job(*s), name=s[0]) for s in specs]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION:", names(done), names(pending), "t =", loop.time())
    for t in sorted(done, key=lambda t: t.get_name()):
        print("  ", t.get_name(), repr(t.exception()))
    done, pending = await asyncio.wait(pending, timeout=0.5)
    print("timeout 0.5:", names(done), names(pending), "t =", loop.time())
    done, pending = await asyncio.wait(pending, timeout=10)
    print("timeout 10:", names(done), names(pending), "t =", loop.time())
    print("exceptions:", [repr(t.exception()) for t in sorted(done, key=lambda t: t.get_name())])
    ok_tasks = [asyncio.create_task(job(f"n{i}", i), name=f"n{i}") for i in range(1, 4)]
    done, pending = await asyncio.wait(ok_tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION without failures waits for all:", names(done), names(pending), "t =", loop.time())
    slow = [asyncio.create_task(job(f"s{i}", 5 + i), name=f"s{i}") for i in range(3)]
    done, pending = await asyncio.wait(slow, timeout=6.5, return_when=asyncio.ALL_COMPLETED)
    print("ALL_COMPLETED with timeout:", names(done), names(pending), "t =", loop.time())
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print("after cancel:", [(t.get_name(), t.cancelled()) for t in sorted(done, key=lambda t: t.get_name())])
    done, pending = await asyncio.wait([asyncio.create_task(job("z", 1), name="z")], timeout=0)
    print("timeout=0:", names(done), names(pending))
    await asyncio.wait(pending)
    try:
        await asyncio.wait(pending, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
