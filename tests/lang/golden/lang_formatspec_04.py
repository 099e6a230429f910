# Format spec: integer presentation types d, n, x, X, o, b, c and ints with float types.
ints = [0, 1, -1, 10, 255, -4096, 123456789, 2 ** 40]
for n in ints:
    print(f"{n:d} {n:n} {n:x} {n:X} {n:o} {n:b} | {n:e} {n:.2f} {n:g} {n:%} {n:.1%}")
print(f"{255:08b} {255:>08x} {-255:08X} {255:+o} {255: x}")
print(f"{65:c}{66:c}{67:c} {10:c}!")
for bad in [-1, 0x110000]:
    try:
        format(bad, "c")
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for spec in ["s", "z", "q", "r"]:
    try:
        format(5, spec)
    except ValueError as e:
        print("ValueError:", e)
for spec in ["d", "x", "b", "c"]:
    try:
        format(5.0, spec)
    except ValueError as e:
        print("ValueError:", e)
print(format(True, "d"), format(True, "x"), format(True, ""), format(False, "^7"), format(True, ".1f"))
print(format("hello", "s"), format("hello", ""), format("hi", "<5s") + "|")
print("{:>{w}.{p}f}|{:{c}^{w}}".format(3.14159, "mid", w=10, p=3, c="~"))
print("{0:{1}}".format(42, "08b"), "{:{}{}{}}".format(7, "*", "^", 5))
print("{:,}".format(1234567), "{:_b}".format(1023), "{!r:>8}".format("q"), "{0[1]}{0[0]}".format("ab"))
class P:
    x = 3
    items = {"k": "v"}
print("{0.x} {0.items[k]} {1[2]}".format(P(), [7, 8, 9]))
print("{{literal}} {} {{}}".format("mixed"))
for bad in ["{", "}", "{0", "{:x}".format if False else "{!z}", "{0} {}"]:
    try:
        print(repr(bad), bad.format(1, 2))
    except (ValueError, IndexError) as e:
        print(repr(bad), type(e).__name__ + ":", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{name}".format(other=1)
except KeyError as e:
    print("KeyError:", e)
print("{:d}".format(10 ** 25), "{:x}".format(-(10 ** 25)), "{:o}".format(10 ** 25))
print(format(1234567, ","), format(1234567, "n"), format(1234.5, "n"), format(0.00001234, "n"))
