# Exceptions on the VM's paths that raise without a C++ throw: a raise caught two
# calls up, a re-raise, KeyError/AttributeError raised by the instruction itself,
# exceptions crossing coroutines and native awaitables (sleep, queue get/put/join,
# anext with a default), StopIteration turned into RuntimeError, and tracebacks.
import asyncio
import traceback


def inner(n):
    if n:
        raise ValueError(f"bad {n}")
    return n


def middle(n):
    try:
        return inner(n)
    except ValueError:
        raise


try:
    middle(3)
except ValueError as e:
    print("caught", e, [fs.name for fs in traceback.extract_tb(e.__traceback__)])

d = {"a": 1}
try:
    d["b"]
except KeyError as e:
    print("KeyError", e.args)


class Slot:
    def __init__(self):
        self.x = 1


try:
    Slot().y
except AttributeError as e:
    print("AttributeError", e, e.name, type(e.obj).__name__)


class Lazy:
    def __getattr__(self, name):
        if name == "z":
            return 26
        raise AttributeError(f"no {name} here")


print(Lazy().z)
try:
    Lazy().w
except AttributeError as e:
    print("from __getattr__:", e)


def gen():
    yield 1
    raise StopIteration


try:
    list(gen())
except RuntimeError as e:
    print("RuntimeError", e, "cause", type(e.__cause__).__name__)


async def deep(n):
    if n == 0:
        raise KeyError("deep")
    await asyncio.sleep(0)
    return await deep(n - 1)


async def sleeper(q):
    try:
        await asyncio.sleep(10)
    finally:
        print("sleeper cleaned up")


async def getter(q):
    try:
        await q.get()
    except asyncio.CancelledError:
        print("getter cancelled, queue empty:", q.empty())
        raise


async def putter(q):
    await q.put(1)
    try:
        await q.put(2)
    except asyncio.CancelledError as e:
        print("putter cancelled", e.args)
        raise


async def joiner(q):
    await q.join()


async def agen():
    yield 1
    await asyncio.sleep(10)
    yield 2


async def main():
    try:
        await deep(3)
    except KeyError as e:
        print("deep", e, len(traceback.extract_tb(e.__traceback__)))
    q = asyncio.Queue()
    tasks = [asyncio.create_task(sleeper(q)), asyncio.create_task(getter(q))]
    full = asyncio.Queue(maxsize=1)
    tasks.append(asyncio.create_task(putter(full)))
    tasks.append(asyncio.create_task(joiner(full)))
    await asyncio.sleep(0.1)
    tasks[2].cancel("stop putting")
    for t in tasks:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in results])
    it = agen()
    print(await anext(it, "default"))
    waiting = asyncio.create_task(anext(it, "default"))
    await asyncio.sleep(0.1)
    waiting.cancel()
    try:
        await waiting
    except asyncio.CancelledError:
        print("anext with a default cancelled")
    try:
        await asyncio.wait_for(deep(5), 1)
    except KeyError:
        print("wait_for passed KeyError on")
    try:
        await asyncio.wait_for(sleeper(None), 0.5)
    except TimeoutError:
        print("timed out")
    await deep(2)


asyncio.run(main())
