def counter():
    n = 0
    def inc(step=1, *, twice=False):
        nonlocal n
        n += step * (2 if twice else 1)
        return n
    return inc
c = counter()
c(); c(5); c(twice=True)
print(c(), [x for x in range(10) if x % 3 == 0], {k: v for k, v in zip("abc", range(3))})
a, *rest, z = range(6)
print(a, rest, z, (lambda *args, **kw: (args, kw))(1, 2, x=3))
print(isinstance(True, int), 2 ** 100, 7 // -2, -7 % 3, 1e300 * 10, 0.1 + 0.2, round(2.675, 2))
