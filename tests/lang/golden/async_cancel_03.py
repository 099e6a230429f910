# Cancellation delivery: finally blocks, cleanup awaits, nested awaits, cancel during cleanup.
import asyncio

async def level3():
    try:
        await asyncio.sleep(10)
    finally:
        print("  level3 finally")

async def level2():
    try:
        await level3()
    finally:
        print("  level2 finally (awaiting cleanup)")
        await asyncio.sleep(0.5)
        print("  level2 cleanup done at", asyncio.get_running_loop().time())

async def level1():
    try:
        await level2()
    except asyncio.CancelledError:
        print("  level1 saw CancelledError, re-raising")
        raise
    finally:
        print("  level1 finally")

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(level1())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("chain cancelled at", loop.time())
    async def cleanup_interrupted():
        try:
            await asyncio.sleep(10)
        finally:
            print("  cleanup begins")
            try:
                await asyncio.sleep(5)
                print("  cleanup finished (not expected)")
            except asyncio.CancelledError:
                print("  cleanup itself was cancelled at", loop.time())
                raise
    t2 = asyncio.create_task(cleanup_interrupted())
    await asyncio.sleep(1)
    t2.cancel()
    await asyncio.sleep(1)
    t2.cancel()
    await asyncio.gather(t2, return_exceptions=True)
    print("t2 cancelled:", t2.cancelled())
    async def returns_in_finally():
        try:
            await asyncio.sleep(10)
        finally:
            return "finally wins over cancellation"
    t3 = asyncio.create_task(returns_in_finally())
    await asyncio.sleep(0)
    t3.cancel()
    print(await t3, "cancelled:", t3.cancelled())
    async def converts():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            raise RuntimeError("converted cancellation")
    t4 = asyncio.create_task(converts())
    await asyncio.sleep(0)
    t4.cancel()
    try:
        await t4
    except RuntimeError as e:
        print("RuntimeError:", e, "context:", type(e.__context__).__name__, "cancelled():", t4.cancelled())
    print("end t =", loop.time())

asyncio.run(main())
