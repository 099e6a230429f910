# asyncio.run called with a non-coroutine: ValueError.
import asyncio

async def main():
    return 1

print("calling asyncio.run(main) without parentheses")
asyncio.run(main)
