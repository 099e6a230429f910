# asyncio.shield: the inner task survives cancellation of the waiter; shield with wait_for.
import asyncio

async def critical(name, delay):
    print(f"  {name}: start")
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"  {name}: cancelled (should not happen)")
        raise
    print(f"  {name}: committed at {asyncio.get_running_loop().time()}")
    return f"{name} result"

async def main():
    loop = asyncio.get_running_loop()
    inner = asyncio.create_task(critical("save", 3))
    async def waiter():
        return await asyncio.shield(inner)
    w = asyncio.create_task(waiter())
    await asyncio.sleep(1)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("waiter cancelled at", loop.time(), "inner done?", inner.done())
    print("inner still completes:", await inner, "t =", loop.time())
    try:
        await asyncio.wait_for(asyncio.shield(critical("upload", 5)), timeout=2)
    except TimeoutError:
        print("wait_for timed out at", loop.time(), "but the shielded work continues")
    await asyncio.sleep(4)
    print("t =", loop.time())
    inner2 = asyncio.create_task(critical("direct", 2))
    sh = asyncio.shield(inner2)
    await asyncio.sleep(0.5)
    sh.cancel()
    print("shield future cancelled?", sh.cancelled(), "inner cancelled?", inner2.cancelled())
    print(await inner2)
    inner3 = asyncio.create_task(critical("killed", 2))
    sh3 = asyncio.shield(inner3)
    await asyncio.sleep(0.5)
    inner3.cancel()
    try:
        await sh3
    except asyncio.CancelledError:
        print("cancelling the inner task cancels the shield too:", sh3.cancelled())
    done = asyncio.create_task(critical("done-already", 0))
    await asyncio.sleep(0.1)
    print("shield of finished task:", await asyncio.shield(done))
    print("shield of plain value coroutine:", await asyncio.shield(asyncio.sleep(0.1, "slept")))

asyncio.run(main())
