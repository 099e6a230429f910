# gather without return_exceptions: the first failure is raised out of asyncio.run.
import asyncio

async def worker(name, delay, fail):
    await asyncio.sleep(delay)
    print(name, "finishing")
    if fail:
        raise KeyError(name)
    return name

async def main():
    results = await asyncio.gather(worker("a", 1, False), worker("b", 2, True), worker("c", 3, True))
    print("never", results)

asyncio.run(main())
