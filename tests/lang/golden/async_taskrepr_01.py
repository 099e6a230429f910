# Reprs of tasks and futures in their states (pending, finished, cancelled, exception).
import asyncio

async def napper(delay):
    await asyncio.sleep(delay)
    return "rested"

async def failer():
    await asyncio.sleep(0)
    raise ValueError("oops")

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(napper(1), name="napper-task")
    print(repr(t))
    await asyncio.sleep(0)
    print(repr(t))
    await t
    print(repr(t))
    c = asyncio.create_task(napper(5))
    await asyncio.sleep(0)
    c.cancel()
    print(repr(c))
    await asyncio.gather(c, return_exceptions=True)
    print(repr(c))
    f = asyncio.create_task(failer(), name="failer")
    await asyncio.gather(f, return_exceptions=True)
    print(repr(f))
    fut = loop.create_future()
    print(repr(fut))
    fut.set_result([1, 2])
    print(repr(fut))
    fut2 = loop.create_future()
    fut2.set_exception(KeyError("k"))
    print(repr(fut2))
    fut2.exception()
    fut3 = loop.create_future()
    fut3.cancel()
    print(repr(fut3))
    fut4 = loop.create_future()
    fut4.add_done_callback(lambda f: None)
    print(repr(fut4))
    fut4.set_result(None)
    print(str(t) == repr(t), type(t).__name__, type(fut).__name__)
    print(repr(asyncio.current_task()).split(" cb=")[0])

asyncio.run(main())
