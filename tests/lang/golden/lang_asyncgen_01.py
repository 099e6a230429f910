# Async generators: asend, athrow, aclose, finally, return semantics.
import asyncio

async def agen(name):
    print(f"  {name}: start")
    try:
        i = 0
        while True:
            await asyncio.sleep(0.5)
            got = yield (name, i)
            print(f"  {name}: received {got!r}")
            i += 1
    except ValueError as e:
        print(f"  {name}: caught {e!r}")
        yield (name, "recovered")
    except GeneratorExit:
        print(f"  {name}: GeneratorExit")
        raise
    finally:
        await asyncio.sleep(0.1)
        print(f"  {name}: finally at {asyncio.get_running_loop().time():.1f}")

async def main():
    g = agen("g")
    print(type(g).__name__, g.__name__)
    print(await g.__anext__())
    print(await g.asend("hello"))
    print(await g.asend(None))
    print(await g.athrow(ValueError("injected")))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("g is exhausted")
    h = agen("h")
    print(await anext(h))
    await h.aclose()
    print("h closed")
    try:
        await anext(h)
    except StopAsyncIteration:
        print("anext on closed h raises StopAsyncIteration")
    k = agen("k")
    await k.aclose()
    print("aclose before start is a no-op")
    try:
        await agen("m").asend("x")
    except TypeError as e:
        print("TypeError:", e)
    async def countdown(n):
        while n:
            yield n
            n -= 1
    print([v async for v in countdown(4)])
    total = 0
    async for v in countdown(100):
        total += v
        if total > 400:
            break
    print("total", total)
    async def with_return():
        yield 1
        return
    print([v async for v in with_return()])
    async def raises():
        yield "first"
        raise KeyError("inside agen")
    try:
        async for v in raises():
            print("got", v)
    except KeyError as e:
        print("KeyError propagated:", e)

asyncio.run(main())
