def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
x = [fib(i) for i in range(10)]
print("hello", x, {"a": 1.5, "b": (1,)}, f"{3.14159:.2f}|{'s'!r:>5}")
class A:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"A({self.v!r})"
class B(A):
    def __init__(self): super().__init__(42)
print(B(), sorted([3, 1, 2], reverse=True), "%d-%s" % (5, "x"))
def gen():
    yield 1
    yield from [2, 3]
print(list(gen()), sum(i * i for i in range(5)))
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e)
d = {}
d["k"]
