# Classes derived from builtin types: the ones that work, and the bases CPython itself
# refuses (each with CPython's TypeError).
import collections

class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]

s = Stack([1, 2]).push(3)
print(type(s).__name__, s, s.peek(), len(s), isinstance(s, list), s + [4], type(s + [4]).__name__)

class Registry(dict):
    def register(self, name):
        self[name] = len(self)
        return self[name]

r = Registry(a=0)
print(r.register("b"), r, sorted(r), isinstance(r, dict), type(r).__name__)

class Name(str):
    def shout(self):
        return self.upper() + "!"

n = Name("ann")
print(n, n.shout(), n == "ann", len(n), type(n).__name__, type(n + "x").__name__, repr(n))

class Pair(tuple):
    def swap(self):
        return Pair((self[1], self[0]))

p = Pair((1, 2))
print(p, p.swap(), type(p.swap()).__name__, p == (1, 2), hash(p) == hash((1, 2)))

class Tags(set):
    def tag(self, *names):
        self.update(names)
        return self

t = Tags().tag("x", "y")
print(sorted(t), type(t).__name__, "x" in t)

class History(collections.deque):
    def last(self):
        return self[-1]

h = History([1, 2, 3], maxlen=2)
print(list(h), h.last(), type(h).__name__)

class Tally(collections.Counter):
    def top(self):
        return self.most_common(1)[0]

print(Tally("abracadabra").top())

class AppError(Exception):
    def __init__(self, code):
        super().__init__(f"failed with {code}")
        self.code = code

try:
    raise AppError(7)
except AppError as e:
    print(type(e).__name__, e, e.code, e.args)

async def coro():
    pass

def gen():
    yield 1

async def agen():
    yield 1

c = coro()
refused = [bool, type(None), range, slice, type(gen), type(len), type(Stack().push), type(gen()),
           type(c), type(agen()), type(Ellipsis), type(NotImplemented)]
c.close()
for base in refused:
    try:
        class Derived(base):
            pass
        print(base.__name__, "accepted")
    except TypeError as e:
        print(base.__name__, "->", e)
