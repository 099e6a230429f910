# Condition.wait_for with predicates, notify_all wake order, timeouts while waiting.
import asyncio

state = {"count": 0}

async def wait_until(name, cond, threshold):
    loop = asyncio.get_running_loop()
    async with cond:
        checks = []
        def pred():
            checks.append(state["count"])
            return state["count"] >= threshold
        result = await cond.wait_for(pred)
        print(f"{loop.time()} {name} released at count={state['count']} (predicate checked with {checks}) -> {result}")
        return name

async def ticker(cond):
    for _ in range(5):
        await asyncio.sleep(1)
        async with cond:
            state["count"] += 1
            print(f"tick count={state['count']}")
            cond.notify_all()

async def main():
    loop = asyncio.get_running_loop()
    cond = asyncio.Condition()
    results = await asyncio.gather(wait_until("w3", cond, 3), wait_until("w1", cond, 1),
                                   wait_until("w5", cond, 5), wait_until("w0", cond, 0), ticker(cond))
    print(results[:4])
    async with cond:
        print("wait_for with a true predicate returns at once:", await cond.wait_for(lambda: "truthy"))
    async def timed():
        async with cond:
            try:
                await asyncio.wait_for(cond.wait(), 1.5)
            except TimeoutError:
                print("timed out, lock re-acquired:", cond.locked(), "t =", loop.time())
    await timed()
    print("after: locked =", cond.locked())
    order = []
    async def sleeper(n):
        async with cond:
            await cond.wait()
            order.append(n)
    ts = [asyncio.create_task(sleeper(n)) for n in range(5)]
    await asyncio.sleep(0.1)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    print("wake order:", order)

asyncio.run(main())
