# Found while writing the fuzz harness: repr() of a list nested 100000 deep overflowed
# the C++ stack (one native call per level). CPython raises RecursionError.
a = []
for i in range(100000):
    a = [a]
try:
    print(len(repr(a)))
except RecursionError:
    print("RecursionError")
print(str([[1], (2,), {3: [4]}]))
