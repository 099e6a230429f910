# asyncio.as_completed: completion order, timeout, exceptions, mixing futures.
import asyncio

async def fetch(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(f"{name} unreachable")
    return f"{name}@{delay}"

async def main():
    loop = asyncio.get_running_loop()
    coros = [fetch("a", 3), fetch("b", 1), fetch("c", 2), fetch("d", 1.5)]  # no ties: as_completed uses a set
    for i, fut in enumerate(asyncio.as_completed(coros)):
        result = await fut
        print(f"#{i} {result} t={loop.time()}")
    jobs = [fetch("x", 1), fetch("y", 2, fail=True), fetch("z", 3)]
    for fut in asyncio.as_completed(jobs):
        try:
            print("ok", await fut, "t =", loop.time())
        except ConnectionError as e:
            print("error", e, "t =", loop.time())
    slow = [fetch("s1", 1), fetch("s2", 5), fetch("s3", 10)]
    got = []
    try:
        for fut in asyncio.as_completed(slow, timeout=4):
            got.append(await fut)
    except TimeoutError:
        print("timed out after", got, "t =", loop.time())
    await asyncio.sleep(0)
    f = loop.create_future()
    loop.call_later(0.5, f.set_result, "plain future")
    t = asyncio.create_task(fetch("task", 0.25))
    print([await x for x in asyncio.as_completed([f, t, fetch("coro", 0.75)])])
    it = asyncio.as_completed([fetch("only", 1)])
    print(type(it).__name__)
    print(await next(it))
    try:
        next(it)
    except StopIteration:
        print("iterator exhausted")
    print("end t =", loop.time())

asyncio.run(main())
