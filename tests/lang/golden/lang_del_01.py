# del: names, list items and slices, dict keys, attributes, __delitem__, __delattr__.
a = 1
b = [0, 1, 2, 3, 4, 5, 6, 7]
del a
try:
    print(a)
except NameError as e:
    print("NameError:", e)
del b[0]
print(b)
del b[-1]
print(b)
del b[1:3]
print(b)
del b[::2]
print(b)
try:
    del b[10]
except IndexError as e:
    print("IndexError:", e)
d = {"x": 1, "y": 2, "z": 3}
del d["y"]
print(d)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError:", e)
x, y, z = 1, 2, 3
del x, y
print("z" in dir(), "x" in dir())

class Obj:
    cls_attr = "class"
    def __init__(self):
        self.a = 1
        self.b = 2

o = Obj()
del o.a
print(vars(o))
try:
    del o.a
except AttributeError as e:
    print("AttributeError:", e)
try:
    del o.cls_attr
except AttributeError as e:
    print("AttributeError:", e)
del Obj.cls_attr
print(hasattr(o, "cls_attr"))

class Logged:
    def __init__(self):
        self.store = {"k": 1, "j": 2}
    def __delitem__(self, key):
        print(f"  __delitem__({key!r})")
        del self.store[key]
    def __delattr__(self, name):
        print(f"  __delattr__({name!r})")
        object.__delattr__(self, name)

l = Logged()
del l["k"]
print(l.store)
l.extra = 5
del l.extra
try:
    del l["missing"]
except KeyError as e:
    print("KeyError:", e)

def f():
    v = 10
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"

print(f())
items = [[1, 2], [3, 4]]
del items[0][1], items[1]
print(items)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
