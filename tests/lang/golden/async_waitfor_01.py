# asyncio.wait_for: result, timeout (TimeoutError), cancellation of the inner task, None timeout.
import asyncio

async def slow(name, delay, value="v"):
    try:
        await asyncio.sleep(delay)
        print(f"  {name} completed")
        return value
    except asyncio.CancelledError:
        print(f"  {name} was cancelled at {asyncio.get_running_loop().time()}")
        raise

async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.wait_for(slow("fast", 1, "quick"), timeout=2))
    print("t =", loop.time())
    try:
        await asyncio.wait_for(slow("too slow", 5), timeout=1.5)
    except asyncio.TimeoutError as e:
        print("TimeoutError", repr(e), "is builtin TimeoutError:", asyncio.TimeoutError is TimeoutError, "t =", loop.time())
    print(await asyncio.wait_for(slow("no limit", 3, "unbounded"), timeout=None), "t =", loop.time())
    try:
        await asyncio.wait_for(slow("zero", 1), timeout=0)
    except TimeoutError:
        print("timeout=0 times out immediately, t =", loop.time())
    try:
        print(await asyncio.wait_for(asyncio.sleep(0, "ready"), timeout=0))
    except TimeoutError:
        print("timeout=0 even for a coroutine that would finish at once, t =", loop.time())
    print(await asyncio.wait_for(loop.create_task(asyncio.sleep(0, "done task")), timeout=1))
    task = asyncio.create_task(slow("task", 10))
    try:
        await asyncio.wait_for(task, 2)
    except TimeoutError:
        print("task cancelled?", task.cancelled(), "t =", loop.time())
    fut = loop.create_future()
    loop.call_later(0.5, fut.set_result, "future value")
    print(await asyncio.wait_for(fut, 1))
    async def failing():
        await asyncio.sleep(0.5)
        raise ValueError("inner failure")
    try:
        await asyncio.wait_for(failing(), 5)
    except ValueError as e:
        print("inner exception passes through:", e, "t =", loop.time())
    r = await asyncio.gather(asyncio.wait_for(slow("g1", 1, 1), 2), asyncio.wait_for(slow("g2", 3, 2), 2), return_exceptions=True)
    print([type(x).__name__ if isinstance(x, BaseException) else x for x in r], "t =", loop.time())

asyncio.run(main())
