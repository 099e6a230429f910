# TypeError messages for methods, constructors and keyword-only parameters.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def move(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)
    @staticmethod
    def origin():
        return Point(0, 0)
    @classmethod
    def from_pair(cls, pair):
        return cls(*pair)
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

def attempt(label, fn):
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "-> TypeError:", e)

p = Point(1, 2)
attempt("Point()", lambda: Point())
attempt("Point(1)", lambda: Point(1))
attempt("Point(1, 2, 3)", lambda: Point(1, 2, 3))
attempt("Point(1, y=2)", lambda: Point(1, y=2))
attempt("Point(1, z=2)", lambda: Point(1, z=2))
attempt("p.move()", lambda: p.move())
attempt("p.move(1)", lambda: p.move(1))
attempt("p.move(1, 2, 3)", lambda: p.move(1, 2, 3))
attempt("p.move(dx=1, dz=2)", lambda: p.move(dx=1, dz=2))
attempt("Point.move(p)", lambda: Point.move(p))
attempt("Point.origin(1)", lambda: Point.origin(1))
attempt("Point.from_pair()", lambda: Point.from_pair())
attempt("Point.from_pair((3, 4))", lambda: Point.from_pair((3, 4)))
attempt("Point.from_pair((3,))", lambda: Point.from_pair((3,)))

def k(a, *, b, c, d=1):
    return a, b, c, d

attempt("k(1)", lambda: k(1))
attempt("k(1, b=2)", lambda: k(1, b=2))
attempt("k(1, 2, 3)", lambda: k(1, 2, 3))
attempt("k(1, b=2, c=3)", lambda: k(1, b=2, c=3))

def po(a, b, /):
    return a, b

attempt("po(1, b=2)", lambda: po(1, b=2))
attempt("po(a=1, b=2)", lambda: po(a=1, b=2))

class Empty:
    pass

attempt("Empty(1)", lambda: Empty(1))
attempt("Empty(x=1)", lambda: Empty(x=1))
attempt("object(1)", lambda: object(1))

class Callable:
    def __call__(self, n):
        return n * 2

c = Callable()
attempt("c(21)", lambda: c(21))
attempt("c()", lambda: c())
