# Annotation corner cases: parenthesized and subscript targets, annotations nested in for/try, generator and coroutine bodies.
(x): int = 1
y: list
class A:
    (z): str = "z"
    w: "fwd"
    print(__annotations__)
for i in range(2):
    k: int = i
try:
    pass
except Exception:
    never: int
print(__annotations__, x)
def gen():
    v: int = yield 1
    return v
print(list(gen()))
lst = [0]
lst[0]: int = 5
print(lst, __annotations__)
async def co(a: int = 1) -> "str":
    b: float = 2.0
    return b
print(co.__annotations__, co.__defaults__)
