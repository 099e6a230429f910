# The simulated aiohttp: sessions, concurrent GETs with delays, status, text and json bodies.
import asyncio
import aiohttp

async def fetch(session, url):
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with session.get(url) as resp:
        text = await resp.text()
        print(f"{url} -> {resp.status} in {loop.time() - start:.2f}s, body {len(text)} chars")
        return resp.status

async def main():
    loop = asyncio.get_running_loop()
    async with aiohttp.ClientSession() as session:
        urls = ["https://httpbin.org/delay/1", "https://httpbin.org/delay/0.5",
                "https://httpbin.org/status/404", "https://example.com/", "https://httpbin.org/delay/2"]
        statuses = await asyncio.gather(*(fetch(session, u) for u in urls))
        print("statuses", statuses, "total", loop.time())
        async with session.get("https://api.test/status/201") as r:
            data = await r.json()
            print(type(data).__name__, data, data["status"])
        async with session.get("https://api.test/items") as r:
            print(await r.text())
        seq_start = loop.time()
        for u in urls[:2]:
            await fetch(session, u)
        print("sequential took", loop.time() - seq_start)

asyncio.run(main())
