# A client that gives up while its connection waits in the server's backlog (the
# task of open_connection cancelled): its socket closes before the accept, so the
# server still accepts the connection and its handler reads EOF at once (the FIN came
# first), freeing the descriptor, which the next sockets reuse as the kernel gives the
# lowest free one.
import asyncio

async def handle(reader, writer):
    print('server: accepted on fd', writer.get_extra_info('socket').fileno())
    print('server: read', await reader.read())
    writer.close()
    await writer.wait_closed()
    print('server: closed')

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 11300)
    print('listening on fd', server.sockets[0].fileno())
    connecting = asyncio.create_task(asyncio.open_connection('127.0.0.1', 11300))
    await asyncio.sleep(0)
    connecting.cancel()
    try:
        await connecting
    except asyncio.CancelledError:
        print('client: connect cancelled')
    for _ in range(4):
        await asyncio.sleep(0)
    r, w = await asyncio.open_connection('127.0.0.1', 11300)
    print('client: fd', w.get_extra_info('socket').fileno())
    w.write(b'hi')
    w.write_eof()
    print('client: read', await r.read())
    w.close()
    await w.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())
