# Unbounded recursion: RecursionError ends the program (exit 1).
def depth(n):
    return depth(n + 1) + 1

print("recursing forever")
depth(0)
