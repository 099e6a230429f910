# asyncio.run inside a running loop: RuntimeError, and the inner coroutine is never awaited.
import asyncio

async def inner():
    return "inner"

async def main():
    print("calling asyncio.run from inside a coroutine")
    asyncio.run(inner())

asyncio.run(main())
