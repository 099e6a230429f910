# Closures: captured cells, late binding in loops, factories, shared cells.
def make_adder(n):
    def add(x):
        return x + n
    return add

add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), make_adder(-1)(1))

def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter()
inc(); inc()
print("counter:", get(), inc(), get())
inc2, get2 = make_counter()
print("independent:", inc2(), get())

fns = [lambda: i for i in range(4)]
print("late binding:", [f() for f in fns])
fns = [lambda i=i: i for i in range(4)]
print("default capture:", [f() for f in fns])

def outer():
    x = "outer x"
    def middle():
        def inner():
            return x + " seen from inner"
        return inner
    x = "rebound x"
    return middle()

print(outer()())

def make_multipliers():
    result = []
    for k in range(1, 4):
        def mul(v, k=k):
            return v * k
        result.append(mul)
    return result

print([m(10) for m in make_multipliers()])

def memo():
    cache = {}
    def fib(n):
        if n in cache:
            return cache[n]
        value = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = value
        return value
    return fib, cache

fib, cache = memo()
print(fib(30), len(cache), sorted(cache)[:5])

def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run

pipeline = compose(str, lambda v: v * 2, lambda v: v + 1)
print(repr(pipeline(4)))
print(make_adder.__name__, add5.__name__, add5.__qualname__)
