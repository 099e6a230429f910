# str methods with windows and tables (find/count/index with start and end, rpartition, expandtabs,
# translate/maketrans, format_map, isprintable and repr of unprintable characters), bytes.decode,
# range.index/count, slice.indices, and the messages of int(base), * and ** in calls, MRO conflicts.
t = "hello world hello"
print(t.find("o", 5), t.find("o", 5, 7), t.rfind("l", 0, 4), t.count("l", 3), t.count("", 2, 5), t.find("", 20), t.count("", 20))
print(t.index("hello", 1), t.rindex("o"), t.rindex("o", 0, 8), "k=v=w".rpartition("="), "none".rpartition("="))
for bad in (lambda: t.rindex("zz"), lambda: "x".rpartition(""), lambda: t.index("o", 8, 9)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print("a\tbc\td".expandtabs(), "a\tb\nc\td".expandtabs(3), "x\ty".expandtabs(tabsize=2), repr("\t".expandtabs(0)))
table = str.maketrans({"a": "1", "b": None, ord("c"): 99})
print("abcabc".translate(table), "hello".translate(str.maketrans("lo", "01", "h")), "abc".translate({}))
for bad in (lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans(5)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class Defaulting(dict):
    def __missing__(self, key):
        return f"<{key}>"
print("{a} and {b}".format_map(Defaulting(a=1)), "{x}".format_map({"x": 2}))
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle(), "".istitle(), "1 A".istitle())
print("abc".isascii(), "é".isascii(), "".isascii(), "abc".isprintable(), "a\n".isprintable(), "\u200b".isprintable())
print(repr("\ud7ff \u0378 \u00ad \u2028 \U000e0001 \U0001f600 \u00e9 \x85 \ue000"))
print(b"caf\xc3\xa9".decode(), b"abc".decode("ascii"), bytes([104, 105]).decode(encoding="utf-8"))
for bad in (b"\xff", b"ab\xc3", b"\xc3\x28"):
    try:
        bad.decode()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
r = range(3, 30, 4)
print(r.index(7), r.index(27), r.count(11), r.count(12), r.index(True) if 1 in r else "no", range(5).index(True))
try:
    r.index(8)
except ValueError as e:
    print("ValueError:", e)
print(slice(1, None, 2).indices(10), slice(-3, -1).indices(5), slice(None, None, -2).indices(7), slice(100, -100, -1).indices(4))
for bad in (lambda: slice(0, 1, 0).indices(3), lambda: slice(0, 1).indices(-1), lambda: slice("a").indices(3), lambda: [1, 2][1.5:]):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for base in (1, 37, -1):
    try:
        int("12", base)
    except ValueError as e:
        print("ValueError:", e)
print(int("z", 36), int("0x1f", 0), int("  11  ", 2))
def two(a, b):
    return a + b
class Calc:
    def add(self, *xs):
        return sum(xs)
for bad in (lambda: two(*5), lambda: two(1, *None), lambda: Calc().add(*3), lambda: two(**[1]), lambda: {**[1]},
            lambda: [*7], lambda: print(*1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
def po(a, b, /, c):
    return a
for bad in (lambda: po(a=1, b=2, c=3), lambda: po(1, b=2, c=3), lambda: object(1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
class X: pass
class Y(X): pass
class Z: pass
for bases in ((X, Y), (X, Y, Z), (Z, X, Y)):
    try:
        type("Bad", bases, {})
    except TypeError as e:
        print("TypeError:", e)
print(format("text", "<6"), end="|\n")
for spec in (" ", "+", "-"):
    try:
        format("text", spec)
    except ValueError as e:
        print("ValueError:", e)
