# Found while writing the fuzz harness: == and < of lists nested 100000 deep
# overflowed the C++ stack. CPython raises RecursionError.
a = []
b = []
for i in range(100000):
    a = [a]
    b = [b]
for op in ("==", "<"):
    try:
        print(op, a == b if op == "==" else a < b)
    except RecursionError:
        print(op, "RecursionError")
d1, d2 = {}, {}
for i in range(100000):
    d1 = {"k": d1}
    d2 = {"k": d2}
try:
    print(d1 == d2)
except RecursionError:
    print("dict RecursionError")
print([[1, 2], [3]] == [[1, 2], [3]], [[1, 2]] < [[1, 3]])
