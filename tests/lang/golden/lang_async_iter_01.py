# Async iterators: __aiter__/__anext__, StopAsyncIteration, async for with else/break.
import asyncio

class Ticker:
    def __init__(self, n, delay):
        self.n, self.delay, self.i = n, delay, 0
    def __aiter__(self):
        print("__aiter__")
        return self
    async def __anext__(self):
        if self.i >= self.n:
            print("StopAsyncIteration")
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.i += 1
        return self.i * 10

class Paged:
    """An async iterable that fetches pages lazily."""
    def __init__(self, pages):
        self.pages = pages
    def __aiter__(self):
        return self._gen()
    async def _gen(self):
        for p, items in enumerate(self.pages):
            print(f"  fetching page {p}")
            await asyncio.sleep(0.1)
            for it in items:
                yield it

async def main():
    loop = asyncio.get_running_loop()
    async for v in Ticker(3, 0.5):
        print("tick", v, "at", loop.time())
    else:
        print("async for else ran")
    async for v in Ticker(5, 1):
        if v == 20:
            print("breaking at", v)
            break
    else:
        print("not printed")
    print([x async for x in Paged([[1, 2], [], [3]])])
    it = Ticker(2, 0).__aiter__()
    print(await it.__anext__(), await anext(it))
    print(await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("anext raised StopAsyncIteration")
    ai = aiter(Paged([["a"]]))
    print(type(ai).__name__, await anext(ai))
    try:
        async for _ in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        for _ in Ticker(1, 0):
            pass
    except TypeError as e:
        print("TypeError:", e)
    t1 = asyncio.create_task(consume("fast", Ticker(3, 0.3)))
    t2 = asyncio.create_task(consume("slow", Ticker(2, 0.5)))
    print(await t1, await t2)

async def consume(name, src):
    got = []
    async for v in src:
        print(f"{name} got {v} at {asyncio.get_running_loop().time():.1f}")
        got.append(v)
    return got

asyncio.run(main())
