# async: 100k tasks gathered, each doing sleep(0).
import asyncio


async def work(i):
    await asyncio.sleep(0)
    return i


async def main():
    results = await asyncio.gather(*(work(i) for i in range(100_000)))
    print(len(results), sum(results))


asyncio.run(main())
