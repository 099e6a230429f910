# Which failed tasks get "Task exception was never retrieved": only those nobody looked at.
import asyncio

async def boom(n):
    await asyncio.sleep(n * 0.1)
    raise RuntimeError(f"boom {n}")

async def main():
    t1 = asyncio.create_task(boom(1))
    t2 = asyncio.create_task(boom(2))
    t3 = asyncio.create_task(boom(3))
    await asyncio.sleep(1)
    print("t1 exception retrieved:", repr(t1.exception()))
    try:
        t2.result()
    except RuntimeError as e:
        print("t2 result() raised:", e)
    print("t3 left alone, done:", t3.done())
    del t1, t2
    print("dropping t3 now")
    del t3
    print("main returns")

asyncio.run(main())
print("end of program")
