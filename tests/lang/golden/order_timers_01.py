# Tasks sleeping until the same moment wake in the order their timers were scheduled.
import asyncio

async def sleeper(name, delay):
    await asyncio.sleep(delay)
    print(f"{asyncio.get_running_loop().time():.2f} {name} woke")

async def main():
    tasks = [asyncio.create_task(sleeper(n, 1)) for n in ["a", "b", "c", "d"]]
    await asyncio.gather(*tasks)
    print("--- created in one order, different delays that round to the same instant")
    tasks = [asyncio.create_task(sleeper("x", 0.3)), asyncio.create_task(sleeper("y", 0.1 + 0.2)),
             asyncio.create_task(sleeper("z", 0.30000000000000004))]
    await asyncio.gather(*tasks)
    print("--- a task that starts later but sleeps less")
    async def later():
        await asyncio.sleep(0)
        await sleeper("later-short", 0.5)
    await asyncio.gather(sleeper("early-long", 0.5), later(), sleeper("early-short", 0.25))
    print("--- many equal timers")
    order = []
    async def record(n):
        await asyncio.sleep(2)
        order.append(n)
    await asyncio.gather(*(record(n) for n in range(12)))
    print(order)
    print("--- wait_for timeout vs sleep with the same deadline")
    async def inner():
        await asyncio.sleep(1)
        return "inner finished"
    try:
        print(await asyncio.wait_for(inner(), 1))
    except TimeoutError:
        print("timeout won the tie")
    print("--- main sleeping the same as a child created just before")
    t = asyncio.create_task(sleeper("child", 1))
    await asyncio.sleep(1)
    print("main woke; child done?", t.done())
    await t

asyncio.run(main())
