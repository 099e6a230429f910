# Hostile: thousands of tasks cancelled over and over, tasks that swallow their
# cancellation, cancel other tasks (and themselves) inside their handlers.
import asyncio


async def stubborn(i, log, peers):
    swallowed = 0
    while True:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            swallowed += 1
            if peers:
                peers[(i * 7 + swallowed) % len(peers)].cancel()
            if swallowed == 3:
                log.append(i)
                asyncio.current_task().cancel()
                try:
                    await asyncio.sleep(0)
                except asyncio.CancelledError:
                    log.append(-i)
                    raise


async def main():
    log = []
    peers = []
    tasks = [asyncio.create_task(stubborn(i, log, peers)) for i in range(3000)]
    peers.extend(tasks)
    for _ in range(5):
        await asyncio.sleep(0)
        for t in tasks:
            t.cancel()
            t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    cancelled = sum(isinstance(r, asyncio.CancelledError) for r in results)
    print(len(tasks), cancelled, len(log), sorted(log)[:5], sorted(log)[-5:])
    print(all(t.done() for t in tasks), sum(t.cancelled() for t in tasks))


asyncio.run(main())
