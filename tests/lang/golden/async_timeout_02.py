# asyncio.timeout_at and reschedule(): moving deadlines, expired(), repr-free checks.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(10)
    try:
        async with asyncio.timeout_at(loop.time() + 2) as cm:
            print("when:", cm.when())
            await asyncio.sleep(1)
            cm.reschedule(loop.time() + 3)
            print("rescheduled to", cm.when())
            await asyncio.sleep(2.5)
            print("survived past the original deadline at", loop.time())
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out at", loop.time(), "expired:", cm.expired())
    async with asyncio.timeout(1) as cm2:
        cm2.reschedule(None)
        print("disabled deadline:", cm2.when())
        await asyncio.sleep(5)
    print("no timeout, t =", loop.time(), "expired:", cm2.expired())
    async with asyncio.timeout(None) as cm3:
        await asyncio.sleep(1)
        cm3.reschedule(loop.time() + 10)
        await asyncio.sleep(2)
    print("t =", loop.time(), cm3.expired())
    try:
        async with asyncio.timeout_at(loop.time() - 5) as past:
            await asyncio.sleep(0)
    except TimeoutError:
        print("deadline in the past expires immediately, t =", loop.time(), past.expired())
    try:
        async with asyncio.timeout(2) as cm4:
            await asyncio.sleep(1)
            cm4.reschedule(loop.time())
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("rescheduled to now, t =", loop.time())
    async def worker(n):
        try:
            async with asyncio.timeout(n):
                await asyncio.sleep(2)
                return f"worker {n} done"
        except TimeoutError:
            return f"worker {n} timed out"
    print(await asyncio.gather(*(worker(n) for n in (1, 2, 3))), "t =", loop.time())
    cm5 = asyncio.timeout(1)
    try:
        cm5.reschedule(5)
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
