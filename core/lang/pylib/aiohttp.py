# aiohttp for Loopscope: an offline, simulated network with the behaviour of
# ../shared/oracle/sim/aiohttp.py (the oracle's stand-in), so that tutorial programs
# fetching URLs run the same here as under the oracle, with no network.
#
# Latency and status come from the URL path, httpbin style:
#   .../delay/N   waits N seconds, status 200     .../status/N  waits 0.1 s, status N
#   .../timeout   never answers                   .../error     waits 0.1 s, ClientError
#   anything else waits 0.1 s, status 200
# The body is '{"url": "<url>", "status": <status>}'.
import asyncio
import json

__all__ = ["ClientSession", "ClientError", "ClientResponseError", "ClientTimeout"]


class ClientError(Exception):
    pass


class ClientResponseError(ClientError):
    def __init__(self, status, message):
        super().__init__(f"{status}, message='{message}'")
        self.status = status


class ClientTimeout:
    # Accepted for compatibility; the simulated requests ignore it.
    def __init__(self, total=None, connect=None, sock_read=None, sock_connect=None):
        self.total = total
        self.connect = connect
        self.sock_read = sock_read
        self.sock_connect = sock_connect


def _route(url):
    # (delay in seconds or None for never, status); a negative delay means an error.
    parts = url.rstrip("/").split("/")
    if len(parts) >= 2 and parts[-2] == "delay":
        return float(parts[-1]), 200
    if len(parts) >= 2 and parts[-2] == "status":
        return 0.1, int(parts[-1])
    if parts[-1] == "timeout":
        return None, 0
    if parts[-1] == "error":
        return -1.0, 0
    return 0.1, 200


class ClientResponse:
    def __init__(self, url, status):
        self.url = url
        self.status = status
        self._body = '{"url": "%s", "status": %d}' % (url, status)

    async def text(self):
        return self._body

    async def json(self):
        return json.loads(self._body)

    def raise_for_status(self):
        if self.status >= 400:
            raise ClientResponseError(self.status, "Error")


class _RequestContext:
    def __init__(self, url):
        self._url = url

    async def __aenter__(self):
        delay, status = _route(self._url)
        if delay is None:
            await asyncio.Event().wait()
        if delay < 0:
            await asyncio.sleep(0.1)
            raise ClientError(f"Cannot connect to host {self._url}")
        await asyncio.sleep(delay)
        return ClientResponse(self._url, status)

    async def __aexit__(self, *exc):
        return False


class ClientSession:
    def __init__(self, *args, **kwargs):
        pass

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False

    def get(self, url, **kwargs):
        return _RequestContext(url)

    async def close(self):
        pass
