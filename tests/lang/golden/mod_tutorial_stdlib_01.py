# A tutorial-style program: typed dataclass jobs, an async resource manager, a timing
# decorator (functools.wraps keeps __annotations__), suppress, and string/textwrap output.
import asyncio
import functools
import string
import textwrap
from contextlib import asynccontextmanager, contextmanager, suppress
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable, Dict, List, Optional

@dataclass
class Job:
    name: str
    cost: float = 0.2
    result: Optional[int] = None
    meta: Dict[str, Any] = field(default_factory=dict)

def timed(fn: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
    @functools.wraps(fn)
    async def wrapper(*args: Any, **kwargs: Any) -> Any:
        loop = asyncio.get_running_loop()
        start = loop.time()
        try:
            return await fn(*args, **kwargs)
        finally:
            print(f"{fn.__name__} took {loop.time() - start:.2f}s")
    return wrapper

@asynccontextmanager
async def pool(size: int):
    print(f"pool of {size} opened")
    sem = asyncio.Semaphore(size)
    try:
        yield sem
    finally:
        print("pool closed")

@contextmanager
def section(title: str):
    print(f"== {title} ==")
    yield
    print(f"== end {title} ==")

@timed
async def process(job: Job, sem: asyncio.Semaphore) -> Job:
    async with sem:
        await asyncio.sleep(job.cost)
        job.result = sum(ord(c) for c in job.name if c in string.ascii_letters)
        job.meta["done"] = True
        return job

async def main() -> None:
    print(process.__name__, list(process.__annotations__), process.__annotations__["job"])
    jobs: List[Job] = [Job(n, cost) for n, cost in [("alpha", 0.3), ("beta", 0.1), ("gamma", 0.2)]]
    with section("run"):
        async with pool(2) as sem:
            done = await asyncio.gather(*(process(j, sem) for j in jobs))
    for job in done:
        print(job)
    with suppress(KeyError):
        print(jobs[0].meta["missing"])
    report = textwrap.dedent("""
        Summary:
          jobs: {n}
          total: {t}
    """).format(n=len(done), t=sum(j.result or 0 for j in done))
    print(textwrap.indent(report.strip(), "| "))

asyncio.run(main())
