# async: 200k messages through a Queue ping-pong between two tasks.
import asyncio

N = 100_000


async def ping(to_pong, to_ping):
    for i in range(N):
        await to_pong.put(i)
        await to_ping.get()


async def pong(to_pong, to_ping):
    total = 0
    for _ in range(N):
        total += await to_pong.get()
        await to_ping.put(None)
    return total


async def main():
    a, b = asyncio.Queue(), asyncio.Queue()
    _, total = await asyncio.gather(ping(a, b), pong(a, b))
    print(total)


asyncio.run(main())
