# Sequence patterns: what counts as a sequence, lengths, star patterns, nesting.
from collections import deque, namedtuple

def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x!r}"
        case [x, y]:
            return f"two {x!r} {y!r}"
        case (x, y, z):
            return f"three {x!r} {y!r} {z!r}"
        case [x, *rest]:
            return f"first {x!r} then {rest!r}"
        case _:
            return "not a sequence " + type(v).__name__

for v in [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], range(3), range(5), deque([7, 8]), [1, 2, 3, 4, 5],
          "", "ab", b"ab", {1: 2}, {1, 2}, frozenset([1]), (i for i in range(2)), 42, None]:
    print(type(v).__name__, "->", seq(v))

class MyList(list):
    pass

class MyTuple(tuple):
    pass

Point = namedtuple("Point", "x y")
print(seq(MyList([1, 2])), seq(MyTuple((1, 2, 3))), seq(Point(5, 6)))

# A class with __getitem__ and __len__ is not a sequence for patterns.
class FakeSeq:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return i
print(seq(FakeSeq()))
print(seq(iter([1, 2])).startswith("not a sequence"))

# Star patterns anywhere; *_ with indexing; the star binds a list.
def star(v):
    match v:
        case [*head, 9]:
            return f"ends with 9, head {head}"
        case [0, *middle, 0]:
            return f"zeros around {middle}"
        case [1, *_, last]:
            return f"starts with 1, last {last}"
        case [*_, 2, 2]:
            return "ends with 2, 2"
        case [a, b, *_]:
            return f"at least two: {a} {b}"
        case [*everything]:
            return f"everything {everything}"

for v in [[9], [1, 2, 9], [0, 0], [0, 5, 6, 0], [1, 5], [1, 2, 3, 4], (2, 2), [3, 2, 2], [5, 6, 7], [5], [],
          range(10), deque([1, 2, 3]), (0, 1, 0)]:
    print(v, "->", star(v))

# The star of a tuple subject is still a list.
match (1, 2, 3):
    case (first, *others):
        print(type(others).__name__, others)

# Nested sequences and patterns inside them.
def nested(v):
    match v:
        case [[x, y], [z]]:
            return f"pair and single: {x} {y} {z}"
        case [(a, b), *rest] if rest:
            return f"pair first: {a} {b} with {len(rest)} more"
        case [[[deep]]]:
            return f"deep {deep}"
        case [1, [2, [3, *inner]]]:
            return f"inner {inner}"
    return "no"

for v in [[[1, 2], [3]], [(1, 2), 3, 4], [(1, 2)], [[[42]]], [1, [2, [3, 4, 5]]], [1, [2, [3]]], [[1], [2]]]:
    print(v, "->", nested(v))

# Strings are not unpacked: a str matches only literal or capture patterns.
match "ab":
    case [a, b]:
        print("unpacked", a, b)
    case str() as s:
        print("a string", s)

# Open sequence patterns (no brackets).
match 1, 2:
    case a, b:
        print("open", a, b)
match [1, 2, 3]:
    case 1, *rest:
        print("open star", rest)
match (5,):
    case x,:
        print("one-tuple", x)
