# Hostile: a task that cancels the main task (asyncio.run's), twice, while main
# waits; the second time main does not catch it and asyncio.run raises.
import asyncio


async def assassin(victim):
    await asyncio.sleep(0.1)
    victim.cancel()


async def main():
    me = asyncio.current_task()
    asyncio.create_task(assassin(me))
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("main cancelled once, carries on")
        me.uncancel()
    asyncio.create_task(assassin(me))
    await asyncio.sleep(10)
    print("never")


asyncio.run(main())
