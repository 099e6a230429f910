# Comprehensions: list/set/dict, nested loops, conditions, scoping.
nums = range(1, 11)
print([n * n for n in nums])
print([n for n in nums if n % 2 if n > 3])
print([(a, b) for a in range(3) for b in range(a)])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
print(sorted({n % 4 for n in nums}))
print({n: n ** 3 for n in range(5)})
print({v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()})
print(["even" if n % 2 == 0 else "odd" for n in range(4)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2 == 0])
x = "outer"
res = [x for x in "abc"]
print(res, x)
print([y for y in range(3)], "y" in dir())
words = ["apple", "bob", "kayak", "level", "python"]
print([w for w in words if w == w[::-1]])
print({w[0]: len(w) for w in words})
print([(i, w) for i, w in enumerate(words) if i % 2 == 0])
print([a + b for a, b in zip("abc", "xyz")])
print(sum(n for n in nums if n % 3 == 0), max(len(w) for w in words))
print([n for n in range(30) if all(n % d for d in range(2, n)) and n > 1])
print([[0] * 3 for _ in range(2)])
grid = [[0] * 3] * 2
grid[0][0] = 9
print(grid)

class Scope:
    factor = 10
    values = [1, 2, 3]
    scaled = [v * 2 for v in values]
    try:
        bad = [v * factor for v in values]
    except NameError as e:
        error = str(e)

print(Scope.scaled, Scope.error)
print([(lambda k: k * i)(2) for i in range(3)])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
print([w.upper() for w in words if (n := len(w)) > 4], n)
print(dict.fromkeys("abc", 0), {**{k: 1 for k in "ab"}, "c": 2})
print([*range(3), *"xy"], (*[1, 2],), {*[3, 3, 4]})
