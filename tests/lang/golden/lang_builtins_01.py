# Builtins: enumerate, zip, map, filter, sorted, reversed, any, all, min/max/sum, range, divmod.
print(list(enumerate("abc")), list(enumerate("abc", 10)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip(range(3), range(3, 6), "xyz")))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(str.upper, ["a", "b"])), list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(sorted([3, -1, 2], key=abs), sorted("bca"), sorted({3: 0, 1: 0}), sorted([[2], [1, 5]]))
print(list(reversed([1, 2, 3])), list(reversed(range(4))), list(reversed("xyz")), list(reversed((1, 2))))
print(any([]), all([]), any([0, None, 1]), all([1, "x", [0]]), any(x > 2 for x in [1, 2, 3]))
print(min(3, 1, 2), max("apple", "pie", key=len), min([], default="empty"), max([1, 5, 3]), min((4, 2), (4, 1)))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([[1], [2]], []), sum(range(101)), sum([], 10))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
r = range(2, 20, 3)
print(r, list(r), len(r), r[2], r[-1], 11 in r, 12 in r, r.index(14), range(5)[::-1], list(range(10, 0, -3)), list(range(0)))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), abs(-3), abs(3.5), round(3.14159, 3), round(7), pow(2, 10), pow(2, -2))
print(bin(10), oct(10), hex(10)[2:], int("z", 36), chr(65), ord("a"), bool(""), bool("0"), int(True))
print(isinstance(3, int), isinstance(True, int), isinstance(3, (str, float)), type(3) is int, type(True).__name__)
print(len("abc"), len([1]), len({}), len(range(10)), len({1, 2}), len((1, 2, 3)))
print(callable(len), callable("x"), hasattr("x", "upper"), getattr("x", "upper")(), getattr(1, "nope", "fallback"))
print(repr(str(42)), repr(int("42")), float("3.5"), complex(1, 2) if False else "", str(b"x", "ascii") if False else "")
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "done"))
print(list(map(lambda x, y: x * y, range(4), range(4, 8))), list(zip(*[(1, "a"), (2, "b")])))
print(sorted(["b", "A", "c"], key=str.lower, reverse=True), list(enumerate(zip("ab", "cd"))))
print(max(range(10), key=lambda v: (v % 3, -v)), min("hello", key=ord), sorted([0.5, -1, 2], reverse=True))
print(id(1) == id(1), hash(1) == 1, hash(-1), hash(0.5) == hash(0.5), type(hash("x")).__name__)
print(format(255, "x"), format(0.5, ".0%"), ascii("ü"), repr(ascii), type(len).__name__)
print(vars(type("T", (), {"a": 1}))["a"], dir([])[:0], isinstance([], object), issubclass(bool, int))
# vars() and locals() without arguments: a function's locals, a class body's
# namespace, the module's globals at module level.
def _scope(a):
    b = a * 2
    return sorted(vars()), sorted(locals())
class _Body:
    y = 1
    names = sorted(vars())
print(_scope(1), _Body.names, "_scope" in vars(), "_scope" in locals())
# builtins is a module whose dict holds the builtins (the oracle runs programs with
# runpy, so __main__'s __builtins__ is that dict, as in an imported module).
import builtins
print(builtins, builtins.len is len, __builtins__ is builtins.__dict__, type(__builtins__).__name__)
builtins.answer = 42
print(answer, __builtins__["answer"])
del builtins.answer
# locals() in nested functions: cells and free variables, in CPython's order.
def _outer(a, b):
    c = 3
    def inner(x):
        d = x + a
        print(locals())
        return c + d
    b = 7
    print(locals())
    return inner(1)
print(_outer(1, 2))
def _gen():
    v = 1
    yield locals()
print(next(_gen()))
