# Annotations: module, class body and function __annotations__ as CPython 3.11 stores them.
x: int = 3
y: "a string annotation"
print(__annotations__, x)
try:
    print(y)
except NameError as e:
    print("NameError:", e)

class A:
    a: int = 1
    b: str
    c: list[int] = []
    if True:
        d: float = 0.5
    def method(self):
        local: int = 5
        unassigned: str
        return local

print(A.__annotations__)
print(A.a, A.d, A().method(), hasattr(A, "b"))

class B(A):
    pass

class C:
    pass

print(B.__annotations__, C.__annotations__, "__annotations__" in C.__dict__)
print("__annotations__" in A.__dict__)

def f(a, b: int, /, c: str = "x", *args: float, d: "D", e=1, **kw: dict) -> None:
    pass

def g(a, b=2):
    return a

print(f.__annotations__)
print(g.__annotations__, g.__annotations__ is g.__annotations__)
g.__annotations__ = {"a": int}
print(g.__annotations__)

async def h(n: int) -> str:
    return str(n)
print(h.__annotations__)
lam = lambda q: q
print(lam.__annotations__)

# Annotations are evaluated when the def runs, in the enclosing scope, after defaults.
order = []
def note(v):
    order.append(v)
    return v

def outer():
    T = "outer T"
    def inner(p: note(T) = note("default")) -> note("ret"):
        pass
    return inner

print(outer().__annotations__, order)

class D:
    items: dict[str, int]
    self_ref: "D"
    def __init__(self):
        self.items: dict = {}
        self.count: int = 0

d = D()
print(D.__annotations__, d.items, d.count)

def annotated_locals():
    total: int
    total = 0
    for i in range(3):
        total += i
    return total
print(annotated_locals(), annotated_locals.__annotations__)

def k(a: int):
    pass
k.__annotations__ = None
print(k.__annotations__)
try:
    k.__annotations__ = [("a", int)]
except TypeError as e:
    print("TypeError:", e)
