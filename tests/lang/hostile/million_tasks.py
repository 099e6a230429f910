# Hostile: a million tasks alive at once (CPython needs about 1 GB for them). Under
# a 256 MB heap cap this ends in MemoryError with a traceback, never by the kernel.
# After the traceback the teardown reports each task that never ran (a never-awaited
# warning apiece: asyncio.run's cleanup cannot cancel them with no memory left), in an
# order that depends on addresses, so the traceback is looked for anywhere.
# flags: --virtual-time --max-heap 256 --time-limit 30
# expect-exit: 1
# expect-stderr-anywhere: MemoryError: the run exceeded its memory cap
import asyncio


async def nap():
    await asyncio.sleep(1)


async def main():
    tasks = [asyncio.create_task(nap()) for _ in range(1_000_000)]
    await asyncio.gather(*tasks)
    print("done", len(tasks))


asyncio.run(main())
