# collections.defaultdict, OrderedDict, namedtuple.
from collections import defaultdict, OrderedDict, namedtuple

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups["z"], "z" in groups)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od))
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == dict(b=2, a=1))
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], p._asdict(), p._replace(x=10), Point._fields, len(p))
x, y = p
print(x + y, p == (3, 4), isinstance(p, tuple))
Person = namedtuple("Person", "name age city", defaults=["unknown"])
print(Person("ann", 30), Person("bob", 25, "paris"), Person._make(["cy", 40, "rome"]))
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
