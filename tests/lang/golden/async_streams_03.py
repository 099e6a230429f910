# Errors and servers on the in-memory network: connection refused, address in use,
# writing a str or after write_eof, serve_forever cancelled, Server as a context
# manager, and the Protocol API (loop.create_server / loop.create_connection).
import asyncio

class Echo(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        print('echo: connection from', transport.get_extra_info('peername')[0])

    def data_received(self, data):
        print('echo: data', data)
        self.transport.write(data[::-1])

    def eof_received(self):
        print('echo: eof')

    def connection_lost(self, exc):
        print('echo: lost', exc)

class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done

    def connection_made(self, transport):
        transport.write(b'stressed')
        transport.write_eof()

    def data_received(self, data):
        print('client: data', data)

    def connection_lost(self, exc):
        print('client: lost', exc)
        self.done.set_result(True)

async def main():
    try:
        await asyncio.open_connection('127.0.0.1', 9100)
    except ConnectionRefusedError as e:
        print(type(e).__name__, e.errno, e)
    server = await asyncio.start_server(lambda r, w: None, '127.0.0.1', 9100)
    try:
        await asyncio.start_server(lambda r, w: None, '127.0.0.1', 9100)
    except OSError as e:
        print(type(e).__name__, e.errno, e)
    reader, writer = await asyncio.open_connection('127.0.0.1', 9100)
    try:
        writer.write('text')
    except TypeError as e:
        print(e)
    print(writer.can_write_eof())
    writer.write_eof()
    try:
        writer.write(b'late')
    except RuntimeError as e:
        print(e)
    writer.close()
    print(writer.is_closing(), writer.transport)
    await writer.wait_closed()

    forever = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0)
    print(server.is_serving(), forever.done())
    forever.cancel()
    try:
        await forever
    except asyncio.CancelledError:
        print('serve_forever cancelled; serving:', server.is_serving(), server.sockets)
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print(e)

    loop = asyncio.get_running_loop()
    echo_server = await loop.create_server(Echo, '127.0.0.1', 9101)
    print(isinstance(echo_server, asyncio.Server), echo_server.get_loop() is loop)
    done = loop.create_future()
    transport, protocol = await loop.create_connection(lambda: Client(done), '127.0.0.1', 9101)
    print(isinstance(transport, asyncio.Transport), isinstance(protocol, asyncio.Protocol))
    await done
    async with echo_server:
        print('closing echo server')
    print(echo_server.is_serving())

asyncio.run(main())
