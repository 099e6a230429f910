# Hostile: two tasks awaiting each other. Nothing moves until main cancels one:
# cancel() follows the cycle of waiters (ping cancels pong cancels ping ...), which
# in CPython ends in RecursionError; it must not overflow the C++ stack.
# flags: --virtual-time
# expect-stderr: RecursionError: maximum recursion depth exceeded
import asyncio


async def ping():
    await pong_task


async def pong():
    await ping_task


async def main():
    global ping_task, pong_task
    ping_task = asyncio.create_task(ping())
    pong_task = asyncio.create_task(pong())
    done, pending = await asyncio.wait([ping_task, pong_task], timeout=5)
    print(len(done), len(pending))
    ping_task.cancel()
    print("never")


asyncio.run(main())
