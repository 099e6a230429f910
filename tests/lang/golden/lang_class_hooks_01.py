# Class creation hooks: __set_name__, __init_subclass__ (with class keywords, super()
# chains, errors), a function as metaclass=, metaclass=type.
class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)

class A(Base, tag="a"): pass
class B(A): pass
print(Base.registry, A.tag, B.tag)
print(type(Base.__dict__['__init_subclass__']).__name__)

class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return f"<{self.name} of {type(obj).__name__}>"

class C:
    x = Named()
    y = Named()
print(C().x, C.y.name)
try:
    class D(Base, tag="d", bogus=1): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class E(bogus=1): pass
except TypeError as e:
    print("TypeError:", e)
T = type("T", (Base,), {"z": Named()})
print(T.tag, Base.registry)
class Plugin:
    plugins = {}
    def __init_subclass__(cls, /, name, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugins[name] = cls
class P1(Plugin, name="p1"): pass
print(Plugin.plugins)
try:
    class P2(Plugin): pass
except TypeError as e:
    print("TypeError:", e)
