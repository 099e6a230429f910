# Container protocol: __len__, __getitem__, __setitem__, __delitem__, __contains__, __bool__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        print(f"  set {key} = {value!r}")
        self.cells[key] = value
    def __delitem__(self, key):
        print(f"  del {key}")
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
    def __repr__(self):
        return "\n".join("".join(self[x, y] for x in range(self.w)) for y in range(self.h))

g = Grid(4, 3)
g[0, 0] = "#"
g[3, 2] = "@"
g[1, 1] = "#"
print(g)
print(len(g), "@" in g, "$" in g, g[3, 2])
del g[1, 1]
print(g)
try:
    g[9, 9]
except IndexError as e:
    print("IndexError:", e)
try:
    del g[2, 2]
except KeyError as e:
    print("KeyError:", e)

class Seq:
    """Iteration falls back to __getitem__ with 0, 1, 2 ... until IndexError."""
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Seq index out of range")
        return i * i

s = Seq(6)
print(list(s), s[2], s[-1], s[1:5], s[::2], s[::-2])
print(9 in s, 10 in s, sorted(s, reverse=True), sum(s))
a, b, *rest = s
print(a, b, rest)

class Empty:
    def __len__(self):
        return 0

class Falsy:
    def __bool__(self):
        return False
    def __len__(self):
        return 10

print(bool(Empty()), bool(Falsy()), len(Falsy()), "yes" if Empty() else "no", not Falsy())
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
