# Futures: create_future, set_result, done callbacks (order, args, after done), result().
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("done:", fut.done(), "cancelled:", fut.cancelled())
    fut.add_done_callback(lambda f: print("cb1 sees", f.result()))
    def cb2(f):
        print("cb2 sees done =", f.done())
    fut.add_done_callback(cb2)
    fut.add_done_callback(cb2)
    print("removed:", fut.remove_done_callback(cb2))
    loop.call_later(1, fut.set_result, 42)
    print("awaited:", await fut, "t =", loop.time())
    print("result():", fut.result(), "exception():", fut.exception())
    fut.add_done_callback(lambda f: print("late callback still runs (scheduled soon)"))
    print("added late callback")
    await asyncio.sleep(0)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    pending = loop.create_future()
    try:
        pending.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        pending.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    async def setter(f, delay, value):
        await asyncio.sleep(delay)
        print("setting", value)
        f.set_result(value)
    waiters = []
    shared = loop.create_future()
    async def wait_on(name):
        v = await shared
        print(f"{name} got {v} at {loop.time()}")
        return name
    for n in ["w1", "w2", "w3"]:
        waiters.append(asyncio.create_task(wait_on(n)))
    await setter(shared, 2, "shared value")
    print(await asyncio.gather(*waiters))
    f2 = loop.create_future()
    f2.add_done_callback(lambda f, tag="T": print("callback with default arg", tag, f.result()))
    f2.set_result("ok")
    await asyncio.sleep(0)
    print(asyncio.isfuture(f2), asyncio.isfuture(42), f2.get_loop() is loop)
    ff = asyncio.Future()
    ff.set_result("made by asyncio.Future()")
    print(await ff)

asyncio.run(main())
