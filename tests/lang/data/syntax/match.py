# Match statements: every pattern kind, and match/case/_ as ordinary names.
match = 1
case = match + 1
_ = case
match(1, 2)
match[0]
match.attr = 3
match -x
print(match, case, _)

match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", ("north" | "south") as direction]:
        pass
    case ["drop", *objects]:
        pass
    case [first, *_, last] if first == last:
        pass
    case [*_]:
        pass
    case _:
        pass

match a, *b:
    case 0, 1.5, -2, -3.0, 10_000, 0x1F, "s" "t", b"b", None, True, False:
        pass
    case (x, y), [z], ():
        pass
    case [] | () | [_] | (_,):
        pass
    case x,:
        pass

match value:
    case Color.RED | mod.Color.GREEN:
        pass
    case {"key": v, 1: w, -1: _, None: n, Const.K: k, **rest}:
        pass
    case {}:
        pass
    case {**rest}:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, y):
        pass
    case mod.Point(a, b, c=(1 | 2) as c,):
        pass
    case int() | str(s) | bytes(b):
        pass
    case (1 | 2 | 3) as number if number > 1:
        pass
    case ((((x)))):
        pass

async def f():
    match await g():
        case {"a": [b, *c]} if await h(b):
            await i(c)
        case _:
            pass

def g():
    match (yield):
        case 1:
            return

match[0]: int = 5
match.attr: str
match: int

match (x):
    case 1: pass
    case 2 | 3: y = 1; z = 2
    case P(_=1, __=[*_]): pass
    case _: pass
