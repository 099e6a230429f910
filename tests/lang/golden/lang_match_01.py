# Structural pattern matching: literals, captures, sequences, mappings, classes, guards, or-patterns.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def describe(value):
    match value:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as num:
            return f"number {num}"
        case "":
            return "empty string"
        case str(s):
            return f"string {s!r}"
        case []:
            return "empty list"
        case [x]:
            return f"one item {x}"
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *rest]:
            return f"first {first} rest {rest}"
        case {"type": "user", "name": name}:
            return f"user {name}"
        case {"type": t, **others}:
            return f"typed {t} extra {sorted(others)}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case None:
            return "none"
        case _:
            return f"other {type(value).__name__}"

tests = [0, 2, -5, 7, 2.5, "", "hi", [], [1], [1, 2], [1, 2, 3, 4], (9, 8),
         {"type": "user", "name": "ann"}, {"type": "admin", "level": 3, "x": 0}, {"name": "no type"},
         Point(0, 0), Point(0, 4), Point(3, 3), Point(1, 2), None, {1, 2}, True]
for t in tests:
    print(repr(t) if not isinstance(t, Point) else f"Point({t.x}, {t.y})", "->", describe(t))

def command(text):
    match text.split():
        case ["go", ("north" | "south") as direction]:
            return f"going {direction}"
        case ["go", other]:
            return f"cannot go {other}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return "unknown"

for cmd in ["go north", "go up", "take lamp key", "take", "exit", "dance now"]:
    print(cmd, "->", command(cmd))
match {"a": 1, "b": 2}:
    case {"a": 1}:
        print("mapping patterns ignore extra keys")
