# Debug mode without logging set up: the slow callback warning goes to stderr, as
# logging's last-resort handler prints it (the last line of stderr is compared).
import asyncio
import time


def blocking(seconds):
    time.sleep(seconds)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(blocking, 0.15)
    await asyncio.sleep(0.5)
    print("main done", loop.get_debug())


asyncio.run(main(), debug=True)
