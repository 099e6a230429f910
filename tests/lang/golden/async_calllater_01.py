# call_later / call_at: ordering by deadline, ties keep scheduling order, cancel, when(), loop.time().
import asyncio

def fire(tag):
    loop = asyncio.get_running_loop()
    print(f"{loop.time():5.2f} fire {tag}")

async def main():
    loop = asyncio.get_running_loop()
    handles = {}
    handles["c3"] = loop.call_later(3, fire, "c3")
    handles["c1"] = loop.call_later(1, fire, "c1")
    handles["c2a"] = loop.call_later(2, fire, "c2a")
    handles["c2b"] = loop.call_later(2, fire, "c2b")
    handles["at15"] = loop.call_at(loop.time() + 1.5, fire, "at1.5")
    handles["c0"] = loop.call_later(0, fire, "c0")
    handles["neg"] = loop.call_later(-1, fire, "negative delay")
    loop.call_soon(fire, "soon")
    handles["x"] = loop.call_later(2.5, fire, "cancelled one")
    handles["x"].cancel()
    print({k: h.when() for k, h in handles.items()})
    print(type(handles["c1"]).__name__, handles["x"].cancelled(), handles["c1"].cancelled())
    await asyncio.sleep(4)
    print("--- mixing sleeps and timers with the same deadline")
    async def sleeper(tag, d):
        await asyncio.sleep(d)
        print(f"{loop.time():5.2f} sleeper {tag}")
    loop.call_later(1, fire, "timer scheduled first")
    t = asyncio.create_task(sleeper("task", 1))
    loop.call_later(1, fire, "timer scheduled after create_task")
    await t
    await asyncio.sleep(0.5)
    print("--- a callback cancelling a later one")
    late = loop.call_later(2, fire, "should be cancelled")
    loop.call_later(1, lambda: (print(f"{loop.time():5.2f} canceller runs"), late.cancel()))
    await asyncio.sleep(3)
    print("--- call_at in the past runs on the next iteration")
    loop.call_at(0, fire, "call_at(0)")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    h = loop.call_later(1, fire, "twice cancelled")
    h.cancel()
    h.cancel()
    await asyncio.sleep(2)
    print("end", loop.time())

asyncio.run(main())
