# contextlib.ExitStack: LIFO order, callbacks, push of exit functions that suppress,
# pop_all, close, enter_context errors.
from contextlib import ExitStack, contextmanager

@contextmanager
def res(name):
    print("enter", name)
    yield name
    print("exit", name)

with ExitStack() as stack:
    got = [stack.enter_context(res(n)) for n in ("a", "b", "c")]
    stack.callback(print, "callback", 1, sep="-")
    print("got", got)

def suppressor(exc_type, exc, tb):
    print("suppressor saw", exc_type.__name__ if exc_type else None)
    return True

with ExitStack() as stack:
    stack.push(suppressor)
    stack.enter_context(res("inner"))
    raise ValueError("suppressed by the stack")
print("after suppression")

with ExitStack() as outer:
    outer.enter_context(res("kept"))
    moved = outer.pop_all()
print("outer closed")
moved.close()

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError:", e)

def failing(*exc):
    raise KeyError("from callback")
try:
    with ExitStack() as stack:
        stack.push(failing)
        stack.callback(print, "runs first")
except KeyError as e:
    print("KeyError:", e)

with ExitStack() as stack:
    stack.callback(print, "last")
    raise RuntimeError("propagates")
