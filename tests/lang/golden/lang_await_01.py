# Custom awaitables: __await__ generators, awaiting futures inside them, errors.
import asyncio

class Ready:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        print("  Ready.__await__ (no suspension)")
        return self.value
        yield

class Delayed:
    def __init__(self, value, delay):
        self.value, self.delay = value, delay
    def __await__(self):
        print(f"  Delayed.__await__ sleeping {self.delay}")
        yield from asyncio.sleep(self.delay).__await__()
        print("  Delayed woke up")
        return self.value * 2

class FutureBacked:
    def __await__(self):
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        loop.call_later(1.5, fut.set_result, "from future")
        result = yield from fut
        return f"got {result!r}"

class NotAwaitable:
    pass

class BadAwait:
    def __await__(self):
        return 42

async def main():
    loop = asyncio.get_running_loop()
    print(await Ready("immediate"))
    print(await Delayed(21, 2), "at", loop.time())
    print(await FutureBacked(), "at", loop.time())
    results = await asyncio.gather(Delayed(1, 1), Delayed(2, 0.5), FutureBacked())
    print(results, "at", loop.time())
    task = asyncio.ensure_future(Delayed(5, 1))
    print(type(task).__name__, await task)
    try:
        await NotAwaitable()
    except TypeError as e:
        print("TypeError:", e)
    try:
        await BadAwait()
    except TypeError as e:
        print("TypeError:", e)
    try:
        await 3
    except TypeError as e:
        print("TypeError:", e)
    coro = asyncio.sleep(0, "slept")
    print(type(coro).__name__, await coro)
    try:
        await coro
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await wrapper(Delayed(10, 0.25)))

async def wrapper(aw):
    value = await aw
    return ("wrapped", value)

asyncio.run(main())
