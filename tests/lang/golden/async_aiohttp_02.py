# Simulated aiohttp errors: raise_for_status, ClientError, timeouts around a never-answering URL.
import asyncio
import aiohttp

async def get(session, url):
    async with session.get(url) as resp:
        resp.raise_for_status()
        return await resp.text()

async def main():
    loop = asyncio.get_running_loop()
    async with aiohttp.ClientSession() as s:
        for url in ["https://h/status/200", "https://h/status/404", "https://h/status/503", "https://h/error"]:
            try:
                body = await get(s, url)
                print("ok", body)
            except aiohttp.ClientResponseError as e:
                print("ClientResponseError:", e, e.status, isinstance(e, aiohttp.ClientError))
            except aiohttp.ClientError as e:
                print("ClientError:", e, "t =", round(loop.time(), 2))
        try:
            await asyncio.wait_for(get(s, "https://h/timeout"), 3)
        except asyncio.TimeoutError:
            print("timeout after 3s, t =", round(loop.time(), 2))
        results = await asyncio.gather(get(s, "https://h/delay/1"), get(s, "https://h/status/500"),
                                       get(s, "https://h/error"), return_exceptions=True)
        for r in results:
            print(type(r).__name__, r if not isinstance(r, str) else r[:30])
        try:
            async with asyncio.timeout(1):
                await get(s, "https://h/delay/5")
        except TimeoutError:
            print("asyncio.timeout cut off the slow request, t =", round(loop.time(), 2))
        print(issubclass(aiohttp.ClientResponseError, aiohttp.ClientError), issubclass(aiohttp.ClientError, Exception))

asyncio.run(main())
