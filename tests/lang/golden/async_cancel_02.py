# cancelling() and uncancel(): counting requests, swallowing cancellation, structured retries.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async def resilient():
        task = asyncio.current_task()
        attempts = 0
        while True:
            try:
                attempts += 1
                await asyncio.sleep(1)
                return f"finished after {attempts} attempts, cancelling={task.cancelling()}"
            except asyncio.CancelledError:
                print(f"  cancelled (cancelling={task.cancelling()}), uncancel -> {task.uncancel()}")
                if attempts >= 3:
                    raise
    t = asyncio.create_task(resilient())
    await asyncio.sleep(0.5)
    t.cancel()
    print("cancelling after one cancel():", t.cancelling())
    await asyncio.sleep(0.2)
    t.cancel()
    await asyncio.sleep(0.2)
    print(await t, "t =", loop.time())
    t2 = asyncio.create_task(resilient())
    for _ in range(3):
        await asyncio.sleep(0.1)
        t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("third cancellation propagated, cancelled():", t2.cancelled())
    async def double():
        await asyncio.sleep(5)
    t3 = asyncio.create_task(double())
    await asyncio.sleep(0)
    t3.cancel()
    t3.cancel()
    t3.cancel()
    print("three pending cancel() calls ->", t3.cancelling())
    await asyncio.gather(t3, return_exceptions=True)
    print("cancelling of a finished task:", t3.cancelling())
    async def swallow():
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            pass
        me = asyncio.current_task()
        print("  swallowed; cancelling is still", me.cancelling())
        await asyncio.sleep(1)
        return "continued"
    t4 = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t4.cancel()
    print(await t4, "t =", loop.time())
    me = asyncio.current_task()
    print("main cancelling:", me.cancelling(), "uncancel on zero:", me.uncancel())

asyncio.run(main())
