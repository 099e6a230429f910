# asyncio's async generator hooks: a generator left by `break` is closed by an
# aclose() task soon after (not at once); one still alive when asyncio.run ends is
# closed by shutdown_asyncgens (tasks numbered as CPython's); an error while closing
# is reported, not raised. A plain generator's error in its finally at finalization
# is "Exception ignored in".
import asyncio

keep = []


async def ticker(name, n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0.1)
    finally:
        print(f"{name} cleanup in {asyncio.current_task().get_name()}")


async def slow_close():
    try:
        yield 1
    finally:
        await asyncio.sleep(0.2)
        print("slow_close closed at", asyncio.get_running_loop().time())


async def bad_close():
    try:
        yield 1
    finally:
        raise ValueError("cannot close")


async def main():
    async for t in ticker("first", 10):
        print("tick", t)
        if t == 2:
            break
    print("after loop")
    await asyncio.sleep(0)
    print("after sleep(0)")
    a = slow_close()
    print(await a.__anext__())
    del a
    print("slow_close dropped")
    await asyncio.sleep(0.5)
    for agen in (ticker("kept", 5), bad_close()):
        keep.append(agen)
        print(await agen.__anext__())
    print("main end", asyncio.current_task().get_name())


asyncio.run(main())
print("after run")


async def second():
    print("second run in", asyncio.current_task().get_name())


asyncio.run(second())


def gen():
    try:
        yield 1
    finally:
        raise KeyError("in finally")


g = gen()
next(g)
del g
print("end")
