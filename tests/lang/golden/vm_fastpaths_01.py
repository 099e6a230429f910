# The VM's fast paths (list/tuple indexing, int and float arithmetic, float
# comparisons, unpacking, swaps, cached globals) must keep Python's semantics at
# their edges: negative indexes, subclasses, signs, infinities, NaN, shadowing.

xs = [10, 20, 30]
t = (1, 2, 3)
print(xs[0], xs[-1], xs[-3], t[1], t[-2])
for bad in (3, -4, 2**70):
    try:
        print(xs[bad])
    except IndexError as e:
        print("IndexError", e)
try:
    t[5]
except IndexError as e:
    print("IndexError", e)
xs[-1] = 99
xs[0] += 1
print(xs)
try:
    xs[3] = 0
except IndexError as e:
    print("IndexError", e)
print(xs[True], t[False])


class Shifted(list):
    def __getitem__(self, i):
        return "shifted " + str(list.__getitem__(self, i + 1))

    def __setitem__(self, i, v):
        list.__setitem__(self, i, v * 2)


s = Shifted([1, 2, 3])
print(s[0], s[1])
s[0] = 5
print(list(s))


class Pair(tuple):
    def __iter__(self):
        return iter(("left", "right"))


a, b = Pair((1, 2))
print(a, b)

# int floor division and modulo round towards negative infinity
for x in (7, -7, 0, 2**62, -(2**62)):
    for y in (3, -3, 1):
        print(x, y, x // y, x % y, divmod(x, y))
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

# floats mixed with ints, division by zero, pow's edges
print(1 + 0.5, 0.5 + 1, 3 - 0.25, 2 * 1.5, 7 / 2.0, 7.0 / 2, 2**53 + 1.0, (2**63 - 1) * 1.0)
for num, den in ((1.0, 0.0), (1, 0.0), (0.0, 0)):
    try:
        print(num / den)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
print(2.0 ** 0.5, 4 ** 0.5, 2.0 ** -1, 0.5 ** 2, float("inf") ** 0.5, 1e-300 ** 2)
for base, exp in ((10.0, 400), (0.0, -1.0), (-8.0, 2.0), (-8.0, 3)):
    try:
        print(base ** exp)
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(-0.0 * 1, 0.0 * -1, 1e308 * 10, -1e308 * 10)

# float comparisons, NaN included
nan = float("nan")
inf = float("inf")
print(nan == nan, nan != nan, nan < 1.0, nan >= nan, 1.5 < 2.5, 2.5 <= 2.5, -inf < inf, 0.0 == -0.0)
print(1.0 == 1, 1 < 1.5, 2**60 == float(2**60), 2**60 + 1 == float(2**60 + 1))

# swaps and rotations keep evaluation order and store order
order = []


def v(name, value):
    order.append(name)
    return value


p, q = v("a", 1), v("b", 2)
p, q = q, p
r1, r2, r3 = v("c", 3), v("d", 4), v("e", 5)
r1, r2, r3 = r3, r1, r2
print(p, q, r1, r2, r3, order)
items = [0, 1, 2]
i = 0
i, items[i] = 1, "x"
print(i, items)
[m, n] = 1, 2
print(m, n)
try:
    e1, e2 = 1, 2, 3
except ValueError as e:
    print("ValueError", e)
try:
    f1, f2, f3 = [1, 2]
except ValueError as e:
    print("ValueError", e)

# global names: a global defined later shadows the builtin, deleting it unshadows
def count(seq):
    return len(seq)


print(count("abc"))
len = lambda seq: "shadowed"
print(count("abc"))
del len
print(count("abc"))
g = 1
for _ in range(3):
    g = g + 1
del g
try:
    print(g)
except NameError as e:
    print("NameError", e)
g = "again"
print(g)


class Body:
    x = 1
    y = x + 1
    x = 5
    print(x, y)


print(Body.x, Body.y)
