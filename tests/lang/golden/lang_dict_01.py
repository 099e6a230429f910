# dict: insertion order, methods, views, merging, errors, iteration rules.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), "a" in d, 1 in d, len(d))
print(d.pop("a"), d, d.pop("missing", "default"))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
print(d.setdefault("x", []), d.setdefault("b", 99), d)
d["x"].append(1)
print(d)
d.update({"y": 5}, z=6)
d.update([("w", 7)])
print(d)
print(d.popitem(), d)
del d["b"]
print(d)
c = d.copy()
c["c"] = "changed"
print(c, d)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("abc", range(3))), dict.fromkeys(["p", "q"], 0))
print({**d, "extra": True}, d | {"c": 0}, {"c": 0} | d)
d |= {"new": 1}
print(d)
keys = d.keys()
d["later"] = 2
print(keys, len(keys), "later" in keys)
print(list(reversed({"one": 1, "two": 2, "three": 3})), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
try:
    for k in d:
        d["boom"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
e = {}
try:
    e.popitem()
except KeyError as ex:
    print("KeyError:", ex)
try:
    {[1]: 2}
except TypeError as ex:
    print("TypeError:", ex)
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts, key=lambda k: (-counts[k], k)))
print({1: "a", 1.0: "b", True: "c"}, {(1, 2): "tuple key", None: "none key"})
print(d == dict(d), {"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 1.0})
nested = {"x": {"y": {"z": 1}}}
nested["x"]["y"]["w"] = 2
print(nested, nested["x"]["y"].items())
print(type({}.keys()).__name__, type({}.items()).__name__, {}.keys() == set(), {"a": 1}.keys() & {"a", "b"})
