# TaskGroup: tasks run concurrently, the block waits for all, results, adding tasks from tasks.
import asyncio

async def work(name, delay):
    print(f"  {name} start at {asyncio.get_running_loop().time()}")
    await asyncio.sleep(delay)
    print(f"  {name} end at {asyncio.get_running_loop().time()}")
    return name.upper()

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work("a", 2))
        t2 = tg.create_task(work("b", 1), name="task-b")
        print("tasks created; none started yet:", t1.done(), t2.get_name())
    print("after block t =", loop.time(), t1.result(), t2.result())
    async def spawner(tg, depth):
        await asyncio.sleep(0.5)
        if depth < 3:
            tg.create_task(spawner(tg, depth + 1))
        print(f"  spawner depth {depth} at {loop.time()}")
        return depth
    async with asyncio.TaskGroup() as tg:
        tg.create_task(spawner(tg, 0))
    print("nested spawns all awaited, t =", loop.time())
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(work(f"w{i}", 3 - i)) for i in range(3)]
        await asyncio.sleep(0.5)
        print("body continues while tasks run, t =", loop.time())
    print([t.result() for t in tasks], "t =", loop.time())
    async with asyncio.TaskGroup() as tg:
        pass
    print("empty group ok")
    tg = asyncio.TaskGroup()
    coro = work("x", 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
        coro.close()
    async with tg:
        tg.create_task(work("late", 0.5))
    coro = work("after", 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
        coro.close()
    print("end t =", loop.time())

asyncio.run(main())
