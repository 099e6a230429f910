# sys.exit inside asyncio.run: SystemExit propagates out of the loop, exit status from the message.
import asyncio
import sys

async def worker():
    await asyncio.sleep(1)
    print("worker decides to exit at", asyncio.get_running_loop().time())
    sys.exit("fatal: giving up")

async def main():
    try:
        await worker()
    finally:
        print("main finally")

asyncio.run(main())
print("not reached")
