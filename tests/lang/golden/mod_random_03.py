# random distributions and async usage: gauss, expovariate, triangular, jittered sleeps.
import asyncio
import random

random.seed(2024)
print([round(random.gauss(0, 1), 10) for _ in range(4)])
print([round(random.normalvariate(10, 2), 10) for _ in range(2)])
print([round(random.expovariate(1.5), 10) for _ in range(3)])
print([round(random.triangular(0, 10, 3), 10) for _ in range(3)])
print([round(random.betavariate(2, 5), 10) for _ in range(2)])

async def jittery(name):
    delay = round(random.uniform(0.1, 1.0), 3)
    await asyncio.sleep(delay)
    print(f"{name} slept {delay} until {asyncio.get_running_loop().time():.3f}")
    return delay

async def main():
    random.seed(7)
    delays = await asyncio.gather(*(jittery(f"w{i}") for i in range(5)))
    print("max delay", max(delays), "loop time", round(asyncio.get_running_loop().time(), 3))

asyncio.run(main())
