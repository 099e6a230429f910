# Class patterns: __match_args__, keyword attributes, the self-matching builtins, subclasses.
from collections import namedtuple
from dataclasses import dataclass

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=z) if z > 0:
            return f"above {x},{y} at {z}"
        case Point(0, 0):
            return "origin"
        case Point(x=0):
            return f"on the y axis at {p.y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(y=y, x=x):
            return f"at {x},{y}"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 2), Point3(0, 0, 0), Point3(1, 2, 3), Point3(1, 2, -3), "p"]:
    print(where(p))

# Builtins that match themselves with one positional pattern.
def builtin(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return f"negative int {i}"
        case int(0 | 1 as small):
            return f"small int {small}"
        case int():
            return "some int"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case list([first, *_]):
            return f"list starting with {first}"
        case tuple(t):
            return f"tuple {t}"
        case dict({"k": k}):
            return f"dict with k={k}"
        case set(s) | frozenset(s):
            return f"{type(s).__name__} of {len(s)}"
    return "other"

for v in [True, -3, 1, 7, 2.5, "s", b"b", [9, 8], [], (1,), {"k": 2}, {"j": 1}, {1, 2}, frozenset(), None]:
    print(repr(v), "->", builtin(v))

# A subclass of a builtin matches itself unless it defines __match_args__.
class MyStr(str):
    pass


match MyStr("five"):
    case str(n):
        print("MyStr as str", n, type(n).__name__)
class Sized(list):
    __match_args__ = ("size",)
    size = property(len)
match Sized([7, 8]):
    case Sized(2):
        print("Sized by its __match_args__")
    case list([7, 8]):
        print("no")

# Missing attributes make the pattern fail; properties and class attributes count.
class Box:
    kind = "box"
    def __init__(self, **kw):
        self.__dict__.update(kw)
    @property
    def size(self):
        return len(self.__dict__)

for b in [Box(), Box(w=1), Box(w=1, h=2)]:
    match b:
        case Box(w=w, h=h, size=s):
            print("w h", w, h, s)
        case Box(w=w, kind=k):
            print("w only", w, k)
        case Box(size=0):
            print("empty box")

# Class patterns with no sub-patterns are isinstance checks; a tuple of classes is not allowed.
for v in [1, "x", 2.0, [1], Box()]:
    match v:
        case int() | float():
            print(repr(v), "number")
        case str() | list():
            print(repr(v), "str or list")
        case object():
            print("some object")

# namedtuple and dataclass set __match_args__.
Pair = namedtuple("Pair", "left right")
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = None

match Pair(1, 2):
    case Pair(a, b):
        print("Pair", a, b)
match Item("pen", 1.5):
    case Item(name, price=p):
        print("Item", name, p)
match Item("cup"):
    case Item(n, pr, t):
        print("Item all", n, pr, t)

# Dotted class names.
import collections
match collections.OrderedDict(a=1):
    case collections.OrderedDict():
        print("dotted class")

# An attribute looked up raises something other than AttributeError: it propagates.
class Boom:
    __match_args__ = ("bad",)
    @property
    def bad(self):
        raise KeyError("boom")
try:
    match Boom():
        case Boom(x):
            print("no")
except KeyError as e:
    print("KeyError", e)

# __match_args__ may list fewer names than positional patterns use only when enough are there.
class Two:
    __match_args__ = ("a", "b")
    a = 1
    b = 2
match Two():
    case Two(x):
        print("one of two", x)
    case _:
        print("no")
