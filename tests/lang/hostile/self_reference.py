# Hostile: containers that contain themselves: repr, equality, hashing, copying,
# sorting, and comparing two different self-referencing lists (RecursionError).
a = [1]
a.append(a)
print(a)
d = {"k": 1}
d["self"] = d
print(d)
print(len(str(a)), a == a, a[1] is a, d["self"] is d)
b = [a, d]
b.append(b)
print(b)
try:
    hash(a)
except TypeError as e:
    print("TypeError", e)
c = a.copy()
print(c)
t = ([],)
t[0].append(t)
print(t)
s = {"x"}
print(repr(s))
x = [1]
x.append(x)
y = [1]
y.append(y)
try:
    print(x == y)
except RecursionError as e:
    print("RecursionError", e)
try:
    print(x < y)
except RecursionError as e:
    print("RecursionError", e)
m = {}
m[1] = [m]
print(m)
print(a, d, b, sep=" | ")
