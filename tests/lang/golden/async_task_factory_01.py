# loop.set_task_factory / get_task_factory (create_task, loop.create_task and gather's
# coroutines go through the factory, with context= when given), call_soon_threadsafe,
# shutdown_asyncgens and shutdown_default_executor.
import asyncio


made = []

def factory(loop, coro, context=None):
    made.append(coro.__qualname__)
    task = asyncio.Task(coro, loop=loop, context=context) if context is not None else asyncio.Task(coro, loop=loop)
    return task

async def child(n):
    await asyncio.sleep(0.1 * n)
    return n

async def agen():
    yield 1
    yield 2

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_task_factory())
    try:
        loop.set_task_factory(5)
    except TypeError as e:
        print(e)
    loop.set_task_factory(factory)
    print(loop.get_task_factory() is factory)
    t1 = asyncio.create_task(child(1), name='first')
    t2 = loop.create_task(child(2))
    print(type(t1).__name__, t1.get_name(), type(t2).__name__, t2.get_name())
    import contextvars
    t3 = loop.create_task(child(0), context=contextvars.copy_context(), name='with context')
    print(t3.get_name(), await t3)
    print(await asyncio.gather(t1, t2, child(3)))
    print(made)
    loop.set_task_factory(None)
    print(type(asyncio.create_task(child(0))).__name__)
    loop.call_soon_threadsafe(print, 'threadsafe callback')
    await asyncio.sleep(0)
    g = agen()
    print(await g.__anext__())
    await loop.shutdown_asyncgens()
    await loop.shutdown_default_executor()
    print('shut down')

asyncio.run(main())
