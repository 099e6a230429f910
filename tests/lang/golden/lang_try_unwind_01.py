# break, continue and return out of try/except bodies must leave the handler behind:
# a later exception is not caught by a handler whose try statement has ended.
import asyncio


def break_then_raise():
    for i in range(3):
        try:
            if i == 1:
                break
        except ValueError:
            print("stale handler caught it: wrong")
    raise KeyError("after the loop")


def continue_in_try():
    seen = []
    for i in range(4):
        try:
            if i % 2:
                continue
            seen.append(i)
        except ZeroDivisionError:
            seen.append("never")
    return seen


def return_in_try_inside_finally():
    try:
        try:
            return "returned"
        except RuntimeError:
            print("stale: wrong")
    finally:
        print("finally runs")


try:
    break_then_raise()
except KeyError as e:
    print("propagated", e)
print(continue_in_try())
print(return_in_try_inside_finally())


async def inner(lock):
    fut = asyncio.get_running_loop().create_future()
    try:
        await fut
    finally:
        cancelled = False
        while True:
            try:
                await lock.acquire()
                break
            except asyncio.CancelledError:
                cancelled = True
        print("reacquired, cancelled during acquire:", cancelled)


async def main():
    lock = asyncio.Lock()
    t = asyncio.create_task(inner(lock))
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled; lock held:", lock.locked())
    cond = asyncio.Condition()
    async with cond:
        try:
            await asyncio.wait_for(cond.wait(), 1.5)
        except TimeoutError:
            print("timed out, lock re-acquired:", cond.locked(), "t =", asyncio.get_running_loop().time())
    print("after: locked =", cond.locked())


asyncio.run(main())
