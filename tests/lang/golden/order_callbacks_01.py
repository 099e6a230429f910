# Interleaving of call_soon callbacks, task steps and future callbacks within a loop iteration.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    def cb(tag):
        print("callback", tag)
    async def task(name):
        print(f"task {name} start")
        await asyncio.sleep(0)
        print(f"task {name} resumed")
    loop.call_soon(cb, 1)
    t = asyncio.create_task(task("T"))
    loop.call_soon(cb, 2)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("future callback", f.result()))
    fut.set_result("F")
    loop.call_soon(cb, 3)
    print("main yields")
    await asyncio.sleep(0)
    print("main back (1)")
    await asyncio.sleep(0)
    print("main back (2)")
    await t
    print("--- done callbacks of a task vs tasks awaiting it")
    async def target():
        await asyncio.sleep(0.5)
        return "target result"
    tt = asyncio.create_task(target())
    tt.add_done_callback(lambda f: print("done callback 1"))
    async def waiter(name):
        print(f"{name} got", await tt)
    w1 = asyncio.create_task(waiter("waiter1"))
    await asyncio.sleep(0)
    tt.add_done_callback(lambda f: print("done callback 2 (added after waiter)"))
    w2 = asyncio.create_task(waiter("waiter2"))
    await asyncio.gather(w1, w2)
    print("--- set_result wakes awaiting tasks in the order they awaited")
    f2 = loop.create_future()
    async def w(name):
        print(name, "awaits")
        print(name, "woke with", await f2)
    ws = [asyncio.create_task(w(f"W{i}")) for i in range(3)]
    await asyncio.sleep(0)
    loop.call_soon(cb, "before set_result")
    f2.set_result("go")
    loop.call_soon(cb, "after set_result")
    await asyncio.gather(*ws)

asyncio.run(main())
