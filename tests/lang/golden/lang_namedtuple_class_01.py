# typing.NamedTuple as a class (with defaults, methods, a property, the field-order
# and overwrite errors), and __mro_entries__ (PEP 560) on a base of a class statement.
import typing
from typing import NamedTuple
class Pt(typing.NamedTuple):
    """A point."""
    x: int
    y: int = 0
    def norm(self):
        return abs(self.x) + abs(self.y)
    @property
    def flipped(self):
        return Pt(self.y, self.x)
p = Pt(1)
print(p, Pt(1)._replace(y=3), Pt._fields, Pt(1, 2)._asdict(), Pt._field_defaults, Pt.__doc__)
x, y = Pt(5, 6); print(x, y, Pt(*[7, 8]), Pt(x=1, y=2) == (1, 2), len(p), hash(Pt(1, 2)) == hash((1, 2)))
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("a", 1), Emp.__annotations__, NamedTuple("K", a=int)(3))
try:
    class Bad(NamedTuple):
        a: int = 1
        b: str
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(NamedTuple):
        a: int
        def _asdict(self): pass
except AttributeError as e:
    print("AttributeError:", e)
print(p.norm(), p.flipped, isinstance(p, tuple), type(Pt), Pt.__annotations__, Pt.__module__, Pt.__orig_bases__[0] is NamedTuple)
class Base: pass
class Alias:
    def __mro_entries__(self, bases):
        print("bases:", [getattr(b, "__name__", type(b).__name__) for b in bases])
        return (Base,)
class C(Alias(), dict):
    pass
print(C.__mro__, C.__orig_bases__[1], "__orig_bases__" in C.__dict__)
class Bad:
    def __mro_entries__(self, bases): return [Base]
try:
    class D(Bad()): pass
except TypeError as e:
    print("TypeError:", e)
