# More fast paths at their edges: range iterators stepped by FOR_ITER and by next()
# on the same iterator, module-level stores into cached globals, subscript stores
# (augmented, into lists, dicts and subclasses), builtin calls, math on ints and
# floats, and the code-point lengths of strs made by split/strip/join/lower/upper.
import math

it = iter(range(10, 0, -3))
print(next(it))
for x in it:
    print("down", x)
    if x == 4:
        print("next inside", next(it, "done"))
print(list(range(5, 5)), list(range(0, -6, -2)), list(range(-3, 4, 4)))
big = iter(range(2**62, 2**62 + 3))
print(next(big), [v - 2**62 for v in big])
r = iter(range(3))
print(list(r), list(r), next(r, "exhausted"))
for i in range(3):
    pass
print("i after loop", i)

g = 0
for k in range(1000):
    g = g + k
h = g
g = "now a str"
print(g, h)
del g
try:
    print(g)
except NameError as e:
    print("NameError", e)
g = 5
print(g)

d = {}
lst = [0, 0, 0]
for k in range(7):
    d[k % 3] = d.get(k % 3, 0) + k
    lst[k % 3] += k
    d["s"] = d.get("s", "") + str(k)
print(d, lst)
try:
    lst[3] += 1
except IndexError as e:
    print("IndexError", e)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError", e)
try:
    d[[1]] += 2
except TypeError as e:
    print("TypeError", e)


class Loud(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        dict.__setitem__(self, k, v)


class LoudList(list):
    def __setitem__(self, i, v):
        print("list set", i, v)
        list.__setitem__(self, i, v)


ld = Loud(a=1)
ld["a"] += 1
ld["b"] = 7
ll = LoudList([1, 2])
ll[0] += 10
ll[-1] = 5
print(ld, ll)

print(math.sqrt(16), math.sqrt(2), math.sqrt(True), math.sqrt(10**20), math.floor(2.5))
for bad in (-1, "4", None):
    try:
        math.sqrt(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    math.sqrt(2**2000)
except OverflowError as e:
    print("OverflowError", e)
print(sum(math.sqrt(i) for i in range(10)), sum(range(-5, 5, 3)))
append = [].append
print(append(1), [len, abs][0]("abc"), abs(-3), max(range(4)))

words = " Grüße  from ASCII text\tand ÉTÉ ".split()
print(words, [len(w) for w in words])
for s in ("  padded ascii  ", " ünïcödé ", "MiXeD Case", "ÀB cd", "", "x"):
    parts = [s.strip(), s.lower(), s.upper(), s.title(), s.swapcase(), s.capitalize(), s.casefold()]
    print([(p, len(p)) for p in parts])
    print(s.split(" "), [len(p) for p in s.split(" ")], s.split(None, 1))
j = "-".join(["ab", "ç", "", "dé"])
print(j, len(j), len("".join([])), len("é".join(["a", "b"])))
cat = "abc" + "déf"
print(cat, len(cat), cat[3], cat[-1], len("x" + ""), len("" + "ü"))
print("ABC".lower() == "abc", hash("abc".upper()) == hash("ABC"), {"a".upper(): 1}["A"])
