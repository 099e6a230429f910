# Metaclasses: a subclass of type with __new__/__init__ (class keywords passed on),
# class-level dunders (__iter__, __len__, __getitem__, __contains__, __repr__), a
# property and methods on the metaclass, __call__ (a singleton), __prepare__, the
# metaclass conflict, type(name, bases, ns) and super() inside a metaclass method.
class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kw):
        print("Registry.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.initialised = True
    def __iter__(cls):
        return iter(sorted(k for k in cls.__dict__ if not k.startswith("_")))
    def __len__(cls):
        return len(list(iter(cls)))
    def __getitem__(cls, key):
        return getattr(cls, key)
    def __contains__(cls, key):
        return key in list(cls)
    def __repr__(cls):
        return f"<registered {cls.__name__}>"
    @property
    def size(cls):
        return len(cls)
    def describe(cls):
        return f"{cls.__name__} with {list(cls)}"

class Base(metaclass=Registry):
    a = 1
    def method(self):
        return "method of " + type(self).__name__

class Child(Base, flavour="x"):
    b = 2
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()

print(Registry.classes, type(Base), type(Child), isinstance(Child, Registry), isinstance(Child, type))
print(list(Child), len(Child), Child["b"], "a" in Base, "b" in Base, Child.size, Child.describe())
print(Base, Child, [Base, Child], Child.initialised)
print(Child().method(), type(Child()).__name__, Child.__mro__)
print(Registry.__mro__, type(Registry))

class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self, value):
        print("init Config", value)
        self.value = value

c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c1.value)

class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name)
        return {"prepared": True}
class P(metaclass=Ordered):
    x = 1
print(P.prepared, P.x)

class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Both(A1, A2): pass
except TypeError as e:
    print("TypeError:", e)
T = type("T", (Base,), {"t": 3})
print(type(T), T, list(T))
D = Registry("D", (), {"d": 4})
print(type(D), list(D))
class WithSuper(metaclass=Registry):
    def hello(self):
        return super().__repr__()[:10]
