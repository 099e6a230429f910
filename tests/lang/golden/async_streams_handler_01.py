# Handlers that fail, as CPython 3.11.7 reports them: a client_connected_cb coroutine
# that raises is reported ("Unhandled exception in client_connected_cb") and its
# connection closed; one still reading when asyncio.run ends is cancelled, and its
# done callback's task.exception() raises CancelledError, reported as an exception in
# a callback. The program's exception handler hears of the first.
import asyncio

def handler(loop, context):
    # (what follows ') at ' is where the callback was defined: CPython's own file)
    print('handler:', context['message'].split(') at ')[0], repr(context.get('exception')), sorted(context))
    loop.default_exception_handler(context)

async def handle(reader, writer):
    data = await reader.readline()
    if data.startswith(b'bad'):
        raise ValueError(f'bad request {data!r}')
    writer.write(b'ok ' + data)

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    server = await asyncio.start_server(handle, '127.0.0.1', 9700)
    reader, writer = await asyncio.open_connection('127.0.0.1', 9700)
    writer.write(b'bad things\n')
    print('reply:', await reader.read(), reader.at_eof())
    r2, w2 = await asyncio.open_connection('127.0.0.1', 9700)
    w2.write(b'good\n')
    print('reply:', await r2.readline())
    r3, w3 = await asyncio.open_connection('127.0.0.1', 9700)
    await asyncio.sleep(0)
    print('leaving a handler waiting')

asyncio.run(main())
