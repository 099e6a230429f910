# An exception raised in an async generator consumed with async for, uncaught.
import asyncio

async def readings():
    for v in [20, 21, -999]:
        await asyncio.sleep(0.1)
        if v < -100:
            raise ValueError(f"sensor glitch: {v}")
        yield v

async def main():
    async for r in readings():
        print("reading", r)

asyncio.run(main())
