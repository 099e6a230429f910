# Stream timing as in CPython 3.11: a ticker task prints each loop iteration, so
# the output shows in which iteration each connection, read, write, EOF and close
# lands (socket events run at the start of the next iteration).
import asyncio

async def ticker():
    for i in range(40):
        print('tick', i)
        await asyncio.sleep(0)

async def handle(reader, writer):
    print('server: connected', writer.get_extra_info('peername')[0])
    data = await reader.read(100)
    print('server: got', data)
    writer.write(data.upper())
    print('server: wrote')
    await writer.drain()
    print('server: drained')
    data = await reader.read(100)
    print('server: got2', data, reader.at_eof())
    writer.close()
    print('server: closed')
    await writer.wait_closed()
    print('server: wait_closed done')

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 8888)
    print('server started')
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    print('client: connecting')
    reader, writer = await asyncio.open_connection('127.0.0.1', 8888)
    print('client: connected')
    writer.write(b'hello')
    print('client: wrote')
    await writer.drain()
    print('client: drained')
    data = await reader.read(100)
    print('client: got', data)
    writer.write_eof()
    print('client: eof written')
    data = await reader.read(100)
    print('client: got2', data, reader.at_eof())
    writer.close()
    await writer.wait_closed()
    print('client: wait_closed done')
    server.close()
    await server.wait_closed()
    print('server closed')
    await t

asyncio.run(main())
