# 50,000 lines sent at once and read one by one: the reader takes bytes from the
# front of its buffer without copying the rest each time (as bytearray does), so this
# takes milliseconds, not minutes.
import asyncio

N = 50000

async def handle(reader, writer):
    count = 0
    total = 0
    while line := await reader.readline():
        count += 1
        total += len(line)
    writer.write(f"{count} {total}\n".encode())
    await writer.drain()
    writer.close()

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 9500)
    reader, writer = await asyncio.open_connection('127.0.0.1', 9500)
    writer.write(b''.join(f'line {i:05d}\n'.encode() for i in range(N)))
    writer.write_eof()
    print((await reader.readline()).decode().strip())
    writer.close()
    server.close()

asyncio.run(main())
