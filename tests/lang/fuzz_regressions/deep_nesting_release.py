# Found while writing the fuzz harness: dropping the last reference to a list nested
# 200000 deep ran 200000 nested destructors and overflowed the C++ stack.
a = None
for i in range(200000):
    a = [a]
del a
t = None
for i in range(200000):
    t = (t, i)
t = 0
d = {}
for i in range(200000):
    d = {"next": d}
d = None
print("released")
