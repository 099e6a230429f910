# collections in an asyncio program: deque as a sliding window, Counter of events.
import asyncio
from collections import deque, Counter, defaultdict

async def producer(name, q, n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        await q.put((name, i))

async def main():
    q = asyncio.Queue()
    window = deque(maxlen=4)
    seen = Counter()
    by_time = defaultdict(list)
    loop = asyncio.get_running_loop()
    prods = [asyncio.create_task(producer(n, q, 4, d)) for n, d in [("a", 0.5), ("b", 0.75), ("c", 1.0)]]
    for _ in range(12):
        name, i = await q.get()
        window.append(f"{name}{i}")
        seen[name] += 1
        by_time[loop.time()].append(name)
        print(f"{loop.time():5.2f} window={list(window)}")
    await asyncio.gather(*prods)
    print(seen.most_common(), dict(by_time))

asyncio.run(main())
