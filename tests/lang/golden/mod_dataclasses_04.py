# dataclasses under from __future__ import annotations (field types are strings) in an asyncio program.
from __future__ import annotations
from dataclasses import dataclass, field, fields, InitVar
from typing import ClassVar
import asyncio

@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    deps: list[Job] = field(default_factory=list, compare=False)

async def run(job: Job, log: list[str]) -> None:
    await asyncio.sleep(job.priority / 10)
    log.append(job.name)

async def main() -> None:
    jobs = sorted([Job(3, "c"), Job(1, "a"), Job(2, "b")])
    log: list[str] = []
    await asyncio.gather(*(run(j, log) for j in jobs))
    print(jobs, log, [f.type for f in fields(Job)])
asyncio.run(main())

@dataclass
class Counter:
    total: int = 0
    instances: ClassVar[int] = 0
    step: InitVar[int] = 1
    def __post_init__(self, step):
        Counter.instances += 1
        self.total += step
print(Counter(), Counter(5, 2), Counter.instances, [f.name for f in fields(Counter)])
