# Hostile: coroutines created and never awaited (RuntimeWarning when they die),
# tasks never awaited that fail, and a coroutine passed where a callback is wanted.
import asyncio


async def work(n):
    print("work", n)
    return n


async def fail():
    raise ValueError("nobody looks")


async def main():
    for n in range(3):
        work(n)
    asyncio.create_task(fail())
    await asyncio.sleep(0.1)
    print("main done")


asyncio.run(main())
work(99)
print("end")
