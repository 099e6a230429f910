# match inside coroutines: awaits in the subject, in guards and in case bodies, interleaving tasks.
import asyncio

async def fetch(kind, delay):
    await asyncio.sleep(delay)
    return {"kind": kind, "delay": delay}

async def allowed(name):
    await asyncio.sleep(0.01)
    return name != "blocked"

async def handle(name, kind, delay):
    match await fetch(kind, delay):
        case {"kind": "user", "delay": d} if await allowed(name):
            await asyncio.sleep(d)
            print(f"{asyncio.get_running_loop().time():.2f} {name}: user after {d}")
            return "user"
        case {"kind": "user"}:
            print(f"{asyncio.get_running_loop().time():.2f} {name}: blocked user")
            return "blocked"
        case {"kind": "batch" | "job" as k}:
            results = []
            for i in range(2):
                await asyncio.sleep(0.05)
                results.append(i)
            print(f"{asyncio.get_running_loop().time():.2f} {name}: {k} {results}")
            return k
        case _:
            print(f"{asyncio.get_running_loop().time():.2f} {name}: unknown")
            return None

async def producer(queue):
    for msg in [("add", 1), ("add", 2), ("mul", 10), ("noop",), ("stop",)]:
        await queue.put(msg)
        await asyncio.sleep(0.02)

async def consumer(queue):
    total = 0
    while True:
        match await queue.get():
            case ("add", n):
                total += n
            case ("mul", n):
                total *= n
            case ("stop",):
                print("consumer stops with", total)
                return total
            case other:
                print("ignored", other)

async def main():
    results = await asyncio.gather(
        handle("ann", "user", 0.1),
        handle("blocked", "user", 0.05),
        handle("bob", "batch", 0.02),
        handle("cat", "other", 0.03),
    )
    print(results)
    queue = asyncio.Queue()
    _, total = await asyncio.gather(producer(queue), consumer(queue))
    print("total", total)

    # An async generator and async comprehension feeding a match.
    async def events():
        for e in ["start", ("data", 1), ("data", 2), "end"]:
            await asyncio.sleep(0)
            yield e
    async for e in events():
        match e:
            case "start" | "end":
                print("marker", e)
            case ("data", value):
                print("data", value)
    print([x async for x in events() if isinstance(x, tuple)])

asyncio.run(main())
