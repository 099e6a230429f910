# Hostile: a million tasks alive at once (CPython needs about 1 GB for them). Under
# a 256 MB heap cap this ends in MemoryError with a traceback, never by the kernel.
# flags: --virtual-time --max-heap 256 --time-limit 30
# expect-exit: 1
# expect-stderr: MemoryError
import asyncio


async def nap():
    await asyncio.sleep(1)


async def main():
    tasks = [asyncio.create_task(nap()) for _ in range(1_000_000)]
    await asyncio.gather(*tasks)
    print("done", len(tasks))


asyncio.run(main())
