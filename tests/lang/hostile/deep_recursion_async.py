# Hostile: unbounded recursion through await (each await nests a coroutine):
# RecursionError, as in CPython.
import asyncio


async def down(n):
    return await down(n + 1)


asyncio.run(down(0))
