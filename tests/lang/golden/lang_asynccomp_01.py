# Async comprehensions: async for in list/set/dict comps, await inside comprehensions.
import asyncio

async def numbers(n, delay=0.1):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i

async def double(x):
    await asyncio.sleep(0.05)
    return x * 2

async def main():
    loop = asyncio.get_running_loop()
    print([i async for i in numbers(5)], loop.time())
    print([i async for i in numbers(6) if i % 2], round(loop.time(), 2))
    print({i % 3 async for i in numbers(7, 0)})
    print({i: i * i async for i in numbers(4, 0)})
    print([await double(x) for x in range(4)], round(loop.time(), 2))
    print([await double(i) async for i in numbers(3, 0) if i > 0], round(loop.time(), 2))
    print([[j async for j in numbers(i, 0)] for i in range(4)])
    print([(a, b) async for a in numbers(2, 0) for b in "xy"])
    gen = (await double(x) for x in range(3))
    print(type(gen).__name__)
    print([v async for v in gen])
    agen = (i * 10 async for i in numbers(3, 0))
    print(type(agen).__name__, [v async for v in agen])
    coros = [double(n) for n in range(5)]
    print(await asyncio.gather(*coros), round(loop.time(), 2))
    tasks = {name: asyncio.create_task(double(len(name))) for name in ["a", "bb", "ccc"]}
    print({k: await t for k, t in tasks.items()})
    print(sum([x async for x in numbers(10, 0)]))

asyncio.run(main())
