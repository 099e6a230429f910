# Literal patterns: == for numbers and strings, `is` for None/True/False; value patterns (dotted names) use ==.
import math

def lit(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case -2.5:
            return "minus two and a half"
        case 12345678901234567890123:
            return "big"
        case -12345678901234567890123:
            return "minus big"
        case 0x10:
            return "sixteen"
        case "hello" "world":
            return "concatenated"
        case "":
            return "empty str"
        case b"bytes":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return "other " + repr(v)

for v in [0, 0.0, -1, -1.0, 1.5, -2.5, 12345678901234567890123, -12345678901234567890123, 16,
          "helloworld", "hello", "", b"bytes", "bytes", None, True, False, 1, 1.0, 2, [], (), {}]:
    print(repr(v), "->", lit(v))

# True/False/None match by identity: 1 is not True, 0 is not False.
def ident(v):
    match v:
        case True:
            return "is True"
        case False:
            return "is False"
        case 1:
            return "== 1"
        case 0:
            return "== 0"
    return "nothing"

for v in [True, False, 1, 0, 1.0, 0.0]:
    print(repr(v), ident(v))

# Numbers compare with ==: a literal 1 matches True and 1.0.
match True:
    case 1:
        print("True == 1")

class Color:
    RED = "red"
    GREEN = "green"
    class Nested:
        BLUE = "blue"

class Eq:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print(f"  __eq__({self.name!r}, {other!r})")
        return other == self.name

class Holder:
    a = Eq("a")
    b = Eq("b")

def color(c):
    match c:
        case Color.RED:
            return "red!"
        case Color.GREEN:
            return "green!"
        case Color.Nested.BLUE:
            return "blue!"
        case math.pi:
            return "pi!"
    return "unknown"

for c in ["red", "green", "blue", math.pi, 3.14]:
    print(c, color(c))

# The subject is on the right of ==: the pattern's value's __eq__ runs first.
match "b":
    case Holder.a:
        print("a")
    case Holder.b:
        print("b")

# Literal patterns in or-patterns and the order they are tried in.
def kind(n):
    match n:
        case 1 | 2 | 3:
            return "small"
        case -1 | -2:
            return "negative"
        case "a" | "b":
            return "letter"
        case None | False:
            return "falsy singleton"
    return "none of them"

for n in [1, 3, -2, "b", None, False, 0, 4]:
    print(repr(n), kind(n))
