# A server with a single worker, over asyncio streams: each request waits for the
# worker (a Lock), takes 0.3 s, and its reply goes back over the connection.
# Loopscope runs servers and clients on an in-memory network (127.0.0.1 only).
# In the timeline: clients wait on "stream read" while the handlers queue on the lock.
import asyncio


async def handle(reader, writer):
    request = (await reader.readline()).decode().strip()
    host = writer.get_extra_info('peername')[0]
    print(f"server: {request!r} from {host}")
    async with worker:
        await asyncio.sleep(0.3)  # the work
        writer.write(f"{request.upper()} is ready\n".encode())
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(name, request):
    loop = asyncio.get_running_loop()
    start = loop.time()
    reader, writer = await asyncio.open_connection('127.0.0.1', 8888)
    writer.write(f"{request}\n".encode())
    await writer.drain()
    reply = (await reader.readline()).decode().strip()
    print(f"{name}: {reply!r} after {loop.time() - start:.1f} s")
    writer.close()
    await writer.wait_closed()


async def main():
    global worker
    worker = asyncio.Lock()
    server = await asyncio.start_server(handle, '127.0.0.1', 8888)
    print("serving on", server.sockets[0].getsockname())
    async with server:
        await asyncio.gather(client("ann", "tea"), client("bob", "coffee"), client("cy", "juice"))
    print("all served")


asyncio.run(main())
