# A loop iteration: ready callbacks run FIFO; what a task schedules runs on the next iteration.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    trace = []
    def cb(tag):
        trace.append(tag)
    async def t(name):
        trace.append(f"{name}:start")
        loop.call_soon(cb, f"{name}:soon")
        await asyncio.sleep(0)
        trace.append(f"{name}:after0")
        fut = loop.create_future()
        loop.call_soon(fut.set_result, None)
        await fut
        trace.append(f"{name}:afterfut")
    loop.call_soon(cb, "pre")
    tasks = [asyncio.create_task(t(n)) for n in "AB"]
    loop.call_soon(cb, "post")
    await asyncio.gather(*tasks)
    for line in trace:
        print(line)
    print("--- sleep(0) twice vs a 0-delay timer")
    trace.clear()
    loop.call_later(0, cb, "timer0")
    async def two_zero():
        await asyncio.sleep(0)
        trace.append("after first sleep(0)")
        await asyncio.sleep(0)
        trace.append("after second sleep(0)")
    await two_zero()
    await asyncio.sleep(0)
    print(trace)

asyncio.run(main())
