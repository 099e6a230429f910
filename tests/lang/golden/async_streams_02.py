# A line protocol server and several clients on the in-memory network: readline,
# readexactly, readuntil, async iteration over lines, at_eof, IncompleteReadError,
# LimitOverrunError, reprs of readers, writers, transports and servers.
import asyncio

log = []

async def handle(reader, writer):
    peer = writer.get_extra_info('peername')
    name = (await reader.readline()).decode().strip()
    print(f'server: hello from {name} at {peer[0]} ({asyncio.current_task().get_name()})')
    writer.write(f'welcome {name}\n'.encode())
    async for line in reader:
        cmd = line.rstrip(b'\n')
        if cmd == b'SUM':
            header = await reader.readexactly(4)
            count = int(header)
            numbers = await reader.readuntil(b';')
            total = sum(int(x) for x in numbers[:-1].split(b',')[:count])
            writer.write(f'total {total}\n'.encode())
        elif cmd == b'QUIT':
            writer.write(b'bye\n')
            break
        else:
            writer.write(b'echo ' + cmd.upper() + b'\n')
        await writer.drain()
    print(f'server: {name} done, at_eof={reader.at_eof()}')
    writer.close()
    await writer.wait_closed()

async def client(name, commands):
    reader, writer = await asyncio.open_connection('127.0.0.1', 9000)
    writer.write(name.encode() + b'\n')
    print(f'{name}: {(await reader.readline()).decode().strip()}')
    for c in commands:
        writer.write(c)
        await writer.drain()
        reply = await reader.readline()
        print(f'{name}: sent {c!r} got {reply!r}')
        if reply == b'bye\n':
            break
    rest = await reader.read()
    print(f'{name}: rest {rest!r} eof={reader.at_eof()}')
    writer.close()
    await writer.wait_closed()
    print(f'{name}: closed {writer.is_closing()}')

async def short_reads():
    async def serve(reader, writer):
        writer.write(b'abc')
        writer.write_eof()
        try:
            await reader.readexactly(5)
        except asyncio.IncompleteReadError as e:
            print('server: incomplete', e.partial, e.expected, e)
        writer.close()

    server = await asyncio.start_server(serve, '127.0.0.1', 9001, limit=8)
    reader, writer = await asyncio.open_connection('127.0.0.1', 9001, limit=4)
    print(reader)
    try:
        await reader.readuntil(b'!')
    except asyncio.IncompleteReadError as e:
        print('client: incomplete', e.partial, e.expected)
    writer.write(b'xy')
    writer.write_eof()
    print(writer)
    await asyncio.sleep(0)
    writer.close()
    await writer.wait_closed()
    print(writer.transport)
    async with server:
        pass
    print(server, server.is_serving())

async def limits():
    async def serve(reader, writer):
        writer.write(b'0123456789abcdef\nshort\n')
        await writer.drain()
        writer.close()
    server = await asyncio.start_server(serve, '127.0.0.1', 9002)
    reader, writer = await asyncio.open_connection('127.0.0.1', 9002, limit=8)
    try:
        await reader.readline()
    except ValueError as e:
        print('readline:', type(e).__name__, e)
    print(await reader.readline())
    try:
        print(await reader.readuntil(b''))
    except ValueError as e:
        print(e)
    writer.close()
    server.close()

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 9000)
    print('serving on', [s.getsockname() for s in server.sockets], server.is_serving())
    await asyncio.gather(
        client('ann', [b'hi\n', b'SUM\n00031,2,3,4;', b'QUIT\n']),
        client('bob', [b'x\n', b'y\n', b'QUIT\n']),
    )
    server.close()
    await server.wait_closed()
    await short_reads()
    await limits()

asyncio.run(main())
