# Hostile: containers nested 200000 deep: repr, str, ==, < must raise RecursionError
# (as CPython does) instead of overflowing the C++ stack, and freeing them must not
# overflow it either (CPython frees them iteratively: its "trashcan").
def nest(n, make):
    x = make(None)
    for _ in range(n):
        x = make(x)
    return x


a = nest(200000, lambda x: [x])
b = nest(200000, lambda x: [x])
for what, f in [("repr", lambda: repr(a)), ("eq", lambda: a == b), ("str", lambda: str(a)), ("lt", lambda: a < b)]:
    try:
        f()
        print(what, "ok")
    except RecursionError as e:
        print(what, "RecursionError")
d = nest(200000, lambda x: {"k": x})
try:
    print(len(repr(d)))
except RecursionError as e:
    print("dict repr RecursionError")
del a, b, d
print("freed")
t = nest(200000, lambda x: (x,))
del t
print("survived")
