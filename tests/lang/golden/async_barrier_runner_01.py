# asyncio.Barrier (waits, indexes, async with, abort, BrokenBarrierError, repr) and
# asyncio.Runner (several runs on one loop, task names, closed runner).
import asyncio

async def worker(b, i, log):
    await asyncio.sleep(0.1 * i)
    log.append(f"arrive {i} waiting={b.n_waiting}")
    index = await b.wait()
    log.append(f"pass {i} index={index}")
    async with b as idx:
        log.append(f"second {i} {idx}")

async def main():
    log = []
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken, "filling" in repr(b))
    await asyncio.gather(*(worker(b, i, log) for i in range(3)))
    print("\n".join(log))
    b2 = asyncio.Barrier(2)
    async def stuck():
        try:
            await b2.wait()
        except asyncio.BrokenBarrierError as e:
            print("broken:", e, type(e).__mro__[1].__name__)
    t = asyncio.create_task(stuck())
    await asyncio.sleep(0.1)
    await b2.abort()
    await t
    print(b2.broken, repr(b2).endswith("[broken]>"))
    try:
        await b2.wait()
    except asyncio.BrokenBarrierError as e:
        print("after abort:", e)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())

async def answer(x):
    await asyncio.sleep(1)
    print("in", asyncio.current_task().get_name())
    return x * 2

with asyncio.Runner() as runner:
    print(runner.run(answer(1)), runner.run(answer(2)), runner.get_loop().time())
try:
    runner.run(answer(3))
except RuntimeError as e:
    print("RuntimeError:", e)
print(asyncio.run(answer(5)))
