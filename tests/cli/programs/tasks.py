import asyncio


async def worker(name, delay):
    await asyncio.sleep(delay)
    print(name, "done")
    return delay


async def main():
    results = await asyncio.gather(worker("a", 0.02), worker("b", 0.01))
    print(results)


asyncio.run(main())
