# dataclasses: __init__ argument errors and definition errors, with CPython's messages.
from dataclasses import dataclass, field, fields, asdict

@dataclass
class Job:
    name: str
    cost: float = 0.5
    tags: list = field(default_factory=list)

for call in (lambda: Job(), lambda: Job("a", 1, [], 3), lambda: Job("a", nme=3),
             lambda: Job("a", name="b")):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

@dataclass
class Three:
    a: int
    b: int
    c: int
for call in (lambda: Three(), lambda: Three(1), lambda: Three(1, 2, 3, 4)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

@dataclass(kw_only=True)
class KW:
    x: int
    y: int
try:
    KW()
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Zero:
    pass
try:
    Zero(1)
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)

try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)

try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)

try:
    @dataclass(order=True, eq=False)
    class NoEq:
        a: int
except ValueError as e:
    print("ValueError:", e)

try:
    @dataclass(order=True)
    class HasLt:
        a: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError:", e)

try:
    fields(3)
except TypeError as e:
    print("TypeError:", e)
try:
    asdict(Job)
except TypeError as e:
    print("TypeError:", e)

@dataclass(frozen=True)
class Frozen:
    a: int
try:
    @dataclass
    class Thawed(Frozen):
        b: int = 0
except TypeError as e:
    print("TypeError:", e)

Job("x", cost=1, extra=2)
