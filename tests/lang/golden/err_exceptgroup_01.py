# Uncaught ExceptionGroup from a TaskGroup: the traceback ends with the box-drawing footer.
import asyncio

async def fail(msg, delay):
    await asyncio.sleep(delay)
    raise ValueError(msg)

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail("first", 1))
        tg.create_task(fail("second", 1))
        print("tasks started")

asyncio.run(main())
