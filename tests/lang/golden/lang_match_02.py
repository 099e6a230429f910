# match, case and _ are soft keywords: names everywhere but at the start of a match statement.
match = 1
case = 2
_ = 3
print(match, case, _)
match += 10
print(match)

def match(*args, **kwargs):
    return ("called", args, kwargs)

print(match(1, 2, k=3))
print(match (4))
match = [10, 20, 30]
print(match[0], match[-1])
match[1] = 25
print(match)
match = {"case": "value"}
print(match["case"])

class Obj:
    match = "attr"
    case = "other"
print(Obj.match, Obj.case)
print([match for match in range(3)])
print({case: case * 2 for case in range(3)})
def f(match, case=5):
    return match + case
print(f(1), f(match=2, case=3))

# A match statement whose subject is the name `match`.
match = 3
match match:
    case 3:
        print("matched the name match")
    case _:
        print("no")

# Subjects: tuples without parentheses, starred items, calls, unary minus, walrus.
a, b = 1, 2
match a, b:
    case (1, 2):
        print("tuple subject")
rest = [3, 4]
match a, *rest:
    case [1, 3, 4]:
        print("starred subject")
match -a:
    case -1:
        print("negative subject")
match (n := 5):
    case 5:
        print("walrus subject", n)
match len("abc"):
    case 3:
        print("call subject")

# case is only special inside a match block; `_` binds nothing in patterns.
_ = "kept"
match 99:
    case _:
        pass
print(_)
match [1, 2]:
    case [_, _]:
        print("two wildcards", _)
case = 7
print(case)
