# Hostile: unbounded plain recursion: RecursionError, as in CPython.
def down(n):
    return down(n + 1)


down(0)
