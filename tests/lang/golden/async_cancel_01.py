# Task.cancel(msg): message propagation, cancelled(), exception(), result() after cancellation.
import asyncio

async def sleeper(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError as e:
        print(f"  {name} caught CancelledError args={e.args}")
        raise

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(sleeper("a", 10))
    await asyncio.sleep(1)
    print("cancel with message:", t.cancel("stop now"))
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter sees args:", e.args)
    print("cancelled:", t.cancelled(), "done:", t.done())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() raises CancelledError", e.args)
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exception() raises CancelledError", e.args)
    t2 = asyncio.create_task(sleeper("b", 10))
    await asyncio.sleep(0)
    t2.cancel()
    t2.cancel("second message wins?")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("after two cancels args:", e.args)
    done = asyncio.create_task(sleeper("c", 0))
    await asyncio.sleep(0.1)
    print("cancel on done task:", done.cancel(), done.result())
    t3 = asyncio.create_task(sleeper("d", 5))
    t3.cancel("before start")
    try:
        await t3
    except asyncio.CancelledError as e:
        print("cancelled before it ever ran:", e.args)
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
    fut = loop.create_future()
    fut.cancel("future msg")
    try:
        await fut
    except asyncio.CancelledError as e:
        print("future cancel args:", e.args, fut.cancelled())
    async def catches_everything():
        try:
            await asyncio.sleep(5)
        except Exception:
            print("  not reached: CancelledError is not an Exception")
        return "unreachable"
    t4 = asyncio.create_task(catches_everything())
    await asyncio.sleep(0)
    t4.cancel()
    r = await asyncio.gather(t4, return_exceptions=True)
    print("gathered:", [type(x).__name__ for x in r], "t =", loop.time())

asyncio.run(main())
