# Types and introspection: type(), isinstance, issubclass, __class__, __name__, getattr family.
class Base:
    kind = "base"
class Child(Base):
    pass
class Other:
    pass

objs = [1, 1.5, True, "s", [1], (1,), {1: 2}, {1}, None, Base(), Child(), Other, len, lambda: 0]
for o in objs:
    t = type(o)
    print(f"{t.__name__:>28} int={isinstance(o, int)} base={isinstance(o, Base)} callable={callable(o)}")
print(type(None).__name__, type(type).__name__, type(Base).__name__, Child.__name__, Child.__qualname__)
print(isinstance(Child(), (Other, Base)), issubclass(Child, (Other, Base)), issubclass(bool, (str, int)))
print(Child().__class__.__name__, Child.__class__.__name__, Child.__bases__)
c = Child()
print(getattr(c, "kind"), getattr(c, "missing", "dflt"), hasattr(c, "kind"), hasattr(c, "nope"))
setattr(c, "dynamic", 42)
print(c.dynamic, vars(c), c.__dict__)
delattr(c, "dynamic")
print(vars(c), "kind" in vars(Base), "kind" in vars(Child))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    isinstance(c, "notatype")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(c, Base)
except TypeError as e:
    print("TypeError:", e)
print(type(1) == int, type(True) == int, type(True) is bool, bool.__mro__ if False else [k.__name__ for k in bool.__mro__])
print(int.__name__, str.__name__, list.__name__, dict.__name__, object.__name__, Exception.__name__, ValueError.__mro__[1].__name__)
Dyn = type("Dyn", (Base,), {"x": 10, "hello": lambda self: f"hi from {type(self).__name__}"})
d = Dyn()
print(Dyn.__name__, d.x, d.hello(), isinstance(d, Base), Dyn.kind, [k.__name__ for k in Dyn.__mro__])
print(type(print).__name__, type(Child.kind).__name__, type(c.__init__).__name__ if False else "")
class WithSlotsLike:
    __slots__ = ("a",)
w = WithSlotsLike()
w.a = 1
try:
    w.b = 2
except AttributeError as e:
    print("AttributeError:", e)
print(w.a, hasattr(w, "__dict__"))
print(isinstance(int, type), isinstance(type, object), isinstance(object, type), issubclass(type, object))
print(type(3.0)(7), type("")(5), type([])("ab"), type(())([1]), type({})(a=1))
