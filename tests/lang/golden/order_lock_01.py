# Lock and Semaphore fairness: waiters are served FIFO; a released lock can be barged by a running task.
import asyncio

async def main():
    lock = asyncio.Lock()
    order = []
    async def user(name, hold):
        async with lock:
            order.append(name)
            print(f"{name} holds the lock")
            await asyncio.sleep(hold)
    await lock.acquire()
    tasks = [asyncio.create_task(user(n, 0.1)) for n in "ABCD"]
    await asyncio.sleep(0)
    print("all waiting; releasing")
    lock.release()
    await asyncio.gather(*tasks)
    print("order:", order)
    print("--- barging: a task that never waited can grab a just-released lock")
    order.clear()
    await lock.acquire()
    waiter = asyncio.create_task(user("waiter", 0))
    await asyncio.sleep(0)
    lock.release()
    barger = asyncio.create_task(user("barger", 0))
    await asyncio.gather(waiter, barger)
    print("order:", order)
    print("--- semaphore wake order")
    sem = asyncio.Semaphore(0)
    got = []
    async def taker(n):
        await sem.acquire()
        got.append(n)
    ts = [asyncio.create_task(taker(n)) for n in range(5)]
    await asyncio.sleep(0)
    for _ in range(5):
        sem.release()
    await asyncio.gather(*ts)
    print("semaphore order:", got)
    print("--- event wakes waiters in wait() order")
    ev = asyncio.Event()
    woke = []
    async def ew(n):
        await ev.wait()
        woke.append(n)
    ts = [asyncio.create_task(ew(n)) for n in [3, 1, 2]]
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*ts)
    print("event order:", woke)

asyncio.run(main())
