# Connections a server does not accept, and protocols whose callbacks raise, as in
# CPython 3.11: a server made with start_serving=False is bound but not listening, so
# connecting is refused until start_serving(); server.close() resets a connection it
# had not accepted yet (the connect fails with ECONNRESET); an exception in
# data_received or eof_received is a fatal error (the exception handler reports it with
# the protocol and transport, connection_lost gets it); one in connection_made is a
# callback's error and the connection goes on.
import asyncio

async def ticker():
    for i in range(20):
        print('tick', i)
        await asyncio.sleep(0)

async def handle(reader, writer):
    print('handler for', writer.get_extra_info('sockname'))
    writer.write(b'hello\n')
    await writer.drain()
    print('handler read', await reader.read())
    writer.close()

async def client(i, port):
    try:
        r, w = await asyncio.open_connection('127.0.0.1', port)
    except OSError as e:
        print('client', i, 'connect failed:', type(e).__name__, e)
        return
    print('client', i, 'connected')
    print('client', i, 'line', await r.readline())
    w.close()

async def not_listening():
    server = await asyncio.start_server(handle, '127.0.0.1', 10500, start_serving=False)
    t = asyncio.create_task(ticker())
    clients = [asyncio.create_task(client(i, 10500)) for i in range(2)]
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('start serving')
    await server.start_serving()
    print('serving')
    await asyncio.gather(*clients, client(2, 10500))
    server.close()
    await asyncio.gather(client(3, 10500))
    await t

async def closed_before_accept():
    server = await asyncio.start_server(handle, '127.0.0.1', 10700)
    connecting = asyncio.create_task(asyncio.open_connection('127.0.0.1', 10700))
    await asyncio.sleep(0)
    print('closing server')
    server.close()
    try:
        await connecting
        print('connected')
    except OSError as e:
        print('connect failed:', type(e).__name__, e)

class Server(asyncio.Protocol):
    def __init__(self, where):
        self.where = where
    def connection_made(self, transport):
        print('server made')
        if self.where == 'made':
            raise ValueError('in connection_made')
    def data_received(self, data):
        print('server data', data)
        if self.where == 'data':
            raise ValueError('in data_received')
    def eof_received(self):
        print('server eof')
        if self.where == 'eof':
            raise KeyError('in eof_received')
    def connection_lost(self, exc):
        print('server lost', repr(exc))

class Client(asyncio.Protocol):
    def data_received(self, data):
        print('client data', data)
    def eof_received(self):
        print('client eof')
    def connection_lost(self, exc):
        print('client lost', repr(exc))

async def raising_protocols():
    loop = asyncio.get_running_loop()
    for i, where in enumerate(['made', 'eof', 'data']):
        print('---', where)
        server = await loop.create_server(lambda: Server(where), '127.0.0.1', 10800 + i)
        transport, _ = await loop.create_connection(Client, '127.0.0.1', 10800 + i)
        transport.write(b'hello')
        transport.write_eof()
        for _ in range(6):
            await asyncio.sleep(0)
        transport.close()
        server.close()
        await asyncio.sleep(0)

async def main():
    await not_listening()
    await closed_before_accept()
    await raising_protocols()

asyncio.run(main())
