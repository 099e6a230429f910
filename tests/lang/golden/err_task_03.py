# wait_for timing out with nobody catching it: TimeoutError escapes asyncio.run.
import asyncio

async def slow():
    await asyncio.sleep(10)

async def main():
    print("waiting with a 2 second limit")
    await asyncio.wait_for(slow(), 2)

asyncio.run(main())
