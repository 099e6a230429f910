# Which task runs next after sleep(0): round-robin among ready tasks in creation order.
import asyncio

log = []

async def spinner(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        print(f"{name} step {i}")
        await asyncio.sleep(0)
    print(f"{name} finished")

async def main():
    a = asyncio.create_task(spinner("A", 3))
    b = asyncio.create_task(spinner("B", 2))
    c = asyncio.create_task(spinner("C", 4))
    print("main before yielding")
    await asyncio.sleep(0)
    print("main after one sleep(0)")
    await asyncio.sleep(0)
    print("main after two sleep(0)")
    await asyncio.gather(a, b, c)
    print("".join(log))
    log.clear()
    async def late(name):
        log.append(name)
    t1 = asyncio.create_task(spinner("X", 2))
    await asyncio.sleep(0)
    t2 = asyncio.create_task(late("Y"))
    await asyncio.sleep(0)
    print("after creating Y:", log)
    await asyncio.gather(t1, t2)
    async def no_yield(name):
        print(f"{name} runs to completion without yielding")
        return name
    t3 = asyncio.create_task(no_yield("N1"))
    t4 = asyncio.create_task(no_yield("N2"))
    print("created N1, N2; awaiting N2 first")
    print(await t4, await t3)

asyncio.run(main())
