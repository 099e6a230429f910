# contextlib: contextmanager (normal exit, exception inside, suppression, decorator use),
# suppress, closing, nullcontext.
from contextlib import contextmanager, suppress, closing, nullcontext

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("a") as t:
    print("inside", t)

try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

@contextmanager
def swallow(kind):
    try:
        yield
    except kind as e:
        print("swallowed", type(e).__name__, e)

with swallow(KeyError):
    {}["missing"]
print("after swallow")
try:
    with swallow(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not swallowed:", e)

@contextmanager
def transform():
    try:
        yield
    except ValueError as e:
        raise RuntimeError("transformed") from e

try:
    with transform():
        raise ValueError("original")
except RuntimeError as e:
    print(e, "from", repr(e.__cause__))

@tag("decorated")
def work(n):
    print("working", n)
    return n * 2
print(work(1), work(2))
print(work.__name__)

with suppress(KeyError, IndexError):
    [][3]
print("suppressed")
try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print("ValueError:", e)
with suppress():
    pass
s = suppress(ZeroDivisionError)
print(s.__enter__(), s.__exit__(None, None, None), s.__exit__(ZeroDivisionError, ZeroDivisionError(), None))

class Resource:
    def close(self):
        print("closed")
with closing(Resource()) as r:
    print("using", type(r).__name__)

with nullcontext(42) as v:
    print("nullcontext", v)
with nullcontext() as v:
    print("nullcontext", v)

@contextmanager
def counted():
    yield 1
cm = counted()
with cm as one:
    print("one", one)
