# A client_connected_cb that raises (CPython 3.11.7: the loop's exception handler
# reports it with the transport, and the transport closes, so the client reads EOF),
# and the socket transport's methods: write buffer limits (their defaults, setting
# them, the ValueError), pause_reading/resume_reading twice, abort, writes of str.
import asyncio

async def failing_handler(reader, writer):
    data = await reader.read(10)
    print('server got', data)
    raise ValueError('boom ' + data.decode())

class Named(asyncio.Protocol):
    def __init__(self, name):
        self.name = name
    def connection_made(self, transport):
        self.transport = transport
        print(self.name, 'made')
    def data_received(self, data):
        print(self.name, 'data', data)
    def eof_received(self):
        print(self.name, 'eof')
    def connection_lost(self, exc):
        print(self.name, 'lost', repr(exc))

async def failing():
    server = await asyncio.start_server(failing_handler, '127.0.0.1', 9300)
    reader, writer = await asyncio.open_connection('127.0.0.1', 9300)
    writer.write(b'x')
    print('client reads', await reader.read(), reader.at_eof())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

async def transport_methods():
    loop = asyncio.get_running_loop()
    accepted = []
    def factory():
        accepted.append(Named('server'))
        return accepted[-1]
    server = await loop.create_server(factory, '127.0.0.1', 9301)
    tr, _ = await loop.create_connection(lambda: Named('client'), '127.0.0.1', 9301)
    print(tr.get_write_buffer_size(), tr.get_write_buffer_limits(), tr.is_reading())
    tr.set_write_buffer_limits(100, 10)
    print(tr.get_write_buffer_limits())
    try:
        tr.set_write_buffer_limits(10, 100)
    except ValueError as e:
        print('ValueError:', e)
    tr.set_write_buffer_limits(high=20)
    print(tr.get_write_buffer_limits())
    tr.set_write_buffer_limits(low=8)
    print(tr.get_write_buffer_limits())
    tr.set_write_buffer_limits()
    print(tr.get_write_buffer_limits())
    await asyncio.sleep(0)
    st = accepted[0].transport
    st.pause_reading()
    st.pause_reading()
    print('server reading', st.is_reading())
    tr.write(b'one')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    tr.write(b'two')
    await asyncio.sleep(0)
    print('resume')
    st.resume_reading()
    st.resume_reading()
    print('server reading', st.is_reading())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    try:
        tr.write('str')
    except TypeError as e:
        print('TypeError:', e)
    tr.writelines([b'a', b'b', b'c'])
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    tr.abort()
    print('aborted', tr.is_closing(), tr.is_reading())
    tr.abort()
    tr.close()
    tr.write(b'after abort')
    await asyncio.sleep(0)
    print('one iteration later')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    server.close()
    await server.wait_closed()

async def main():
    await transport_methods()
    print('---')
    await failing()

asyncio.run(main())
