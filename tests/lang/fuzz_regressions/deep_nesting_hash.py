# Found while writing the fuzz harness: hash() of a tuple nested 100000 deep
# overflowed the C++ stack. CPython computes it (its tuple hash has no depth limit);
# here it raises RecursionError past the native depth limit, so this input has no
# .result: it must end, either way.
x = ()
for i in range(100000):
    x = (x,)
try:
    print(hash(x) is not None)
except RecursionError:
    print("RecursionError")
