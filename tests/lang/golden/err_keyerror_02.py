# Uncaught KeyError with a tuple key raised from a nested function.
grid = {(0, 0): "origin", (1, 0): "east"}

def lookup(x, y):
    print(f"looking up {(x, y)}")
    return grid[x, y]

print(lookup(0, 0))
print(lookup(1, 0))
print(lookup(0, 1))
