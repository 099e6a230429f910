# functools.singledispatch (by annotation, by class, unions, along the MRO),
# singledispatchmethod, and __get__ of functions, staticmethod and classmethod.
import functools
@functools.singledispatch
def show(x):
    return f"object {x!r}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(list)
def _(x):
    return f"list of {len(x)}"
@show.register
def _(x: float | str):
    return f"float or str {x}"
class Base: pass
class Child(Base): pass
show.register(Base, lambda x: "a Base")
print(show(1), show(True), show([1, 2]), show(1.5), show("s"), show(None), show(Child()), show({}))
print(show.dispatch(bool).__name__ if hasattr(show.dispatch(bool), "__name__") else "?", sorted(c.__name__ for c in show.registry), show.__name__)
try:
    show()
except TypeError as e:
    print("TypeError:", e)
try:
    show.register(5)
except TypeError as e:
    print("TypeError:", e)
class Fmt:
    @functools.singledispatchmethod
    def fmt(self, arg):
        return "generic"
    @fmt.register
    def _(self, arg: int):
        return f"int {arg}"
    @fmt.register(str)
    def _(self, arg):
        return f"str {arg}"
f = Fmt(); print(f.fmt(3), f.fmt("x"), f.fmt(2.0))
def plain(self, x): return ("plain", x)
class K:
    @staticmethod
    def s(): return "static"
    @classmethod
    def c(cls): return cls.__name__
k = K()
print(plain.__get__(k)(1), plain.__get__(None, K) is plain, K.__dict__["s"].__get__(k)(), K.__dict__["c"].__get__(None, K)(), K.__dict__["c"].__get__(k)())
