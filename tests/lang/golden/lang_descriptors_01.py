# Descriptors written in Python: data descriptors (__set__/__delete__) outrank the
# instance dict, non-data ones do not; __get__(None, cls) on class access.
def meta(name, bases, ns, **kw):
    print("meta", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
    ns["added"] = True
    return type(name, bases, ns)

class M(metaclass=meta, flavour="x"):
    a = 1
print(M.added, M.__name__, type(M))
class N(metaclass=type):
    pass
print(N)
class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, objtype=None): return self if obj is None else getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind): raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
class Point:
    x = Typed(int)
    y = Typed(int)
    def __init__(self, x, y): self.x, self.y = x, y
p = Point(1, 2)
print(p.x, p.y, vars(p))
try:
    Point(1, "2")
except TypeError as e:
    print("TypeError:", e)
class Counted:
    count = 0
    def __init_subclass__(cls):
        Counted.count += 1
        cls.serial = Counted.count
class X(Counted): pass
class Y(X): pass
print(X.serial, Y.serial, Counted.count, hasattr(Counted, "serial"))
class Logged:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None: return f"class access of {self.name} on {objtype.__name__}"
        print("get", self.name); return obj.__dict__.get(self.name, 0)
    def __set__(self, obj, value):
        print("set", self.name, value); obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("delete", self.name); del obj.__dict__[self.name]
class Acct:
    balance = Logged()
a = Acct()
a.balance = 10
a.balance += 5
print(a.balance, Acct.balance, a.__dict__)
del a.balance
print(a.balance)
class NonData:
    def __get__(self, obj, objtype=None): return "from descriptor"
class H:
    v = NonData()
h = H()
print(h.v); h.v = "own"; print(h.v, H.v)
