# Hostile: hash() of a tuple nested 200000 deep. CPython 3.11 overflows its C stack
# here (a segfault); loopscope must raise RecursionError instead.
# expect-exit: 1
# expect-stderr: RecursionError
t = None
for _ in range(200000):
    t = (t,)
print(hash(t))
