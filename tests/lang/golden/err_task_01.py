# An exception inside a task propagates through await and asyncio.run (exit 1).
import asyncio

async def fetch(n):
    await asyncio.sleep(0.5)
    if n == 3:
        raise ConnectionError(f"request {n} failed")
    return n * 10

async def main():
    for n in range(1, 5):
        print("fetched", await fetch(n))

asyncio.run(main())
