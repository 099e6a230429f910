# Writing to a peer that closed, as over a loopback socket with CPython 3.11: the
# first send succeeds (the peer's kernel answers it with RST), the next fails with
# EPIPE: the transport closes, connection_lost gets the BrokenPipeError, drain() and
# wait_closed() raise it; later writes are counted and logged from the fifth on.
import asyncio

async def closing_handler(reader, writer):
    print('server: closing at once')
    writer.close()
    await writer.wait_closed()
    print('server: closed')

class Client(asyncio.Protocol):
    def connection_made(self, transport):
        print('protocol: made')
    def data_received(self, data):
        print('protocol: data', data)
    def eof_received(self):
        print('protocol: eof, keeping the transport open')
        return True
    def connection_lost(self, exc):
        print('protocol: lost', type(exc).__name__, exc)

class Closer(asyncio.Protocol):
    def connection_made(self, transport):
        transport.close()

async def streams():
    server = await asyncio.start_server(closing_handler, '127.0.0.1', 9200)
    reader, writer = await asyncio.open_connection('127.0.0.1', 9200)
    print('client got', await reader.read(10), reader.at_eof())
    for i in range(8):
        writer.write(b'x' * 10)
        try:
            await writer.drain()
            print(i, 'drained', writer.is_closing())
        except Exception as e:
            print(i, 'drain:', type(e).__name__, e)
        await asyncio.sleep(0)
    writer.close()
    writer.close()
    print('closing', writer.is_closing())
    for _ in range(2):
        try:
            await writer.wait_closed()
            print('wait_closed returned')
        except Exception as e:
            print('wait_closed:', type(e).__name__, e)
    writer.write(b'after close')
    try:
        await writer.drain()
        print('drain after close returned')
    except Exception as e:
        print('drain after close:', type(e).__name__, e)
    server.close()
    await server.wait_closed()

async def protocols():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Closer, '127.0.0.1', 9201)
    transport, _ = await loop.create_connection(Client, '127.0.0.1', 9201)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    for i in range(3):
        transport.write(b'y')
        print(i, 'closing', transport.is_closing(), transport.get_write_buffer_size())
        await asyncio.sleep(0)
    transport.close()
    server.close()
    await server.wait_closed()

async def main():
    await streams()
    print('---')
    await protocols()

asyncio.run(main())
