# Compound statements: functions, classes, decorators, async, loops, try, with.
import asyncio


@decorator
@decorator.attr(arg)
@(lambda f: f)
def f(a, b: int = 1, *args: str, c, d: float = 2.0, **kwargs: dict) -> None:
    """Docstring."""
    return a


def posonly(a, b, /, c, *, d):
    pass


def defaults(a, b=1, /, c=2, *, d, e=3):
    pass


def star_only(*, a):
    pass


def kw_only(**kw):
    pass


class Empty:
    pass


class Base(object):
    x = 1


class Meta(Base, metaclass=type, **extra):
    def method(self):
        return super().method()


@dataclass
class Point:
    x: int
    y: int = 0


async def main():
    await asyncio.sleep(1)
    async for item in aiter():
        print(item)
    else:
        pass
    async with lock as l, other:
        pass
    result = [x async for x in agen() if x]
    other = {x: y async for x, y in pairs()}
    gen = (await x for x in tasks)
    return await asyncio.gather(*tasks)


for x in range(10):
    if x % 2:
        continue
    if x > 5:
        break
else:
    print("done")

for a, b in pairs:
    pass

for (a, b), c in triples:
    pass

for *a, b in x:
    pass

for x, in y:
    pass

while True:
    break
else:
    pass

try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    raise
except:
    pass
else:
    pass
finally:
    pass

try:
    pass
finally:
    pass

try:
    pass
except* ValueError as eg:
    pass
except* (TypeError, KeyError):
    pass

with open('f') as f:
    pass

with a as b, c as d:
    pass

with (a as b, c as d):
    pass

with (a as b, c as d,):
    pass

with (a, b):
    pass

with (a, b) as c:
    pass

with (a):
    pass

with a as (b, c):
    pass

with a as b[0], c as d.e:
    pass

with (yield):
    pass

if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass

comprehensions = [
    [x for x in y],
    [x for x in y if x if not x],
    [x for y in z for x in y],
    {x for x in y},
    {k: v for k, v in items},
    (x for x in y),
    [(a, b) for a in x for b in y if a != b],
    [x for *a, x in y],
    [lambda: x for x in y],
    [x for x in (yield)],
]


class Nested:
    class Inner:
        def deep(self):
            def deeper():
                return lambda: (yield)
            return deeper


def annotated(a: "str", *, b: list[int] | None = None) -> dict[str, int]:
    pass
if x: y = 1; z = 2
def one_liner(): return 1
class OneLiner: pass
