# asyncio.wait: FIRST_COMPLETED, pending tasks keep running, sets of done/pending.
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} failed")
    return name

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in [("a", 3), ("b", 1), ("c", 2), ("d", 1)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", names(done), "pending:", names(pending), "t =", loop.time())
    print("results:", sorted(t.result() for t in done))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print("next:", names(done), "pending:", names(pending), "t =", loop.time())
    done, pending = await asyncio.wait(pending)
    print("rest:", names(done), "pending:", names(pending), "t =", loop.time())
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    t1 = asyncio.create_task(job("x", 1, fail=True), name="x")
    t2 = asyncio.create_task(job("y", 2), name="y")
    done, pending = await asyncio.wait({t1, t2}, return_when=asyncio.FIRST_COMPLETED)
    print("failed task counts as completed:", names(done), repr(t1.exception()))
    await asyncio.wait(pending)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    coro = job("c", 1)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError:", e)
    coro.close()
    fut = loop.create_future()
    loop.call_later(0.5, fut.set_result, 5)
    done, pending = await asyncio.wait([fut, asyncio.create_task(job("z", 1), name="z")], return_when="FIRST_COMPLETED")
    print("futures work too:", [d.result() for d in done], len(pending), "t =", loop.time())
    await asyncio.wait(pending)
    print("all done t =", loop.time())

asyncio.run(main())
