# asyncio.Queue basics: maxsize, put/get_nowait, QueueFull/QueueEmpty, qsize/empty/full.
import asyncio

async def main():
    q = asyncio.Queue(maxsize=3)
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    for i in range(3):
        q.put_nowait(i)
        print("put", i, "size", q.qsize(), "full", q.full())
    try:
        q.put_nowait(99)
    except asyncio.QueueFull:
        print("QueueFull raised", repr(asyncio.QueueFull()))
    print(q.get_nowait(), q.get_nowait(), q.get_nowait(), q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty raised")
    unbounded = asyncio.Queue()
    for i in range(100):
        unbounded.put_nowait(i)
    print("unbounded", unbounded.maxsize, unbounded.qsize(), unbounded.full())
    print([unbounded.get_nowait() for _ in range(5)])
    zero = asyncio.Queue(0)
    print("maxsize 0 means unbounded:", zero.full())
    negative = asyncio.Queue(-1)
    negative.put_nowait("x")
    print("negative maxsize also unbounded:", negative.full(), negative.qsize())
    await q.put("a")
    await q.put(None)
    await q.put([1, 2])
    print("await put on non-full queue", q.qsize())
    print(await q.get(), await q.get(), await q.get())
    mixed = asyncio.Queue()
    for item in [3, "three", (3,), {"n": 3}]:
        await mixed.put(item)
    while not mixed.empty():
        print("got", repr(await mixed.get()))
    print(type(q).__name__, issubclass(asyncio.QueueFull, Exception), issubclass(asyncio.QueueEmpty, Exception))

asyncio.run(main())
