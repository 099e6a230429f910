# An exception in a loop callback is logged ("Exception in callback ...") and the loop goes on.
import asyncio

def bad_callback(n):
    print("bad callback running with", n)
    return 1 / n

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad_callback, 0)
    loop.call_later(0.5, bad_callback, 2)
    loop.call_later(1.0, print, "the loop keeps going")
    await asyncio.sleep(2)
    print("main done at", loop.time())

asyncio.run(main())
