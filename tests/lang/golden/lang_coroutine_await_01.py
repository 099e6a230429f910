# coroutine.__await__(): the coroutine_wrapper iterator (next, send, throw, close, list()),
# and classes whose __await__ delegates to a coroutine with yield from (awaited,
# gathered, wrapped in a task by ensure_future).
import asyncio

class Yielder:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield self.v
        return got

async def inner(x):
    got = await Yielder(x)
    if got == "boom":
        raise ValueError("boom inside")
    return (x, got)

def drive():
    w = inner(3).__await__()
    print(type(w).__name__, iter(w) is w)
    print("yielded", next(w))
    try:
        w.send("a")
    except StopIteration as e:
        print("stop", e.value)
    w2 = inner(4).__await__()
    print("yielded", w2.send(None))
    try:
        w2.send("boom")
    except ValueError as e:
        print("raised", e)
    w3 = inner(5).__await__()
    next(w3)
    try:
        w3.throw(KeyError("k"))
    except KeyError as e:
        print("thrown back", repr(e))
    w4 = inner(6).__await__()
    next(w4)
    w4.close()
    print("closed")
    print(list(inner(7).__await__()))

class Delegating:
    def __init__(self, coro):
        self.coro = coro
    def __await__(self):
        result = yield from self.coro.__await__()
        return ("wrapped", result)

async def slow(v):
    await asyncio.sleep(0.5)
    return v

async def main():
    drive()
    print(await Delegating(slow(1)))
    print(await asyncio.gather(Delegating(slow(2)), slow(3), Delegating(slow(4))))
    t = asyncio.ensure_future(Delegating(slow(5)))
    print(await t, asyncio.get_running_loop().time())

asyncio.run(main())
