# Generators: lazy execution, send(), return values, state inspection.
def echo():
    print("  echo started")
    received = None
    while True:
        received = yield f"echo:{received}"
        print(f"  echo received {received!r}")
        if received == "stop":
            return "echo finished"

g = echo()
print("created, nothing ran yet")
print(next(g))
print(g.send("hello"))
print(g.send(42))
print(next(g))
try:
    g.send("stop")
except StopIteration as e:
    print("StopIteration value:", e.value)
try:
    next(g)
except StopIteration as e:
    print("again:", repr(e.value))

def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)

a = averager()
next(a)
for v in [10, 20, 60]:
    print("running average", a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("result", e.value)

fresh = echo()
try:
    fresh.send("too early")
except TypeError as e:
    print("TypeError:", e)

def numbers():
    yield 1
    yield 2
    return 3

print(list(numbers()))
gen = numbers()
print(gen.send(None), next(gen))
try:
    next(gen)
except StopIteration as e:
    print("return value", e.value, e.args)

def running():
    yield "a"
    yield "b"

r = running()
print(type(r).__name__, r.__name__)
print(list(r), list(r))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(15)])

def gen_in_gen():
    inner = (x * x for x in range(3))
    for v in inner:
        yield v
        yield -v

print(list(gen_in_gen()))
try:
    def self_running():
        yield next(me)
    me = self_running()
    next(me)
except ValueError as e:
    print("ValueError:", e)
