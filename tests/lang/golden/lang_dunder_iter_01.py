# Iterator protocol: __iter__, __next__, StopIteration, iterables vs iterators.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        print("  __iter__ called")
        return self
    def __next__(self):
        if self.current <= 0:
            print("  StopIteration")
            raise StopIteration
        self.current -= 1
        return self.current + 1

for n in Countdown(3):
    print("got", n)

c = Countdown(2)
print(next(c), next(c), next(c, "default"))
try:
    next(c)
except StopIteration:
    print("exhausted")

class Range2:
    """An iterable (not an iterator): each __iter__ starts afresh."""
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1

r = Range2(4)
print(list(r), list(r), sum(r), max(r), [x * y for x in r for y in r if x < y])
it = iter(r)
print(next(it), next(it), list(it), list(it))

class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value

print(list(Fib(100)))
print(dict(zip("abcde", Fib(10))))
print(list(enumerate(Fib(5), start=1)))

class NotIterable:
    pass

try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)

class BadIter:
    def __iter__(self):
        return 5

try:
    for _ in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)

sentinel_source = iter([3, 2, 1, 0, 5, 6])
print(list(iter(lambda: next(sentinel_source), 0)))
it = iter([1, 2, 3])
print(iter(it) is it, list(zip(it, it)))
