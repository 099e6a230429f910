# Default argument values: evaluated once, mutable defaults, None sentinels.
calls = []

def stamp(tag):
    calls.append(tag)
    print("evaluating default", tag)
    return tag

def f(a, b=stamp("b-default"), c=stamp("c-default")):
    return (a, b, c)

print("defined f")
print(f(1))
print(f(1, 2))
print(f(1, c=3))
print(f(a=9, b=8, c=7))
print("default evaluations:", calls)

def append_to(x, acc=[]):
    acc.append(x)
    return acc

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
print(append_to.__defaults__)

def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc

print(safe_append(1), safe_append(2), safe_append(3, [0]))

def counter(start=0, *, step=1, limit=5):
    out = []
    n = start
    while n < limit:
        out.append(n)
        n += step
    return out

print(counter())
print(counter(2))
print(counter(step=2))
print(counter(1, limit=10, step=3))

x = 10
def late(v=x):
    return v
x = 20
print("late binding of default:", late(), x)

class K:
    def method(self, n=3, sep="-"):
        return sep.join(["k"] * n)

k = K()
print(k.method(), k.method(1), k.method(sep="+"), K.method(k, 2, "/"))
print(f.__defaults__, len(f.__defaults__))
