# A task's repr while a gather follows it: the callback is gather's _done_callback
# (CPython adds the place of asyncio's own source, which differs per installation:
# cut here).
import asyncio
import re


def shown(obj):
    return re.sub(r" at [^ \]]*tasks\.py:\d+\]", "]", repr(obj))


async def work(n):
    await asyncio.sleep(n)
    return n


async def main():
    t = asyncio.create_task(work(1))
    await asyncio.sleep(0)
    print(shown(t))
    g = asyncio.gather(t, work(2))
    await asyncio.sleep(0)
    print(shown(t))
    print(await g)
    print(shown(t))


asyncio.run(main())
