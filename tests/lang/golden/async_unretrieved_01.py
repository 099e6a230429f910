# A task that fails and is never awaited: "Task exception was never retrieved" on stderr, exit 0.
import asyncio

async def fails():
    await asyncio.sleep(0.5)
    print("failing now")
    raise ValueError("nobody is listening")

async def main():
    t = asyncio.create_task(fails())
    await asyncio.sleep(1)
    print("task done:", t.done())
    del t
    print("main finished")

asyncio.run(main())
print("after asyncio.run")
