# TypeError messages for bad calls to plain functions.
def two(a, b):
    return a + b

def with_default(a, b=2):
    return a * b

def kwonly(*, key):
    return key

def varargs(a, *rest):
    return rest

cases = [
    ("two(1)", lambda: two(1)),
    ("two()", lambda: two()),
    ("two(1, 2, 3)", lambda: two(1, 2, 3)),
    ("two(1, b=2, c=3)", lambda: two(1, b=2, c=3)),
    ("two(1, a=1)", lambda: two(1, a=1)),
    ("with_default()", lambda: with_default()),
    ("with_default(1, 2, 3)", lambda: with_default(1, 2, 3)),
    ("kwonly()", lambda: kwonly()),
    ("kwonly(1)", lambda: kwonly(1)),
    ("kwonly(key=1, other=2)", lambda: kwonly(key=1, other=2)),
    ("varargs()", lambda: varargs()),
    ("varargs(b=1)", lambda: varargs(b=1)),
    ("len()", lambda: len()),
    ("len(1, 2)", lambda: len(1, 2)),
    ("len(5)", lambda: len(5)),
    ("int('x', 'y', 'z')", lambda: int("x", "y", "z")),
    ("abs('s')", lambda: abs("s")),
    ("(lambda x: x)()", lambda: (lambda x: x)()),
    ("two(*[1, 2, 3])", lambda: two(*[1, 2, 3])),
    ("two(**{'a': 1})", lambda: two(**{"a": 1})),
    ("two(*5)", lambda: two(*5)),
    ("two(**[1])", lambda: two(**[1])),
]
for text, call in cases:
    try:
        result = call()
        print(f"{text} -> {result!r}")
    except TypeError as e:
        print(f"{text} -> TypeError: {e}")

def three(a, b, c):
    pass

for args in [(), (1,), (1, 2), (1, 2, 3, 4)]:
    try:
        three(*args)
        print(len(args), "ok")
    except TypeError as e:
        print(len(args), e)
