# Recursion through the dunder methods of a class (the classic bugs: a property or
# __getattr__ reading itself, __repr__ calling repr(self), __init__ making another
# instance): how deep each gets and CPython's message, which names the C-level check
# that tripped ("while calling a Python object", "in comparison"...).
depth = 0


class Repr:
    def __repr__(self):
        global depth
        depth += 1
        return repr(self)


class Init:
    def __init__(self):
        global depth
        depth += 1
        Init()


class Eq:
    def __eq__(self, other):
        global depth
        depth += 1
        return self == other


class Lt:
    def __lt__(self, other):
        global depth
        depth += 1
        return other > self


class Hash:
    def __hash__(self):
        global depth
        depth += 1
        return hash(self)


class Prop:
    @property
    def value(self):
        global depth
        depth += 1
        return self.value


class GetAttr:
    def __getattr__(self, name):
        global depth
        depth += 1
        return self.missing


class Item:
    def __getitem__(self, key):
        global depth
        depth += 1
        return self[key + 1]


class Add:
    def __add__(self, other):
        global depth
        depth += 1
        return self + other


def by_max(x):
    global depth
    depth += 1
    return max([x], key=by_max)


def by_map(x):
    global depth
    depth += 1
    return list(map(by_map, [x]))


def nested_gen():
    global depth
    depth += 1
    yield from nested_gen()


def comprehension():
    global depth
    depth += 1
    return [comprehension() for _ in range(1)]


cases = [
    ("repr", lambda: repr(Repr())),
    ("init", Init),
    ("eq", lambda: Eq() == Eq()),
    ("lt", lambda: Lt() < Lt()),
    ("hash", lambda: {Hash()}),
    ("property", lambda: Prop().value),
    ("__getattr__", lambda: GetAttr().x),
    ("__getitem__", lambda: Item()[0]),
    ("__add__", lambda: Add() + 1),
    ("max key", lambda: by_max(1)),
    ("map", lambda: by_map(1)),
    ("yield from", lambda: list(nested_gen())),
    ("comprehension", comprehension),
]
for name, case in cases:
    depth = 0
    try:
        case()
    except RecursionError as e:
        print(f"{name}: {depth} {e}")
print("recovered:", repr(Repr.__name__))
