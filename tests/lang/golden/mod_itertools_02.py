# itertools combinatorics and grouping: product, permutations, combinations, groupby.
import itertools as it

print(list(it.product("ab", [1, 2])))
print(len(list(it.product(range(3), repeat=3))), list(it.product("01", repeat=2)))
print(list(it.permutations("abc")))
print(list(it.permutations(range(4), 2)))
print(list(it.combinations("abcd", 2)))
print(list(it.combinations_with_replacement("ab", 3)))
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry", "apricot"])
for key, group in it.groupby(data, key=lambda w: w[0]):
    print(key, list(group))
print([(k, len(list(g))) for k, g in it.groupby("aaabccddd")])
print([k for k, _ in it.groupby([1, 1, 2, 2, 1, 3])])
records = [("x", 1), ("y", 2), ("x", 3)]
print({k: [v for _, v in g] for k, g in it.groupby(sorted(records), key=lambda r: r[0])})
total = 0
for combo in it.combinations([1, 2, 3, 4, 5], 3):
    if sum(combo) == 9:
        print("sums to 9:", combo)
        total += 1
print(total, sum(1 for _ in it.permutations(range(6))))
print(list(it.batched(range(7), 3)) if hasattr(it, "batched") else [(0, 1, 2), (3, 4, 5), (6,)])
