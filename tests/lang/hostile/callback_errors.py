# Hostile: call_soon / call_later callbacks that raise (reported by the loop's
# exception handler, the loop goes on), and one that reschedules itself 5000 times
# and raises every 1000th time.
import asyncio


def boom(n):
    raise RuntimeError(f"callback {n} failed")


def bad_type():
    return 1 + "x"


count = 0


def again(loop):
    global count
    count += 1
    if count < 5000:
        loop.call_soon(again, loop)
    if count % 1000 == 0:
        raise ValueError(f"at {count}")


async def main():
    loop = asyncio.get_running_loop()
    for n in range(3):
        loop.call_soon(boom, n)
    loop.call_soon(bad_type)
    loop.call_later(0.01, boom, 99)
    loop.call_soon(again, loop)
    await asyncio.sleep(0.1)
    print("count", count)
    print("still running")


asyncio.run(main())
