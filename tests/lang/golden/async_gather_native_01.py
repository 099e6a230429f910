# gather's edges: futures already done (their callbacks run soon, not at once),
# repeated arguments, return_exceptions with failures and cancellations, cancelling
# a gather from a child, gather() of nothing, and an awaitable that is neither a
# coroutine nor a future (the Python path) mixed with coroutines.
import asyncio

async def value(v, delay=0):
    await asyncio.sleep(delay)
    return v

async def fail(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)

class Awaitable:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield from asyncio.sleep(0.1).__await__()
        return self.v * 10

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    done.set_result("early")
    g = asyncio.gather(done, done)
    print("done at once?", g.done())
    print(await g)

    t = asyncio.create_task(value("t", 0.2))
    print(await asyncio.gather(t, value("x", 0.1), t))

    print(await asyncio.gather(fail("a", 0.1), value(1), asyncio.sleep(0.2, "s"), return_exceptions=True))

    c = asyncio.create_task(value("never", 5))
    g = asyncio.gather(c, value("v", 0.1), return_exceptions=True)
    await asyncio.sleep(0.05)
    c.cancel("stop it")
    print(await g)

    try:
        await asyncio.gather(value(2, 0.3), fail("first", 0.1), fail("second", 0.2))
    except ValueError as e:
        print("raised", e)
    await asyncio.sleep(0.5)

    g = asyncio.gather(value("slow", 1), value("slower", 2))
    loop.call_later(0.5, g.cancel, "enough")
    try:
        await g
    except asyncio.CancelledError as e:
        print("cancelled:", repr(e), g.cancelled())

    e = asyncio.gather()
    print("empty", e.done(), await e)

    print(await asyncio.gather(Awaitable(4), value(5), Awaitable(6)))
    try:
        asyncio.gather(value(1), 42)
    except TypeError as e:
        print("TypeError:", e)
    await asyncio.sleep(0)

asyncio.run(main())
