# copy (copy, deepcopy: shared and cyclic references, __copy__/__deepcopy__, instances,
# subclasses of list, tuples kept) and bisect (bisect/insort, left/right, key=).
import copy, bisect
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(9); a[2]["k"].append(8)
print(b, c, b[1] is a[1], c[1] is a[1])
class P:
    def __init__(self, xs, tag): self.xs = xs; self.tag = tag
    def __repr__(self): return f"P({self.xs}, {self.tag})"
p = P([1, 2], "t")
q = copy.copy(p); r = copy.deepcopy(p)
p.xs.append(3)
print(q, r, q.xs is p.xs, r.xs is p.xs, type(r).__name__)
shared = [0]
box = [shared, shared]
dc = copy.deepcopy(box)
print(dc[0] is dc[1], dc[0] is shared)
cyc = [1]; cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc)
class C:
    def __copy__(self): return "custom copy"
    def __deepcopy__(self, memo): return "custom deepcopy"
print(copy.copy(C()), copy.deepcopy(C()), copy.deepcopy((1, "a", (2,))), copy.deepcopy({1: {2: [3]}}))
t = (1, [2]); dt = copy.deepcopy(t); print(dt, dt is t, dt[1] is t[1], copy.copy(t) is t)
class L(list): pass
l2 = copy.deepcopy(L([1, [2]])); print(type(l2).__name__, l2)
s = [1, 3, 5, 7]
print(bisect.bisect(s, 5), bisect.bisect_left(s, 5), bisect.bisect_right(s, 0), bisect.bisect_left(s, 8))
bisect.insort(s, 4); bisect.insort_left(s, 5); print(s)
recs = [("a", 1), ("b", 5), ("c", 9)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]))
bisect.insort(recs, ("x", 6), key=lambda r: r[1]); print(recs)
try: bisect.bisect(s, 1, lo=-1)
except ValueError as e: print("ValueError:", e)
