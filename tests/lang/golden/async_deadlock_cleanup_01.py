# A deadlock ends asyncio.run through its cleanup, as on CPython under vtime.py: every
# task (main too) is cancelled and runs its except/finally code, which may ask for
# the running loop, before the deadlock message and exit code 3. Leftover tasks of a
# main that returned are cancelled the same way, with the loop still running.
import asyncio


async def leftover():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("leftover cancelled at", asyncio.get_running_loop().time())
        raise


async def first():
    t = asyncio.create_task(leftover())
    await asyncio.sleep(0.5)
    print("first returns, leaving", t.get_name())


async def stuck(name, q):
    try:
        await q.put(name)
        await q.put(name)
    except asyncio.CancelledError:
        print(name, "cancelled at", asyncio.get_running_loop().time(), "queue", q.qsize())
        raise
    finally:
        print(name, "finally")


async def second():
    q = asyncio.Queue(maxsize=1)
    try:
        await asyncio.sleep(1)
        await asyncio.gather(stuck("a", q))
    except asyncio.CancelledError:
        print("main cancelled")
        raise


asyncio.run(first())
asyncio.run(second())
