# asyncio.Future(loop=), current_task(loop=) and all_tasks(loop=), inside and outside a running loop.
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = asyncio.Future(loop=loop)
    loop.call_soon(f.set_result, 3)
    print(await f, asyncio.current_task(loop=loop).get_name(), len(asyncio.all_tasks(loop=loop)))
    print(asyncio.current_task(loop) is asyncio.current_task())
asyncio.run(main())
loop = asyncio.new_event_loop()
print(asyncio.Future(loop=loop).done(), asyncio.all_tasks(loop))
loop.close()
