# dict views are live: keys/values/items see later changes; set operations on keys and items
# (with sets, lists and other views, either side), comparisons, isdisjoint, reversed, in.
d = {"a": 1, "b": 2}
k, v, it = d.keys(), d.values(), d.items()
d["c"] = 3
del d["a"]
print(k, v, it, len(k), len(v), len(it))
print("c" in k, "a" in k, 3 in v, ("b", 2) in it, ("b", 3) in it, ["b", 2] in it, 5 in it)
print(sorted(k & {"b", "z"}), sorted(k | ["x"]), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(sorted({"b", "z"} & k), sorted(["x"] | k) if False else sorted({"x"} | k), sorted({"b", "y"} - k))
print(sorted(it & {("b", 2), ("c", 0)}), sorted(it - {("c", 3)}), type(k & set()).__name__)
print(k == {"b", "c"}, k == {"b"}, k != {"c", "b"}, it == {("b", 2), ("c", 3)}, k == ["b", "c"], v == v)
print(k.isdisjoint(["x", "y"]), k.isdisjoint("bx"), it.isdisjoint([("b", 2)]))
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
e = {1: "one"}
ek = e.keys()
print(ek == {1: "x"}.keys(), ek & {1: 0}.keys(), sorted(ek | {2: 0}.keys()))
try:
    hash(k)
except TypeError as err:
    print("TypeError:", err)
try:
    k & 5
except TypeError as err:
    print("TypeError:", err)
for key in d.keys():
    pass
try:
    for key in d.keys():
        d["new" + str(key)] = 0
except RuntimeError as err:
    print("RuntimeError:", err)
print({}.keys(), {}.items(), list({}.values()))
