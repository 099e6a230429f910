# Generators: throw(), close(), GeneratorExit, finally blocks.
def worker():
    print("  worker start")
    try:
        while True:
            try:
                v = yield "ready"
                print(f"  worker got {v}")
            except ValueError as e:
                print(f"  worker handled ValueError({e})")
                yield "recovered"
    except GeneratorExit:
        print("  worker got GeneratorExit")
        raise
    finally:
        print("  worker finally")

w = worker()
print(next(w))
print(w.send(1))
print(w.throw(ValueError("bad value")))
print(next(w))
try:
    w.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated KeyError", e)
print("close a finished generator:", w.close())

w2 = worker()
next(w2)
print("close returns", w2.close())
print("close again", w2.close())
try:
    next(w2)
except StopIteration:
    print("closed generator raises StopIteration")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("  stubborn ignores GeneratorExit")
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def returns_in_finally():
    try:
        yield "x"
    finally:
        print("  cleanup in finally")

r = returns_in_finally()
print(next(r))
del r
print("after del")

never_started = worker()
print("close unstarted:", never_started.close())
try:
    worker().throw(ValueError("before start"))
except ValueError as e:
    print("unstarted throw propagates:", e)

def catch_and_return():
    try:
        yield 1
    except ZeroDivisionError:
        return "returned after throw"

c = catch_and_return()
next(c)
try:
    c.throw(ZeroDivisionError)
except StopIteration as e:
    print("StopIteration with", e.value)

def gen_raises():
    yield 1
    raise StopIteration("inside")

try:
    list(gen_raises())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
