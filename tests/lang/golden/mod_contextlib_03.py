# contextlib async: asynccontextmanager (also as a decorator), aclosing, nullcontext in
# async with, AsyncExitStack; errors thrown into the async generator.
import asyncio
from contextlib import asynccontextmanager, aclosing, nullcontext, AsyncExitStack

@asynccontextmanager
async def connection(name):
    print("open", name)
    await asyncio.sleep(0.1)
    try:
        yield f"conn-{name}"
    finally:
        await asyncio.sleep(0.1)
        print("close", name, asyncio.get_running_loop().time())

@asynccontextmanager
async def no_yield():
    if False:
        yield

@asynccontextmanager
async def two_yields():
    yield
    yield

@asynccontextmanager
async def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))

async def ticker():
    for i in range(10):
        yield i

@connection("deco")
async def decorated(x):
    print("decorated body", x)
    return x + 1

async def main():
    async with connection("a") as c:
        print("using", c)
    try:
        async with connection("b"):
            raise ValueError("inside")
    except ValueError as e:
        print("caught", e)
    async with swallow():
        raise KeyError("k")
    for cm in (no_yield(), two_yields()):
        try:
            async with cm:
                pass
        except RuntimeError as e:
            print("RuntimeError:", e)
    print(await decorated(1))
    async with aclosing(ticker()) as t:
        async for i in t:
            if i == 2:
                break
            print("tick", i)
    async with nullcontext("n") as n:
        print("null", n)
    async with AsyncExitStack() as stack:
        names = [await stack.enter_async_context(connection(x)) for x in "xyz"]
        stack.callback(print, "sync callback")
        async def acb(msg):
            print("async callback", msg)
        stack.push_async_callback(acb, "done")
        print(names)
    print("end", asyncio.get_running_loop().time())

asyncio.run(main())
