# The API before asyncio.run: get_event_loop, new_event_loop, set_event_loop,
# run_until_complete (coroutine, gather, ensure_future), run_forever/stop, close, the
# errors of a closed or busy loop (the coroutine never awaited).
import asyncio
async def main():
    await asyncio.sleep(1)
    return "done"
loop = asyncio.get_event_loop()
print(loop.run_until_complete(main()))
loop.close()
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(main()), loop.time())
loop.close()
async def tick(n):
    await asyncio.sleep(n)
    print("tick", n, asyncio.get_event_loop().time())
    return n
loop = asyncio.new_event_loop()
tasks = [loop.create_task(tick(i)) for i in range(3)]
print(loop.run_until_complete(asyncio.gather(*tasks)), loop.is_closed(), loop.is_running())
asyncio.set_event_loop(loop)
f = asyncio.ensure_future(tick(5))
print(loop.run_until_complete(f))
loop.call_later(1, loop.stop)
loop.run_forever()
print("stopped at", loop.time())
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(tick(1))
except RuntimeError as e:
    print("RuntimeError:", e)
async def inner():
    try:
        asyncio.get_event_loop().run_until_complete(asyncio.sleep(0))
    except RuntimeError as e:
        print("RuntimeError:", e)
asyncio.run(inner())
print(asyncio.run(tick(1)))
