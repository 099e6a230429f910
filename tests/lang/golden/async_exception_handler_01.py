# loop.set_exception_handler / get_exception_handler / call_exception_handler /
# default_exception_handler: the handler gets the loop's reports (a failing callback,
# a task whose exception nobody retrieved) with CPython's context keys, an error in
# the handler goes to the default handler, None restores the default.
import asyncio

seen = []

def handler(loop, context):
    exc = context.get('exception')
    keys = sorted(context)
    print(f"handler: {context['message']!r} keys={keys} exception={exc!r}")
    if 'handle' in context:
        print('  handle:', type(context['handle']).__name__, context['handle'].cancelled())
    if 'future' in context:
        print('  future:', context['future'])
    seen.append(context['message'])

async def fails(n):
    await asyncio.sleep(0.1)
    raise ValueError(f'task {n} failed')

def bad_handler(loop, context):
    raise RuntimeError('the handler itself failed')

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print(e)
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(lambda: 1 / 0)
    loop.call_later(0.05, int, 'not a number')
    await asyncio.sleep(0.1)
    task = asyncio.create_task(fails(1))
    await asyncio.sleep(0.2)
    del task  # dropped with its exception never retrieved: the handler hears of it
    await asyncio.sleep(0)
    loop.call_exception_handler({'message': 'a custom report', 'detail': 7})
    loop.set_exception_handler(bad_handler)
    loop.call_soon(lambda: [][1])
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())
    loop.default_exception_handler({'message': 'default, by hand', 'answer': 42})
    loop.call_exception_handler({'exception': KeyError('k')})
    print(seen)

asyncio.run(main())
