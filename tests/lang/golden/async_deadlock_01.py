# Deadlock: a consumer waits on a queue that nobody fills (exit code 3 under the oracle).
import asyncio

async def consumer(q):
    print("consumer waiting for an item")
    item = await q.get()
    print("never printed", item)

async def producer(q):
    for i in range(2):
        await asyncio.sleep(1)
        print("producer made", i)
        await q.put(i)

async def main():
    q = asyncio.Queue()
    c = asyncio.create_task(consumer(q))
    await producer(q)
    await asyncio.sleep(0)
    print("queue size", q.qsize())
    ev = asyncio.Event()
    print("now waiting on an event that is never set")
    await ev.wait()
    print("never reached")

asyncio.run(main())
