# Hostile: tasks waiting on each other's futures, queues and locks: every task waits
# and no timer is pending, so the deterministic mode reports a deadlock (vtime.py).
# flags: --virtual-time
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fa, fb = loop.create_future(), loop.create_future()
    qa, qb = asyncio.Queue(), asyncio.Queue()
    la, lb = asyncio.Lock(), asyncio.Lock()

    async def left():
        async with la:
            await asyncio.sleep(0.1)
            async with lb:
                fa.set_result(await fb)
        await qa.get()

    async def right():
        async with lb:
            await asyncio.sleep(0.1)
            async with la:
                fb.set_result(await fa)
        await qb.get()

    print("starting")
    await asyncio.gather(left(), right())
    print("never")


asyncio.run(main())
