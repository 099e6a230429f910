# A peer that closes with data it has not read resets the connection, as Linux does
# (RST instead of FIN): the other end reads what arrived before the reset, then gets
# ConnectionResetError from recv; the transport's fatal read error closes it, so
# drain() and wait_closed() raise it too. Iteration by iteration against a ticker.
import asyncio

async def ticker(n):
    for i in range(n):
        print('tick', i)
        await asyncio.sleep(0)

def handler(reply):
    async def handle(reader, writer):
        writer.transport.pause_reading()
        print('server: paused reading')
        for _ in range(3):
            await asyncio.sleep(0)
        if reply:
            writer.write(reply)
        print('server: closing with unread data')
        writer.close()
        await writer.wait_closed()
        print('server: closed')
    return handle

async def client(port, reads):
    r, w = await asyncio.open_connection('127.0.0.1', port)
    w.write(b'unread')
    print('client: wrote')
    try:
        for _ in range(reads):
            print('client: read', await r.read(100))
    except OSError as e:
        print('client: read failed:', type(e).__name__, e)
    print('client:', repr(r.exception()), w.is_closing())
    for i in range(2):
        try:
            w.write(b'x')
            await w.drain()
            print('client: drained')
        except OSError as e:
            print('client: drain failed:', type(e).__name__, e)
    try:
        await w.wait_closed()
    except OSError as e:
        print('client: wait_closed:', type(e).__name__, e)

class Printing(asyncio.Protocol):
    def data_received(self, data):
        print('protocol: data', data)
    def eof_received(self):
        print('protocol: eof')
    def connection_lost(self, exc):
        print('protocol: lost', repr(exc))

async def main():
    loop = asyncio.get_running_loop()
    for port, reply, reads in [(11200, None, 1), (11201, b'reply', 2)]:
        server = await asyncio.start_server(handler(reply), '127.0.0.1', port)
        t = asyncio.create_task(ticker(14))
        await client(port, reads)
        await t
        server.close()
        print('---')
    server = await asyncio.start_server(handler(b'last words'), '127.0.0.1', 11202)
    transport, _ = await loop.create_connection(Printing, '127.0.0.1', 11202)
    transport.write(b'unread')
    await ticker(8)
    server.close()

asyncio.run(main())
