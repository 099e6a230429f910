# Match in class bodies and generators, subclasses indexed or unpacked, loops with finally, error line numbers.
class C:
    match 5:
        case int(v) if v > 2:
            big = True
        case _:
            big = False
print(C.v, C.big)

def gen(items):
    for it in items:
        match it:
            case [x, y] if (s := x + y) > 3:
                got = yield s
                print("sent", got)
            case [x, *_] if (yield ("probe", x)):
                print("probe accepted")
            case _:
                yield "other"

g = gen([[1, 5], [2], "z"])
print(next(g))
print(g.send("hello"))
print(g.send(True))
print(list(g))

class L(list):
    def __getitem__(self, i):
        print("  getitem", i)
        return super().__getitem__(i)
    def __iter__(self):
        print("  iter")
        return super().__iter__()
    def __len__(self):
        print("  len")
        return super().__len__()

match L([1, 2, 3]):
    case [a, *_, c]:
        print("subscripted", a, c)
match L([1, 2, 3]):
    case [a, *rest]:
        print("unpacked", a, rest)
match L([1, 2]):
    case [a, b]:
        print("unpacked exact", a, b)

for i in range(5):
    match i:
        case 0:
            continue
        case 3:
            break
        case n:
            try:
                match n:
                    case 2:
                        print("two, leaving via finally")
                        continue
            finally:
                print("finally", n)
print("loop done", i)

def ret(x):
    while True:
        match x:
            case [*_]:
                return "seq"
            case {}:
                return "map"
            case _:
                return "else"
print(ret([]), ret({}), ret(1))

# exceptions in guards and __eq__ inside a try, then traceback lines.
class BadEq:
    def __eq__(self, other):
        raise RuntimeError("bad eq")
class H:
    b = BadEq()
try:
    match 1:
        case H.b:
            pass
except RuntimeError as e:
    print("caught", e)
import sys
def tb_lines(e):
    lines = []
    t = e.__traceback__
    while t:
        lines.append(t.tb_lineno)
        t = t.tb_next
    return lines
try:
    match [1, 2]:
        case [a, b] if a / 0:
            pass
except ZeroDivisionError as e:
    print("guard error lines", tb_lines(e))
try:
    match 3:
        case H.b:
            pass
except RuntimeError as e:
    print("eq error lines", tb_lines(e))
# deep subject structure
deep = 1
for _ in range(50):
    deep = [deep]
def unwrap(v, n=0):
    match v:
        case [inner]:
            return unwrap(inner, n + 1)
        case _:
            return n
print(unwrap(deep))
# many names
match list(range(20)):
    case [a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, *more] if a9 == 9:
        print(a0, a5, a9, more)
match {"a": 1, "b": 2, "c": 3}:
    case {"c": c, "a": a} | {"b": a, "c": c}:
        print("or mapping", a, c)
match (1, 2, 3):
    case (x, y, z) | (z, y, x) if x > z:
        print("no")
    case (3, y, x) | (x, y, 3):
        print("alt order", x, y)
