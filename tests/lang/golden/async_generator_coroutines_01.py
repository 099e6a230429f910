# Generator-based coroutines: types.coroutine makes a generator function awaitable
# (and wraps a function returning a generator); awaiting a plain generator, such as
# asyncio.as_completed(...) by mistake, is a TypeError, and as_completed is lazy.
import asyncio, types

def plain():
    yield

@types.coroutine
def marked():
    v = yield
    return ("marked", v)

def returns_gen():
    return plain()

wrapped = types.coroutine(returns_gen)

async def native():
    return "native"

print(types.coroutine(native) is native)
print(marked.__code__.co_flags & 0x100 != 0, plain.__code__.co_flags & 0x100)

async def main():
    print(await marked())
    print(await wrapped())
    try:
        await plain()
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.as_completed([asyncio.sleep(0)])
    except TypeError as e:
        print("TypeError:", e)
    try:
        types.coroutine(5)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
