# Subclasses of dict, list, set and tuple, and other VM features the modules rely on.
class Registry(dict):
    def __init__(self, name, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.name = name
    def __missing__(self, key):
        return f"<no {key}>"
    def __repr__(self):
        return f"Registry({self.name!r}, {super().__repr__()})"
r = Registry("tools", {"a": 1}, b=2)
r["c"] = 3
print(r, r["zz"], len(r), r.name, isinstance(r, dict), r == {"a": 1, "b": 2, "c": 3}, sorted(r))
class Plain(dict):
    pass
p = Plain(x=1)
print(p, repr(p), p == {"x": 1}, {"x": 1} == p, type(p).__name__, dict(p), p.copy(), type(p.copy()).__name__)
class Doubler(dict):
    def __getitem__(self, key):
        return key * 2
    def __or__(self, other):
        return "custom or"
print(Doubler()[21], Doubler() | {}, {} | Plain(y=2))
class Stack(list):
    def __init__(self, label):
        super().__init__()
        self.label = label
    def push(self, x):
        self.append(x)
        return self
s = Stack("s").push(1).push(2)
print(s, s.label, len(s), s == [1, 2], s[-1], s + [3], list(reversed(s)), Stack("t") == [])
class Tags(set):
    pass
t = Tags("abca")
print(sorted(t), len(t), "a" in t, type(t).__name__)
class Pair(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))
    def swap(self):
        return Pair(self[1], self[0])
pr = Pair(1, 2)
print(pr, pr.swap(), pr == (1, 2), pr < (1, 3), sorted([Pair(2, 1), Pair(1, 9)]), hash(pr) == hash((1, 2)), len(pr))
a, b = pr
print(a, b, pr[0], pr[-1], pr + (3,), isinstance(pr, tuple))
class Upper(str):
    def shout(self):
        return self.upper() + "!"
print(Upper("hi").shout(), Upper("hi") == "hi", len(Upper("abc")))
def countdown(n):
    while n:
        yield n
        n -= 1
    return "done"
g = countdown(1)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
try:
    raise SystemExit(4)
except SystemExit as e:
    print("SystemExit", e.code)
def documented():
    """The docstring."""
print(documented.__doc__, (lambda: 0).__doc__)
class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value
class Box:
    calls = 0
    @Lazy
    def size(self):
        Box.calls += 1
        return 42
box = Box()
print(box.size, box.size, Box.calls, isinstance(Box.size, Lazy))
try:
    dict.__init__(Plain(), 1, 2)
except TypeError as e:
    print("TypeError", e)
def make_pair():
    class LocalPair(tuple):
        pass
    class LocalList(list):
        pass
    return LocalPair((1, 2)), LocalList([3])
lp, ll = make_pair()
print(lp, ll, type(lp).__name__, type(ll).__name__, lp == (1, 2))
print(..., NotImplemented, repr(Ellipsis), repr(object())[:9], str(Plain()), repr(Stack("x")))
