# Chained comparisons: short-circuiting, single evaluation, mixed operators.
def v(x, label):
    print(f"  eval {label} -> {x}")
    return x

print(v(1, "a") < v(2, "b") < v(3, "c"))
print(v(1, "a") < v(0, "b") < v(3, "c"))
print(v(5, "a") == v(5, "b") != v(6, "c"))
print(1 < 2 > 0, 1 < 2 > 3, 3 > 2 > 1 > 0, 0 <= 0 < 1 <= 1)
print(1 == 1.0 == True, "a" < "b" < "c", [1] < [1, 0] < [2])
x = 5
print(0 < x < 10, 0 < x < 5, x == 5 in [5], 5 in [5] == True)
n, f = None, False
print(x is not n is not f, n is None, n is f)
print(2 in [1, 2] in [[1, 2]], "a" in "abc" not in "xyz")
print(not 1 < 2, not (1 < 2 < 3) or 4 > 3)
print((1 < 2) < 3, 1 < (2 < 3))
ordered = [3, 1, 4, 1, 5, 9, 2, 6]
print(all(a <= b for a, b in zip(ordered, ordered[1:])), sorted(ordered) == sorted(ordered, reverse=True)[::-1])
def in_range(n, lo=0, hi=10):
    return lo <= n < hi
print([n for n in range(-2, 13, 3) if in_range(n)])
try:
    print(1 < "a" < 2)
except TypeError as e:
    print("TypeError:", e)
try:
    print(None < 1)
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2] < (1, 2)
except TypeError as e:
    print("TypeError:", e)
print([1, 2] == (1, 2), (1, 2) == (1, 2.0), "1" == 1, {1: 2} == {1: 2.0})
print(float("nan") == float("nan"), float("inf") > 10 ** 300, -0.0 == 0.0)
print((1, "b") < (1, "c"), (2,) > (1, 99), () < (0,), "Z" < "a", "abc" < "abd" < "abda")
print(max("apple", "banana"), min([3, 1], [2, 9]), sorted([(2, "b"), (1, "z"), (2, "a")]))
a = b = 3
print(a == b == 3, a is b, 1 < a <= b < 4)
