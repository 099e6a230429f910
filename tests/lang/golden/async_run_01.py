# asyncio.run: return values, exceptions, multiple runs, pending tasks cancelled at shutdown.
import asyncio

async def compute(x):
    await asyncio.sleep(1)
    return x * 2

print(asyncio.run(compute(21)))
print(asyncio.run(compute("ab")))

async def leaves_tasks():
    async def background(name):
        try:
            await asyncio.sleep(100)
        except asyncio.CancelledError:
            print(f"  {name} cancelled at shutdown")
            raise
        finally:
            print(f"  {name} finally")
    asyncio.create_task(background("bg1"))
    await asyncio.sleep(1)
    print("main returns while background tasks are pending")
    return "done"

print(asyncio.run(leaves_tasks()))

async def cleanup_needs_loop():
    async def bg():
        try:
            await asyncio.sleep(100)
        except asyncio.CancelledError:
            print("  bg cleaning up with an await")
            await asyncio.sleep(0)
            print("  bg cleanup finished")
            raise
    asyncio.create_task(bg())
    await asyncio.sleep(0)

asyncio.run(cleanup_needs_loop())

async def fails():
    await asyncio.sleep(0.5)
    raise LookupError("from inside run")

try:
    asyncio.run(fails())
except LookupError as e:
    print("asyncio.run re-raised:", repr(e))

async def loop_identity():
    return id(asyncio.get_running_loop())

a = asyncio.run(loop_identity())
print("each run gets a new loop (ids are compared, not printed)")
async def nested_coroutines(n):
    if n == 0:
        return 0
    return 1 + await nested_coroutines(n - 1)
print(asyncio.run(nested_coroutines(200)))
coro = compute(1)
print(type(coro).__name__)
print(asyncio.run(coro))
try:
    asyncio.run(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
