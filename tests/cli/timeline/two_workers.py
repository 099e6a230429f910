# For check_timeline.py: Task-2 sleeps the first second and sets an event; Task-3
# waits on the event, then sleeps the second second; Task-4 fails at once.
import asyncio


async def setter(event):
    await asyncio.sleep(1.0)
    event.set()


async def waiter(event):
    await event.wait()
    await asyncio.sleep(1.0)


async def failer():
    raise ValueError("boom")


async def main():
    event = asyncio.Event()
    await asyncio.gather(setter(event), waiter(event), failer(), return_exceptions=True)


asyncio.run(main())
