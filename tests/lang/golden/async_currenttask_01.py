# current_task, all_tasks, task names (default Task-N and custom), set_name, get_coro.
import asyncio

async def child(n):
    me = asyncio.current_task()
    print(f"  child {n}: name={me.get_name()} coro={me.get_coro().__qualname__}")
    await asyncio.sleep(n)
    return me.get_name()

async def main():
    me = asyncio.current_task()
    print("main task name:", me.get_name(), "coro:", me.get_coro().__name__)
    print("outside a task current_task is None:", current_outside)
    t1 = asyncio.create_task(child(1))
    t2 = asyncio.create_task(child(2), name="custom")
    t3 = asyncio.ensure_future(child(3))
    print("names:", t1.get_name(), t2.get_name(), t3.get_name())
    print("all tasks:", sorted(t.get_name() for t in asyncio.all_tasks()))
    t1.set_name("renamed")
    t3.set_name(42)
    print("renamed:", t1.get_name(), repr(t3.get_name()))
    print(await asyncio.gather(t1, t2, t3))
    print("all tasks after:", sorted(t.get_name() for t in asyncio.all_tasks()))
    print("current is main:", asyncio.current_task() is me)
    g = asyncio.gather(child(0.5), child(0.5))
    print("gather children:", sorted(t.get_name() for t in asyncio.all_tasks() if t is not me))
    await g
    loop = asyncio.get_running_loop()
    t4 = loop.create_task(child(0.1), name="via-loop")
    print(t4.get_name(), await t4)
    print("counter continues:", asyncio.create_task(child(0)).get_name())
    await asyncio.sleep(0.1)

current_outside = None
try:
    asyncio.current_task()
except RuntimeError as e:
    current_outside = f"RuntimeError: {e}"
asyncio.run(main())
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("RuntimeError:", e)
async def second_run():
    print("second asyncio.run main:", asyncio.current_task().get_name())
    print(asyncio.create_task(asyncio.sleep(0)).get_name())
asyncio.run(second_run())
