# Sets iterate in CPython's order: by hash slot, through the same table growth, probes,
# dummies left by removals and each operation's own walk (which operand is copied,
# which is iterated). Ints, floats, bools and tuples of them hash as in CPython.
print({3, 1, 2, 4}, {10, 2, 33, 4, 105}, {-1, -2, 0, 8, 16, 24}, {2**61, 2**61 - 1, 5, -7, 3 * -4}, {0, 8, 16}, {8, 0, -8, 2.5})
print({1.5, 0.25, 2.0, -3.75}, {True, 2, 0.0}, {(1, 2), (2, 1), (0,), ()}, {None} == {None})
print(set(range(20, 0, -3)), set([100, 7, 64, 3, 15]), set("aaa"), set({9: 0, 1: 0, 17: 0}))
s = set()
for i in [40, 8, 16, 1, 33, 25, 9, 2, 77, 64, 3]:
    s.add(i)
    print(len(s), s)
for i in [8, 33, 77]:
    s.discard(i)
s.add(41)
s.add(8)
print(s, s.pop(), s.pop(), s)
a, b = {1, 9, 17, 25, 33, 4}, {33, 2, 17, 40, 6}
print(a | b, b | a, a & b, b & a, a - b, b - a, a ^ b, b ^ a)
print(a.union([50, 18], (3,)), a.intersection([33, 1, 99]), a.difference([1], {4}), a.symmetric_difference([4, 5, 6]))
big = set(range(100))
print(big & {97, 3, 50}, {97, 3, 50} & big, len(big - {1, 2}), sorted(big ^ set(range(95, 105))))
t = a
t |= {100, 36}
t &= {100, 36, 9, 17, 1}
t -= {17}
t ^= {5, 9}
print(t, a, t is a)
u = {1, 2, 3}
u.intersection_update({2, 3, 4}, [3, 2])
u.difference_update([3])
u.symmetric_difference_update({7, 2})
u.update(range(30, 20, -4), {64})
print(u)
d = {"k%d" % i: i for i in range(4)}
print(sorted(d.keys() | {"z"}), sorted({"z"} | d.keys()), sorted(d.keys() & {"k1", "k3", "q"}), sorted(d.keys() - {"k0"}))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2} == frozenset({2, 1}), {3}.isdisjoint([4, 5]), {1}.issuperset([1]))
f = frozenset([5, 3, 12, 9])
print(f, f | {1}, type(f | {1}).__name__, type({1} | f).__name__, frozenset(f) is f, f.copy() is f)
print(hash((1, 2)), hash(()), hash((1, (2, 3.5))), hash(frozenset([1, 2, 3])), hash(frozenset()))
print({frozenset([1]), frozenset([2]), frozenset([1, 2])})
class MySet(set):
    pass
m = MySet([3, 1, 2])
print(type(m | {9}).__name__, type(m.copy()).__name__, m)
it = iter({1, 2, 3})
next(it)
try:
    s2 = {1, 2, 3}
    for x in s2:
        s2.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
s3 = {1, 2, 3}
for x in s3:
    s3.discard(x)
    s3.add(x + 8)
    break
print(s3)
print({x * 7 % 11 for x in range(10)}, {*range(3), *[9, 5]}, set().pop if False else None)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
