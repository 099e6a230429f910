# Hostile: a task that yields to the loop forever; in deterministic mode virtual
# time never moves, so only the wall-clock limit can end it (CPython: forever).
# flags: --virtual-time --time-limit 1
# expect-exit: 4
# expect-stderr: loopscope: time limit reached
# stop-after: 0.5
import asyncio


async def main():
    while True:
        await asyncio.sleep(0)


asyncio.run(main())
