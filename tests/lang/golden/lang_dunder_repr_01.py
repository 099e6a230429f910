# __repr__ and __str__: which one print, str(), repr(), f-strings and containers use.
class Both:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Both(repr {self.v})"
    def __str__(self):
        return f"Both(str {self.v})"

class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"

class OnlyStr:
    def __str__(self):
        return "only-str"

b = Both(1)
print(b)
print(str(b), repr(b))
print([b, b], (b,), {"k": b})
print(f"{b} {b!r} {b!s}")
print("%s %r" % (b, b))
print("{} {!r}".format(b, b))
o = OnlyRepr()
print(o, str(o), [o])
s = OnlyStr()
print(s, str(s))
print(repr(s).startswith("<__main__.OnlyStr object at 0x"))
print(repr([s]).startswith("[<__main__.OnlyStr object at"))

class Node:
    def __init__(self, val, children=()):
        self.val, self.children = val, list(children)
    def __repr__(self):
        if not self.children:
            return f"Node({self.val!r})"
        return f"Node({self.val!r}, {self.children!r})"

tree = Node("root", [Node(1), Node(2, [Node("x")])])
print(tree)

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __repr__(self):
        return f"Money({self.cents})"
    def __format__(self, spec):
        if spec == "cents":
            return f"{self.cents}c"
        return format(str(self), spec)

m = Money(12345)
print(m, repr(m), f"{m:>12}|{m:cents}|{m:<10}|")
print(format(m, "^11"), str([m]))

class BadRepr:
    def __repr__(self):
        return 42

try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
print(str(None), repr(None), str(...), repr(NotImplemented))
print(type(b), type(Both), type(1), type(print).__name__)
