# contextlib errors: generators that do not yield, yield twice, or swallow and re-yield.
from contextlib import contextmanager

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        print("never")
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def keeps_going():
    try:
        yield
    except ValueError:
        yield
try:
    with keeps_going():
        raise ValueError("x")
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def passthrough():
    yield

def raises_stop():
    with passthrough():
        raise StopIteration("stop")
try:
    raises_stop()
except StopIteration as e:
    print("StopIteration:", e)

try:
    with no_yield() as x:
        pass
except RuntimeError as e:
    print(type(e).__name__, e.__cause__, e.__suppress_context__)

@contextmanager
def failing_cleanup():
    yield
    raise OSError("cleanup failed")
with failing_cleanup():
    print("body done")
