# Keyword arguments CPython's asyncio and builtins take: sleep(delay=, result=), gather(return_exceptions=),
# wait(timeout=, return_when=), Queue.put(item=), add_done_callback(context=), shield(arg=),
# round(number=), enumerate(iterable=, start=) and others.
import asyncio
async def main():
    print(await asyncio.sleep(0.1, result="r"))
    print(await asyncio.sleep(delay=0.1, result="r2"))
    print(await asyncio.gather(asyncio.sleep(0, "a"), return_exceptions=True))
    print(await asyncio.wait_for(asyncio.sleep(0, "w"), timeout=1))
    t = asyncio.create_task(asyncio.sleep(0.1))
    done, pending = await asyncio.wait({t}, timeout=1, return_when=asyncio.FIRST_COMPLETED)
    print(len(done))
    q = asyncio.Queue(maxsize=2); await q.put(item=1); print(q.get_nowait())
    s = asyncio.Semaphore(value=2); bs = asyncio.BoundedSemaphore(value=1)
    e = asyncio.Event(); c = asyncio.Condition(lock=asyncio.Lock())
    async with asyncio.timeout(delay=1): pass
    f = asyncio.get_running_loop().create_future()
    f.add_done_callback(lambda fu: print("cb", fu.result()), context=None)
    f.set_result(5)
    await asyncio.sleep(0)
    print(await asyncio.shield(arg=asyncio.sleep(0, "sh")))
    print(round(number=2.567, ndigits=1), sum([1, 2], start=10), list(enumerate(iterable="ab", start=1)))
    print(sorted([3, 1], key=lambda x: -x), "a,b".split(sep=",", maxsplit=1), int("11", base=2), max([1], default=0))
asyncio.run(main())
