# Arithmetic dunders: __add__/__radd__/__iadd__, __mul__, __neg__, __abs__, NotImplemented.
class Vec:
    def __init__(self, *c):
        self.c = tuple(c)
    def __repr__(self):
        return f"Vec{self.c}"
    def __add__(self, other):
        print(f"  {self!r}.__add__({other!r})")
        if isinstance(other, Vec):
            return Vec(*(a + b for a, b in zip(self.c, other.c)))
        if isinstance(other, (int, float)):
            return Vec(*(a + other for a in self.c))
        return NotImplemented
    def __radd__(self, other):
        print(f"  {self!r}.__radd__({other!r})")
        return self + other
    def __iadd__(self, other):
        print(f"  {self!r}.__iadd__({other!r})")
        self.c = (self + other).c
        return self
    def __mul__(self, k):
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self.c, k.c))
        return Vec(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(*(-a for a in self.c))
    def __pos__(self):
        return self
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, other):
        return isinstance(other, Vec) and self.c == other.c
    def __bool__(self):
        return any(self.c)
    def __truediv__(self, k):
        return Vec(*(a / k for a in self.c))
    def __floordiv__(self, k):
        return Vec(*(a // k for a in self.c))
    def __mod__(self, k):
        return Vec(*(a % k for a in self.c))
    def __pow__(self, k):
        return Vec(*(a ** k for a in self.c))

a, b = Vec(1, 2), Vec(3, 4)
print(a + b)
print(a + 10)
print(10 + a)
print(sum([a, b, Vec(10, 10)], Vec(0, 0)))
print(a * 3, 3 * a, a * b, -a, +a is a, abs(b))
print(b / 2, b // 2, b % 3, a ** 2)
print(bool(Vec(0, 0)), bool(a), a == Vec(1, 2), a != b)
c = a
c += b
print(c, a, c is a)
try:
    a + "str"
except TypeError as e:
    print("TypeError:", e)
try:
    "str" + a
except TypeError as e:
    print("TypeError:", e)

class Weird:
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return "radd wins"

class Left:
    def __add__(self, other):
        return "left add"

print(Left() + Weird(), Weird() + Left() if False else 1 + Weird())

class Sub(Vec):
    def __radd__(self, other):
        return "subclass radd first"

print(Vec(1) + Sub(2))
print(1 + 2 * 3 ** 2, (1 + 2) * 3, -2 ** 2, (-2) ** 2, 2 ** 3 ** 2, 7 // 2 * 2 + 7 % 2)
