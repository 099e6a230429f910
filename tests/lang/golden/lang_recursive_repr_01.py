# Recursive containers: reprs with [...] and {...}, equality and len of self-referencing objects.
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a, str(a))
d = {"k": 1}
d["self"] = d
print(d, len(d))
mix = [d, a]
print(mix)
inner = {"list": a}
a.append(inner)
print(a)
t = ([],)
t[0].append(t)
print(t)
b = [a, [a]]
print(b)
x = []
y = [x]
x.append(y)
print(x, y)
class Holder:
    def __init__(self):
        self.items = []
    def __repr__(self):
        return f"Holder({self.items!r})"
h = Holder()
h.items.append(h.items)
print(h)
h2 = Holder()
h2.items.append(h2.items)
h2.items.append([h2.items, "x"])
print(h2)
nested = []
cur = nested
for i in range(5):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
print(nested)
deep = []
for _ in range(3):
    deep = [deep, deep]
print(deep)
s = [1]
s.append((s, {"again": s}))
print(s)
dd = {}
dd[1] = [dd, (dd,)]
print(dd, repr(dd) == str(dd))
print(a == a, [a] == [a], d == d)
