# functools and heapq.
import functools
from functools import partial, reduce, wraps, lru_cache, cache, cmp_to_key, total_ordering, cached_property
def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
sq = partial(power, exp=2); cube = partial(power, exp=3)
print(sq(5), cube(2), partial(power, 2)(10), partial(partial(power, 3), 2)(), sq.func is power, sq.args, sq.keywords, partial(power, 2, mod=5)(10))
print(repr(partial(max, 1, key=abs)).startswith("functools.partial(<built-in function max>, 1, key="), callable(sq))
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3], 0))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print('TypeError', e)
def log_calls(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        print('calling', fn.__name__)
        return fn(*args, **kwargs)
    return wrapper
@log_calls
def add(a, b):
    """Add two numbers."""
    return a + b
print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1), add.__qualname__)
calls = []
@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(calls), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())
@lru_cache(maxsize=2)
def sq2(x):
    print('computing', x)
    return x * x
for v in [1, 2, 1, 3, 2, 1, 1]:
    sq2(v)
print(sq2.cache_info(), sq2.__name__)
@lru_cache
def plain(x, y=1):
    return x + y
print(plain(1), plain(1), plain(1, y=1), plain(1, 1), plain.cache_info())
@cache
def fact(n): return n * fact(n - 1) if n else 1
print(fact(30), fact.cache_info())
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b))))
@total_ordering
class Ver:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'Ver({self.v})'
print(Ver(1) < Ver(2), Ver(1) <= Ver(1), Ver(3) > Ver(2), Ver(2) >= Ver(3), sorted([Ver(3), Ver(1)]), max(Ver(1), Ver(5)))
class Circle:
    def __init__(self, r): self.r = r
    @cached_property
    def area(self):
        print('computing area')
        return 3 * self.r ** 2
c = Circle(2); print(c.area, c.area, 'area' in c.__dict__)
try:
    @total_ordering
    class Bad: pass
except ValueError as e:
    print('ValueError', e)
try:
    partial(5)
except TypeError as e:
    print('TypeError', e)
import heapq, random
random.seed(3)
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 3]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(4)], h)
data = [random.randint(0, 50) for _ in range(40)]
heapq.heapify(data); print(data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 100), heapq.heapreplace(data, 25), data[:10])
pairs = [(random.randint(0, 5), i) for i in range(30)]
print(heapq.nlargest(5, pairs), heapq.nsmallest(5, pairs), heapq.nlargest(3, pairs, key=lambda p: p[0]), heapq.nsmallest(4, pairs, key=lambda p: p[0]))
print(heapq.nlargest(1, [3, 1, 2]), heapq.nsmallest(1, []), heapq.nlargest(10, [3, 1, 2]), heapq.nsmallest(0, [1]), heapq.nlargest(2, iter([5, 1, 9, 3])))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 9])), list(heapq.merge([3, 1], [4, 2], reverse=True)), list(heapq.merge(['a', 'bb'], ['c', 'ddd'], key=len)))
class Task:
    def __init__(self, p, name): self.p, self.name = p, name
    def __lt__(self, other): return self.p < other.p
    def __repr__(self): return f'Task({self.p}, {self.name!r})'
tq = []
for i, p in enumerate([3, 1, 3, 2, 1, 3]):
    heapq.heappush(tq, Task(p, f't{i}'))
print([heapq.heappop(tq) for _ in range(len(tq))])
big = [random.random() for _ in range(3000)]
heapq.heapify(big); print(big[:5], [heapq.heappop(big) for _ in range(3)])
for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1), lambda: heapq.heappush([1, 'a'], 2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
