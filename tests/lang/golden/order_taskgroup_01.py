# TaskGroup ordering: when tasks start, when the body resumes, cancellation order on failure.
import asyncio

cancelled = []

async def worker(name, steps, fail_at=None):
    try:
        for i in range(steps):
            print(f"{name} step {i}")
            if i == fail_at:
                raise ValueError(name)
            await asyncio.sleep(0)
        print(f"{name} done")
    except asyncio.CancelledError:
        cancelled.append(name)  # siblings are cancelled in set order: report them sorted
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker("A", 2))
        print("body after creating A")
        tg.create_task(worker("B", 2))
        print("body after creating B")
        await asyncio.sleep(0)
        print("body after sleep(0)")
    print("group exited")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("C", 5))
            tg.create_task(worker("D", 5, fail_at=1))
            tg.create_task(worker("E", 5))
    except* ValueError as eg:
        print("failed:", [str(e) for e in eg.exceptions], "cancelled:", sorted(cancelled))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("F", 3, fail_at=0))
            tg.create_task(worker("G", 3, fail_at=0))
    except* ValueError as eg:
        print("both failed before yielding:", sorted(str(e) for e in eg.exceptions))

asyncio.run(main())
