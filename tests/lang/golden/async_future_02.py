# Futures with exceptions: set_exception, exception(), await raising, cancel, wrap coroutines.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(ValueError("bad thing"))
    print("done:", f.done(), "exception:", repr(f.exception()))
    try:
        await f
    except ValueError as e:
        print("await raised:", e)
    try:
        f.result()
    except ValueError as e:
        print("result() raised:", e)
    g = loop.create_future()
    try:
        g.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)
    h = loop.create_future()
    h.set_exception(KeyError)
    print("exception class is instantiated:", repr(h.exception()))
    c = loop.create_future()
    c.add_done_callback(lambda fut: print("callback on cancel, cancelled =", fut.cancelled()))
    print("cancel:", c.cancel(), "again:", c.cancel())
    await asyncio.sleep(0)
    try:
        c.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    d = loop.create_future()
    loop.call_later(1, d.set_exception, OSError(5, "io failure"))
    try:
        await d
    except OSError as e:
        print("OSError:", e.errno, e.strerror, "t =", loop.time())
    async def compute():
        await asyncio.sleep(0.5)
        return "computed"
    t = asyncio.ensure_future(compute())
    print(type(t).__name__, asyncio.isfuture(t), asyncio.iscoroutine(compute), asyncio.iscoroutinefunction(compute))
    print(await t)
    same = asyncio.ensure_future(t)
    print("ensure_future on a task returns it:", same is t)
    coro = compute()
    print(asyncio.iscoroutine(coro))
    coro.close()
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)
    chained = loop.create_future()
    def relay(src):
        if src.exception():
            chained.set_exception(RuntimeError(f"relayed {src.exception()!r}"))
    src = loop.create_future()
    src.add_done_callback(relay)
    src.set_exception(ZeroDivisionError("div"))
    try:
        await chained
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
