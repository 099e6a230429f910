# Reprs of futures and tasks: results cut like reprlib.repr, done callbacks (first, "<N more>", last),
# what a task waits for, and Task-N numbers across loop.create_task, asyncio.create_task(name=) and runs.
import asyncio

def on_done(fut):
    pass

class Listener:
    def notify(self, fut):
        pass

async def worker(fut):
    return await fut

async def main():
    loop = asyncio.get_running_loop()
    for value in ["y" * 40, list(range(10)), tuple(range(3)), (7,), {i: i * i for i in range(6)}, {3, 1, 2},
                  set(range(9)), frozenset(), 10 ** 50, 2.5, None, [[[[[[[[1]]]]]]]], "short", {"k": [1, 2]}]:
        f = loop.create_future()
        f.set_result(value)
        print(repr(f))
    f = loop.create_future()
    f.add_done_callback(on_done)
    print(f)
    f.add_done_callback(Listener().notify)
    print(f)
    f.add_done_callback(lambda fut: None)
    f.add_done_callback(print)
    print(f)
    waiter = loop.create_future()
    t = asyncio.create_task(worker(waiter))
    await asyncio.sleep(0)
    print(t)
    print(waiter)
    t.cancel("stop")
    print(t)
    await asyncio.gather(t, return_exceptions=True)
    print(t, waiter)
    named = asyncio.create_task(asyncio.sleep(0), name="named")
    plain = loop.create_task(asyncio.sleep(0), name="loop-named")
    print(asyncio.create_task(asyncio.sleep(0)).get_name(), named.get_name(), plain.get_name())
    await asyncio.sleep(0)

asyncio.run(main())

async def again():
    print(asyncio.current_task().get_name())

asyncio.run(again())
