# cpu: exceptions raised and caught: a ValueError two calls deep, KeyError from a dict
# (EAFP caching), AttributeError, and tasks cancelled while they wait (CancelledError
# through their coroutines and the awaiting task).
import asyncio


def parse(s):
    if not s.isdigit():
        raise ValueError(s)
    return int(s)


def checked(s):
    return parse(s)


class Point:
    pass


def synchronous():
    bad = 0
    for i in range(100_000):
        try:
            checked("x" if i % 2 else "12")
        except ValueError:
            bad += 1
    cache = {}
    hits = 0
    for i in range(100_000):
        k = i % 1000
        try:
            hits += cache[k]
        except KeyError:
            cache[k] = 1
    p = Point()
    missing = 0
    for i in range(50_000):
        try:
            p.value
        except AttributeError:
            missing += 1
    return bad, hits, missing


async def waiter():
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        raise


async def cancellations():
    n = 0
    for _ in range(20_000):
        t = asyncio.create_task(waiter())
        await asyncio.sleep(0)
        t.cancel()
        try:
            await t
        except asyncio.CancelledError:
            n += 1
    return n


print(synchronous(), asyncio.run(cancellations()))
