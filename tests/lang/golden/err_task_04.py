# The main task is cancelled from a callback: asyncio.run raises CancelledError.
import asyncio

async def main():
    me = asyncio.current_task()
    asyncio.get_running_loop().call_later(1, me.cancel)
    print("main sleeping")
    await asyncio.sleep(5)
    print("never")

asyncio.run(main())
