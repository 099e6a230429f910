# Calling a coroutine function without awaiting it: nothing runs; RuntimeWarning at teardown.
import asyncio

async def work(tag):
    print("work ran", tag)
    return tag

async def main():
    work("forgotten")
    c = work("inspected")
    print(type(c).__name__, asyncio.iscoroutine(c))
    print("awaited:", await work("awaited"))
    await c
    print("main done")

asyncio.run(main())
print("program end")
