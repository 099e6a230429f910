# Mapping patterns: dicts and their subclasses, get-based lookup, **rest, keys from values.
from collections import defaultdict, Counter, OrderedDict

def mp(v):
    match v:
        case {}:
            if not v:
                return "empty mapping"
            return f"nonempty but {{}} matches any mapping: {len(v)} items"
    return "not a mapping"

for v in [{}, {1: 2}, [], set(), "x", None]:
    print(repr(v), "->", mp(v))

def keys(v):
    match v:
        case {"x": x, "y": y, **rest}:
            return f"x={x} y={y} rest={rest}"
        case {"x": int(x)}:
            return f"x only, int {x}"
        case {1: one, -1: minus, None: n, "t": t}:
            return f"literal keys {one} {minus} {n} {t}"
        case {"kind": "a" | "b" as k, **others}:
            return f"kind {k} others {others}"
    return "no"

for v in [{"x": 1, "y": 2}, {"x": 1, "y": 2, "z": 3, "w": 4}, {"x": 5}, {"x": "five"},
          {1: "one", -1: "minus", None: "none", "t": "true"}, {1: "one", -1: "minus", None: "none"},
          {"kind": "b", "n": 1}, {"kind": "c"}, [("x", 1)]]:
    print(v, "->", keys(v))

# A defaultdict is looked up with get(): no keys are made.
d = defaultdict(list)
d["present"].append(1)
match d:
    case {"absent": a}:
        print("found absent", a)
    case {"present": p}:
        print("present", p)
print(sorted(d))

c = Counter("hello")
match c:
    case {"l": 2, "h": h, **rest}:
        print("counter", h, sorted(rest.items()))

od = OrderedDict([("a", 1), ("b", 2)])
match od:
    case {"b": b, **rest}:
        print("ordered", b, rest, type(rest).__name__)

# A dict subclass's get() is what the pattern calls.
class Loud(dict):
    def get(self, key, default=None):
        print("  get", repr(key))
        return super().get(key, default)

match Loud(a=1, b=2):
    case {"a": 1, "c": 3}:
        print("no")
    case {"b": b, "a": a}:
        print("loud", a, b)

# Keys from value patterns (dotted names).
class K:
    NAME = "name"
    AGE = "age"

match {"name": "ann", "age": 30}:
    case {K.NAME: n, K.AGE: a}:
        print(n, a)

# The **rest is a new dict with the other items, in the mapping's order.
src = {"a": 1, "b": 2, "c": 3}
match src:
    case {"b": _, **rest}:
        rest["z"] = 26
        print(rest, src)

# Values matched against nested patterns.
config = {"server": {"host": "h", "ports": [80, 443]}, "debug": False}
match config:
    case {"server": {"host": str(host), "ports": [first, *_]}, "debug": False | None}:
        print("server", host, first)

# A user class with keys/__getitem__ is not a mapping for patterns.
class FakeMap:
    def keys(self):
        return ["a"]
    def __getitem__(self, k):
        return 1
    def get(self, k, d=None):
        return 1
print(mp(FakeMap()))
