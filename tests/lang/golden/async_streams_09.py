# Argument errors of loop.create_server / create_connection (also through start_server
# and open_connection) name them as CPython's methods: BaseEventLoop.create_server().
import asyncio

async def handle(r, w):
    w.close()

async def main():
    loop = asyncio.get_running_loop()
    for call in [lambda: asyncio.start_server(handle, '127.0.0.1', 11801, bogus=1),
                 lambda: asyncio.open_connection('127.0.0.1', 11801, bogus=1),
                 lambda: loop.create_server(),
                 lambda: loop.create_connection(),
                 lambda: loop.create_server(handle, '127.0.0.1', 1, 2, 3),
                 lambda: loop.create_connection(handle, '127.0.0.1', 1, 2)]:
        try:
            await call()
        except TypeError as e:
            print('TypeError:', e)

asyncio.run(main())
