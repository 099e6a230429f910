# Start order of gathered coroutines and tasks; coroutines are wrapped in argument order.
import asyncio

async def step(name, n):
    for i in range(n):
        print(f"{name}{i}", end=" ")
        await asyncio.sleep(0)
    return name

async def main():
    pre = asyncio.create_task(step("P", 2))
    r = await asyncio.gather(step("A", 3), step("B", 1), pre, step("C", 2))
    print()
    print(r)
    r = await asyncio.gather(step("X", 2), asyncio.gather(step("Y", 2), step("Z", 2)), step("W", 1))
    print()
    print(r)
    async def spawn_inside():
        t = asyncio.create_task(step("inner", 2))
        await step("outer", 2)
        return await t
    r = await asyncio.gather(spawn_inside(), step("Q", 3))
    print()
    print(r)
    order = []
    async def immediate(n):
        order.append(n)
        return n
    await asyncio.gather(*(immediate(n) for n in [5, 3, 9, 1]))
    print("immediate completion order:", order)

asyncio.run(main())
