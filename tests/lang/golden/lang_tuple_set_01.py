# tuples and sets (of ints): immutability, operations, methods, hashing.
t = (1, 2, 3, 2)
print(t, t[1:], t + (4,), t * 2, t.count(2), t.index(3), len(t), 2 in t)
print((), (1,), tuple("ab"), tuple([1, [2]]), tuple(range(3)), type(()).__name__)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(42)
except ValueError as e:
    print("ValueError:", e)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)], (1, 2) < (1, 3), (1, 2) == (1, 2), max([(1, "b"), (1, "a")]))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
s = {3, 1, 2}
s.add(4)
s.add(2)
print(s, len(s), 2 in s, sorted(s))
s.discard(10)
s.remove(1)
print(s)
try:
    s.remove(10)
except KeyError as e:
    print("KeyError:", e)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < {1, 2}, a >= {1}, a.issubset(range(10)), a.isdisjoint({9}), a.issuperset([1, 2]))
c = set(a)
c |= {10}
c &= {1, 2, 10}
c -= {2}
print(c, a)
print(set(), set([1, 1, 2]), set(range(5)), frozenset([3, 1]), {frozenset({1}): "frozen key"})
fs = frozenset({1, 2})
try:
    fs.add(3)
except AttributeError as e:
    print("AttributeError:", e)
print(fs | {3}, type(fs | {3}).__name__, {1} | fs, type({1} | fs).__name__)
popped = {7}.pop()
print(popped)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
e = {1, 2, 3}
e.update([4, 5], (6,))
e.difference_update({1})
e.intersection_update(range(5))
print(e, {x % 3 for x in range(10)}, set("aaa") == {"a"}, {1, 2} == {2, 1})
try:
    {[1]}
except TypeError as ex:
    print("TypeError:", ex)
print(sorted({-5, 100, 3, 0, -1}), {True, 1, 1.0}, {0, False}, len({(1, 2), (1, 2)}))
print(list({10, 20, 30, 40, 50, 60}), list({100, 5, 37}), list({-1, -2, -3}))
