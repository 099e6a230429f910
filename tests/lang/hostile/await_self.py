# Hostile: a coroutine that awaits itself and a task that awaits itself.
import asyncio


async def selfish():
    await me


async def task_self():
    await asyncio.current_task()


async def main():
    global me
    me = selfish()
    try:
        await me
    except Exception as e:
        print(type(e).__name__, e)
    try:
        await asyncio.create_task(task_self())
    except Exception as e:
        print(type(e).__name__, e)
    print("main done")


asyncio.run(main())
