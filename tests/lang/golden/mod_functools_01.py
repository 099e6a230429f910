# functools: reduce, partial, lru_cache (with cache_info), wraps, cache.
import functools

print(functools.reduce(lambda a, b: a * b, range(1, 11)), functools.reduce(lambda a, b: a + b, [], "init"))
print(functools.reduce(max, [3, 9, 2]), functools.reduce(lambda acc, ch: ch + acc, "abc", ""))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
int2 = functools.partial(int, base=2)
print(int2("1010"), int2("11", base=3), int2.func is int, int2.keywords, int2.args)
def power(base, exp):
    return base ** exp
square = functools.partial(power, exp=2)
cube_of_two = functools.partial(power, 2)
print(square(7), cube_of_two(3), [square(n) for n in range(5)])
calls = []
@functools.lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(calls), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@functools.lru_cache(maxsize=2)
def sq(n):
    print("  computing", n)
    return n * n
for n in [1, 2, 1, 3, 2, 1]:
    sq(n)
print(sq.cache_info())
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def documented(x):
    "Doc string survives."
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(5))
@functools.cache
def slow_square(n):
    print("  slow_square", n)
    return n * n
print(slow_square(4), slow_square(4))
