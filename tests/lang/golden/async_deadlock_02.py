# Deadlock: two tasks wait on each other's futures after some progress.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fa = loop.create_future()
    fb = loop.create_future()
    async def a():
        print("a: working")
        await asyncio.sleep(1)
        print("a: waiting for b's result at", loop.time())
        v = await fb
        fa.set_result(v + 1)
    async def b():
        print("b: working")
        await asyncio.sleep(2)
        print("b: waiting for a's result at", loop.time())
        v = await fa
        fb.set_result(v + 1)
    await asyncio.gather(a(), b())
    print("unreachable")

asyncio.run(main())
