# with statements: __enter__/__exit__, return values, suppression, nesting, order.
class Res:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print(f"enter {self.name}")
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        print(f"exit {self.name}: {kind} {exc!r} tb={'yes' if tb else 'no'}")
        return self.suppress

with Res("a") as v:
    print("body with", v)

with Res("outer") as o, Res("inner") as i:
    print("nested body", o, i)

with Res("quiet", suppress=True):
    raise ValueError("swallowed")
print("after suppressed error")

try:
    with Res("loud"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))

try:
    with Res("x", suppress=True), Res("y"):
        1 / 0
    print("x suppressed the error raised inside y")
except ZeroDivisionError:
    print("not reached")

def early_return():
    with Res("ret"):
        return "returned value"
    print("never")

print(early_return())

for n in range(3):
    with Res(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *info):
        print("exit sees", info[0].__name__ if info[0] else None)
        raise RuntimeError("from __exit__")

try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))

class EnterFails:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("exit must not run")

try:
    with EnterFails():
        print("body must not run")
except OSError as e:
    print("OSError:", e)

try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
with Res("tuple") as (first, *rest):
    print(first, rest)
