# Real time: each sleep really waits (the wasm CLI blocks node's thread, the page
# suspends), whether asyncio's loop or time.sleep asks for it.
import asyncio
import time


async def main():
    start = time.monotonic()
    await asyncio.sleep(0.05)
    print("asyncio.sleep waited:", time.monotonic() - start >= 0.05)


asyncio.run(main())
start = time.monotonic()
time.sleep(0.05)
print("time.sleep waited:", time.monotonic() - start >= 0.05)
