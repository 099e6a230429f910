# Async context managers: __aenter__/__aexit__ with awaits, suppression, ordering.
import asyncio

class Conn:
    opened = 0
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    async def __aenter__(self):
        print(f"{self.name}: connecting at t={asyncio.get_running_loop().time():.1f}")
        await asyncio.sleep(0.5)
        Conn.opened += 1
        print(f"{self.name}: connected")
        return self
    async def __aexit__(self, et, ev, tb):
        print(f"{self.name}: closing ({et.__name__ if et else 'clean'})")
        await asyncio.sleep(0.25)
        Conn.opened -= 1
        print(f"{self.name}: closed at t={asyncio.get_running_loop().time():.2f}")
        return self.suppress
    async def query(self, q):
        await asyncio.sleep(0.1)
        if q == "bad":
            raise ValueError(f"bad query on {self.name}")
        return f"{self.name}:{q}"

async def use(name, q, suppress=False):
    async with Conn(name, suppress) as c:
        print(f"{name}: open connections = {Conn.opened}")
        r = await c.query(q)
        print(f"{name}: got {r}")
        return r

async def main():
    print(await use("A", "select"))
    try:
        await use("B", "bad")
    except ValueError as e:
        print("main caught:", e)
    print(await use("C", "bad", suppress=True))
    results = await asyncio.gather(use("D", "one"), use("E", "two"))
    print(results, Conn.opened)
    async with Conn("F") as f1, Conn("G") as f2:
        print("both open:", f1.name, f2.name, Conn.opened)
    try:
        async with Conn("H"):
            await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("main swallowed the cancellation")
    finally:
        print("end of H block")

async def runner():
    t = asyncio.create_task(main())
    await asyncio.sleep(5.5)
    print("cancelling main at", asyncio.get_running_loop().time())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main was cancelled, open =", Conn.opened)

try:
    async def bad():
        async with 5:
            pass
    asyncio.run(bad())
except TypeError as e:
    print("TypeError:", e)
asyncio.run(runner())
