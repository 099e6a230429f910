# asyncio.timeout(): expiry raises TimeoutError outside the block, expired(), when(), nesting.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1.5) as cm:
            print("deadline", cm.when(), "expired?", cm.expired())
            await asyncio.sleep(1)
            print("still inside at", loop.time())
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError as e:
        print("TimeoutError", repr(e), "at", loop.time(), "expired?", cm.expired())
        print("cause:", type(e.__cause__).__name__, "context:", type(e.__context__).__name__)
    async with asyncio.timeout(5) as cm2:
        await asyncio.sleep(1)
    print("finished in time, expired?", cm2.expired(), "t =", loop.time())
    async with asyncio.timeout(None) as cm3:
        print("no deadline:", cm3.when())
        await asyncio.sleep(2)
    print("t =", loop.time())
    try:
        async with asyncio.timeout(3):
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(2)
            except TimeoutError:
                print("inner timeout at", loop.time(), inner.expired())
            await asyncio.sleep(5)
    except TimeoutError:
        print("outer timeout at", loop.time())
    try:
        async with asyncio.timeout(0):
            print("entered a zero timeout")
            await asyncio.sleep(0)
            print("not reached either")
    except TimeoutError:
        print("zero timeout expires at the first await, t =", loop.time())
    try:
        async with asyncio.timeout(-1):
            await asyncio.sleep(1)
    except TimeoutError:
        print("negative timeout too, t =", loop.time())
    try:
        async with asyncio.timeout(1):
            raise ValueError("raised inside")
    except ValueError as e:
        print("other exceptions pass through:", e)
    async with asyncio.timeout(10):
        try:
            async with asyncio.timeout(0.5):
                await asyncio.sleep(1)
        except TimeoutError:
            pass
        print("caught inner timeout, outer continues at", loop.time())
        await asyncio.sleep(1)
    print("end at", loop.time())

asyncio.run(main())
