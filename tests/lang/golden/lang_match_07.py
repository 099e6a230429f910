# Or-patterns, as-patterns, guards, evaluation order and what stays bound.
def orp(v):
    match v:
        case [x, 0] | [0, x]:
            return f"one zero, other {x}"
        case (a, b, 1) | (b, a, 2):
            return f"ordered a={a} b={b}"
        case {"k": y} | [_, _, y]:
            return f"y={y}"
        case str() | bytes() as text:
            return f"text {text!r}"
    return "no"

for v in [[5, 0], [0, 6], [0, 0], (1, 2, 1), (1, 2, 2), {"k": 9}, [7, 8, 9], "s", b"b", [1, 2]]:
    print(v, "->", orp(v))

# As-patterns at each level.
match [1, [2, 3]]:
    case [int() as first, [_, _] as pair] as whole:
        print(first, pair, whole)
match 5:
    case (1 | 2 | 5) as n:
        print("one of", n)

# Guards run after the pattern's names are bound, in case order.
def log(msg, result=True):
    print("  guard:", msg)
    return result

def guarded(v):
    match v:
        case [x, y] if log(f"x={x} y={y}", x > y):
            return "descending"
        case [x, y] if log(f"sum {x + y}", x + y == 10):
            return "sums to ten"
        case [x, *_] if log("any list"):
            return f"starts with {x}"
        case _ if log("default guard", False):
            return "never"
    return "fell through"

for v in [[3, 1], [4, 6], [1, 2], [9], "abc"]:
    print(v, "->", guarded(v))

# Names bound by a pattern whose guard fails stay bound.
match (1, 2):
    case (a, b) if a > b:
        print("no")
    case _:
        print("after failed guard: a =", a, "b =", b)

# A pattern that fails binds none of its names (CPython stores them only after the
# whole pattern matched).
def failed():
    match [1, 2, 3]:
        case [p, q]:
            pass
        case [r, 2, 4]:
            pass
    try:
        print(p)
    except NameError as e:
        print(type(e).__name__, e)
    try:
        print(r)
    except NameError as e:
        print(type(e).__name__, e)
failed()

# An or-pattern's failed alternatives bind nothing either.
match [1, 2]:
    case [z, 3] | [2, z]:
        print("no")
    case _:
        print("z bound?", "z" in globals())

# No case matches: nothing happens, and the subject is evaluated once.
def subject():
    print("  subject evaluated")
    return 42
match subject():
    case 1:
        print("one")
    case 2:
        print("two")
print("done")

# Bindings at module level, in functions (locals), in closures.
match {"v": 10}:
    case {"v": module_level}:
        pass
print(module_level)

def outer():
    match (1, 2):
        case (x, y):
            pass
    def inner():
        return x + y
    return inner()
print(outer())

def uses_nonlocal():
    total = 0
    def add(item):
        nonlocal total
        match item:
            case int(total):
                pass
    add(5)
    return total
print(uses_nonlocal())

# Captures and wildcards in loops, with break and continue.
for item in [1, "skip", 2, "stop", 3]:
    match item:
        case "skip":
            continue
        case "stop":
            break
        case n:
            print("item", n)

# A match as the last statement of a function returning through it.
def classify(n):
    match n % 3, n % 5:
        case 0, 0:
            return "FizzBuzz"
        case 0, _:
            return "Fizz"
        case _, 0:
            return "Buzz"
        case _:
            return str(n)
print(" ".join(classify(i) for i in range(1, 16)))

# Evaluation order: value patterns and class names are looked up as they are reached.
class Trace:
    def __getattr__(self, name):
        print("  lookup", name)
        return name
T = Trace()
match "c":
    case T.a | T.b:
        print("a or b")
    case T.c:
        print("c")
