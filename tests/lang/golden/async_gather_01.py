# asyncio.gather: result order, nesting, mixing coroutines/tasks/futures, duplicates, empty.
import asyncio

async def work(name, delay, value):
    print(f"start {name}")
    await asyncio.sleep(delay)
    print(f"end {name} at {asyncio.get_running_loop().time()}")
    return value

async def main():
    loop = asyncio.get_running_loop()
    r = await asyncio.gather(work("a", 3, "A"), work("b", 1, "B"), work("c", 2, "C"))
    print("ordered by argument, not completion:", r)
    inner1 = asyncio.gather(work("i1", 1, 1), work("i2", 2, 2))
    inner2 = asyncio.gather(work("j1", 0.5, "x"), work("j2", 0.5, "y"))
    outer = await asyncio.gather(inner1, inner2, work("k", 1.5, "solo"))
    print("nested:", outer)
    print("empty gather:", await asyncio.gather())
    t = asyncio.create_task(work("task", 1, "T"))
    fut = loop.create_future()
    loop.call_later(0.5, fut.set_result, "F")
    print("mixed:", await asyncio.gather(t, fut, work("coro", 0.25, "C")))
    same = asyncio.create_task(work("dup", 1, "D"))
    print("duplicates:", await asyncio.gather(same, same, same))
    g = asyncio.gather(work("g1", 1, 10), work("g2", 1, 20))
    print(isinstance(g, asyncio.Future), g.done())
    print(await g, g.done(), g.result())
    many = await asyncio.gather(*(work(f"n{i}", (5 - i) * 0.1, i * i) for i in range(5)))
    print("many:", many, "at", round(loop.time(), 2))
    values = await asyncio.gather(asyncio.sleep(1, "s1"), asyncio.sleep(0.5, "s2"))
    print("sleep results:", values)

asyncio.run(main())
