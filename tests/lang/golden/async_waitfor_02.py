# wait_for edge cases: inner task swallowing cancel, cancelling the outer waiter, nested timeouts.
import asyncio

async def stubborn(delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print("  stubborn: got cancel, cleaning up for 1s")
        await asyncio.sleep(1)
        print("  stubborn: returning anyway")
        return "stubborn result"
    return "normal result"

async def main():
    loop = asyncio.get_running_loop()
    try:
        r = await asyncio.wait_for(stubborn(10), timeout=2)
        print("wait_for returned", r, "t =", loop.time())
    except TimeoutError:
        print("TimeoutError after cleanup, t =", loop.time())

    async def outer():
        return await asyncio.wait_for(asyncio.sleep(10, "inner"), timeout=5)

    t = asyncio.create_task(outer())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled while wait_for pending, t =", loop.time())

    try:
        await asyncio.wait_for(asyncio.wait_for(asyncio.sleep(10), 3), 1)
    except TimeoutError:
        print("outer (shorter) timeout fires first, t =", loop.time())
    try:
        await asyncio.wait_for(asyncio.wait_for(asyncio.sleep(10), 1), 3)
    except TimeoutError:
        print("inner (shorter) timeout fires first, t =", loop.time())

    async def raises_timeout():
        await asyncio.sleep(0.5)
        raise TimeoutError("my own timeout")
    try:
        await asyncio.wait_for(raises_timeout(), 10)
    except TimeoutError as e:
        print("inner TimeoutError propagates with its message:", e.args, "t =", loop.time())
    results = []
    for limit in [0.5, 1.0, 1.5]:
        try:
            results.append(await asyncio.wait_for(asyncio.sleep(1.0, limit), limit))
        except TimeoutError:
            results.append("timeout")
    print("boundary results", results, "t =", loop.time())

asyncio.run(main())
