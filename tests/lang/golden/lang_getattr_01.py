# Attribute hooks: __getattr__, __getattribute__, __setattr__, __delattr__, __dir__-free proxies.
class Lazy:
    def __init__(self):
        self.loaded = {}
    def __getattr__(self, name):
        print(f"  __getattr__({name!r})")
        if name.startswith("no_"):
            raise AttributeError(f"{type(self).__name__!r} has nothing called {name!r}")
        value = name.upper()
        setattr(self, name, value)
        return value

z = Lazy()
print(z.foo)
print(z.foo)
print(z.loaded, sorted(vars(z)))
print(getattr(z, "no_thing", "default"), hasattr(z, "no_x"), hasattr(z, "bar"))
try:
    z.no_way
except AttributeError as e:
    print("AttributeError:", e)

class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(f"set {name}={value!r}")
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(f"del {name}")
        object.__delattr__(self, name)

r = Recorder()
r.a = 1
r.b = [2]
r.a += 10
del r.b
print(r.log, r.a, hasattr(r, "b"))

class Counted:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if name != "__dict__" and not name.startswith("__"):
            print(f"  __getattribute__({name!r})")
        return object.__getattribute__(self, name)
    def method(self):
        return self.x * 2

c = Counted()
print(c.x, c.method())

class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if callable(attr):
            def wrapped(*a, **k):
                print(f"  proxy call {name}{a}")
                return attr(*a, **k)
            return wrapped
        return attr

p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.count(1), p.__class__.__name__)
try:
    p.nonexistent
except AttributeError as e:
    print("AttributeError:", e)

class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: Frozen is immutable")

f = Frozen(3)
try:
    f.v = 4
except AttributeError as e:
    print("AttributeError:", e)
print(f.v)
