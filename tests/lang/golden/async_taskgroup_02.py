# TaskGroup failure: one task fails, siblings are cancelled, ExceptionGroup raised, body cancelled.
import asyncio

async def worker(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
        if fail:
            print(f"  {name} raising {fail!r} at {asyncio.get_running_loop().time()}")
            raise fail
        print(f"  {name} done")
        return name
    except asyncio.CancelledError:
        print(f"  {name} cancelled at {asyncio.get_running_loop().time()}")
        raise
    finally:
        print(f"  {name} cleanup")

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.TaskGroup() as tg:
            a = tg.create_task(worker("a", 1))
            b = tg.create_task(worker("b", 2, ValueError("b broke")))
            c = tg.create_task(worker("c", 5))
            print("body waiting")
            await asyncio.sleep(10)
            print("body not reached")
    except* ValueError as eg:
        print("except* ValueError:", repr(eg), "t =", loop.time())
    print("states:", a.result(), repr(b.exception()), c.cancelled())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("x", 1, KeyError("x")))
            tg.create_task(worker("y", 1, OSError("y")))
            tg.create_task(worker("z", 3))
    except ExceptionGroup as eg:
        print("group:", eg.message, sorted(repr(e) for e in eg.exceptions))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("p", 2))
            await asyncio.sleep(0.5)
            raise RuntimeError("body failed")
    except* RuntimeError as eg:
        print("body exception also ends up in a group:", repr(eg))
    async def child_cancels_itself():
        await asyncio.sleep(0.1)
        raise asyncio.CancelledError()
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(child_cancels_itself())
        u = tg.create_task(worker("u", 0.5))
    print("a cancelled child does not fail the group:", t.cancelled(), u.result())
    print("end t =", loop.time())

asyncio.run(main())
