# loop.call_soon: FIFO order, arguments, interleaving with task steps, handles and cancel.
import asyncio

log = []

def cb(tag, *extra):
    log.append(tag)
    print("callback", tag, extra)

async def task(name, steps):
    for i in range(steps):
        print(f"task {name} step {i}")
        await asyncio.sleep(0)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, "first")
    loop.call_soon(cb, "second", 1, 2)
    h = loop.call_soon(cb, "cancelled")
    loop.call_soon(cb, "third")
    h.cancel()
    print("handle cancelled:", h.cancelled())
    print("scheduled; nothing ran yet:", log)
    await asyncio.sleep(0)
    print("after one sleep(0):", log)
    t1 = asyncio.create_task(task("A", 3))
    loop.call_soon(cb, "between")
    t2 = asyncio.create_task(task("B", 2))
    await asyncio.gather(t1, t2)
    def chain(n):
        print("chain", n)
        if n < 3:
            loop.call_soon(chain, n + 1)
    loop.call_soon(chain, 0)
    loop.call_soon(cb, "after-chain-start")
    await asyncio.sleep(0.1)
    def nested_scheduler():
        print("nested scheduler runs")
        loop.call_soon(cb, "scheduled-from-callback")
    loop.call_soon(nested_scheduler)
    loop.call_soon(cb, "queued-before")
    await asyncio.sleep(0.1)
    try:
        loop.call_soon(cb, "x", context=None, extra=1)
    except TypeError as e:
        print("TypeError:", type(e).__name__)
    print(type(h).__name__, h.cancelled())
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "set via call_soon")
    print(await fut)
    print("log:", log)

asyncio.run(main())
