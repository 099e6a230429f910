#!/usr/bin/env python3
"""Generates tests/lang/data/*.txt: expectations from CPython 3.11 for the numeric
library (bigint_test, number_format_test, py_random_test). The files are committed,
so tests need no CPython; rerun after changing the case lists here.
Format: one case per line, fields separated by TAB; floats as 16 hex digits of
their IEEE bits, ints in decimal (hex() in the format files), text fields as hex of UTF-8; errors as '!Kind: message'."""
import math
import random
import struct
import sys
from pathlib import Path

assert sys.version_info[:2] == (3, 11), "expectations must come from CPython 3.11"
OUT = Path(__file__).resolve().parent.parent / "tests" / "lang" / "data"
rng = random.Random(20261124)  # the generator's own randomness, fixed for stable files


def fbits(x):
    return struct.pack(">d", x).hex()


def hx(s):
    return s.encode("utf-8").hex()


def err(e):
    return "!%s: %s" % (type(e).__name__, e)


def attempt(f):
    try:
        return f()
    except Exception as e:  # noqa: BLE001 - every Python error becomes an expectation
        return e


def show(v):
    return err(v) if isinstance(v, Exception) else str(v)


def rand_int():
    kind = rng.random()
    if kind < 0.2:
        v = rng.randint(-1000, 1000)
    elif kind < 0.4:
        v = rng.getrandbits(rng.choice([31, 32, 33, 63, 64, 65]))
    else:
        v = rng.getrandbits(rng.randint(1, 700))
    if rng.random() < 0.1:
        v = (1 << rng.randint(1, 300)) - rng.randint(0, 2)
    return -v if rng.random() < 0.5 else v


def gen_bigint():
    lines = []
    for _ in range(500):
        a, b = rand_int(), rand_int()
        for op, f in [("add", lambda: a + b), ("sub", lambda: a - b), ("mul", lambda: a * b),
                      ("floordiv", lambda: a // b), ("mod", lambda: a % b), ("and", lambda: a & b),
                      ("or", lambda: a | b), ("xor", lambda: a ^ b), ("truediv", lambda: a / b),
                      ("cmp", lambda: (a > b) - (a < b))]:
            r = attempt(f)
            if op == "truediv" and not isinstance(r, Exception):
                r = fbits(r)
            lines.append("\t".join([op, str(a), str(b), show(r)]))
        s = rng.randint(0, 200)
        lines.append("\t".join(["shl", str(a), str(s), str(a << s)]))
        lines.append("\t".join(["shr", str(a), str(s), str(a >> s)]))
        e = rng.randint(0, 40)
        lines.append("\t".join(["pow", str(a % 10**30 - 5 * 10**29), str(e), str((a % 10**30 - 5 * 10**29) ** e)]))
        m = b if b else 7
        lines.append("\t".join(["powmod", str(a), str(abs(e * 1000 + s)), str(m), str(pow(a, abs(e * 1000 + s), m))]))
        ne = -rng.randint(1, 500)
        lines.append("\t".join(["powmod", str(a), str(ne), str(m), show(attempt(lambda: pow(a, ne, m)))]))
        lines.append("\t".join(["unary", str(a), hex(a), oct(a), bin(a), str(~a), str(abs(a)), str(a.bit_length()),
                                str(hash(a)), show(attempt(lambda: fbits(float(a))))]))
    for v in [0, 1, -1, -2, 2**61 - 1, 2**61, -(2**61), 2**61 - 2, 2**64, 2**1023, 2**1024, 2**1024 - 2**970,
              2**1024 - 2**971, 2**53 + 1, 2**54 + 3, -(2**63), 2**63 - 1, 2**63, 10**300, 10**400]:
        lines.append("\t".join(["unary", str(v), hex(v), oct(v), bin(v), str(~v), str(abs(v)), str(v.bit_length()),
                                str(hash(v)), show(attempt(lambda: fbits(float(v))))]))
    for a, b in [(1, 3), (2**1100, 3**600), (1, 10**400), (10**400, 1), (-(2**80), 3), (2**60 + 1, 2**60),
                 (1, 2**1074), (1, 2**1075), (3, 2**1076), (1, 3 * 2**1073), (5, 0), (0, -5), (0, 5)]:
        lines.append("\t".join(["truediv", str(a), str(b), show(attempt(lambda: fbits(a / b)))]))
    for text, base in [("0x_ff", 0), ("0b101", 0), ("  -0o17 ", 0), ("1_000", 10), ("1__0", 10), ("_1", 10),
                       ("1_", 10), ("010", 0), ("000", 0), ("0_0", 0), ("z", 36), ("Z1", 36), ("12", 2),
                       ("", 10), (" ", 10), ("+", 10), ("-0", 10), ("0x", 16), ("0xff", 16), ("ff", 16),
                       ("0b1", 16), ("1" * 4300, 10), ("1" * 4301, 10), ("f" * 5000, 16), ("9" * 40, 10),
                       ("\t+42\n", 10), ("4_2", 8), ("0o_7", 0), ("0x_", 0), ("1e5", 10)]:
        lines.append("\t".join(["parse", hx(text), str(base), show(attempt(lambda: hex(int(text, base))))]))
    for k in [4299, 4300, 4301, 5000]:
        v = 10 ** (k - 1)
        lines.append("\t".join(["str", str(k), show(attempt(lambda: len(str(v))))]))
    (OUT / "bigint_cases.txt").write_text("\n".join(lines) + "\n")


def rand_float():
    k = rng.random()
    if k < 0.3:
        return struct.unpack(">d", rng.getrandbits(64).to_bytes(8, "big"))[0]
    if k < 0.45:
        return rng.uniform(-1e6, 1e6)
    if k < 0.55:
        return round(rng.uniform(-1000, 1000), rng.randint(0, 6))
    if k < 0.65:
        return rng.randint(-10**6, 10**6) / rng.choice([1, 2, 4, 8, 10, 100, 3])
    if k < 0.75:
        return struct.unpack(">d", rng.getrandbits(52).to_bytes(8, "big"))[0]  # subnormal
    if k < 0.85:
        return float(rng.choice([1, 2, 5, 9, 3]) * 10 ** rng.randint(-25, 25))
    return 2.0 ** rng.randint(-1074, 1023) * rng.choice([1, -1, 1.5, 3.0])


EDGE_FLOATS = [0.0, -0.0, 0.1, 0.2, 0.3, 1 / 3, 1.0, -1.0, 1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5, 0.0001,
               0.00001234, 123456789012345678.0, 5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
               1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), 2.0**53, 2.0**63, 2.0**64,
               0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1e22, 1e23, 5e-310, 1.0000000000000002, 0.9999999999999999,
               123.456, 1e300, 8.41e21, 9007199254740993.0, 2.0**-1022, 2.0**-1023, 4.35, 0.1 + 0.2]


def float_lines():
    vals = EDGE_FLOATS + [rand_float() for _ in range(3000)]
    lines = []
    for x in vals:
        if math.isnan(x):
            lines.append("\t".join(["repr", fbits(x), repr(x), "0", "True"]))
            continue
        lines.append("\t".join(["repr", fbits(x), repr(x), str(hash(x)), str(x.is_integer())]))
        for n in [0, 1, 2, 3, 5, -1, -2, -5, 10, 17, 300, -308, -400]:
            if rng.random() < 0.3 or n in (0, 2, -1):
                lines.append("\t".join(["round", fbits(x), str(n), show(attempt(lambda: fbits(round(x, n))))]))
        lines.append("\t".join(["roundint", fbits(x), show(attempt(lambda: round(x)))]))
        lines.append("\t".join(["int", fbits(x), show(attempt(lambda: int(x)))]))
        y = rand_float() if rng.random() < 0.8 else rng.choice([0.0, -0.0, 1.0, -1.0, 3.0, float("inf")])
        for op, f in [("floordiv", lambda: x // y), ("mod", lambda: x % y)]:
            r = attempt(f)
            lines.append("\t".join([op, fbits(x), fbits(y), show(r if isinstance(r, Exception) else fbits(r))]))
    for x in [0.5, 1.5, 2.5, 0.125, 2.675, 1e300, 1.7976931348623157e308, 5e-324, 12345.5, -0.5]:
        for n in range(-310, 330, 7):
            lines.append("\t".join(["round", fbits(x), str(n), show(attempt(lambda: fbits(round(x, n))))]))
    (OUT / "float_cases.txt").write_text("\n".join(lines) + "\n")


INT_SPECS = ["", "d", "5", "<8", ">8", "^9", "=8", "+", " ", "-", "+08", "08", "010,", "08,", "09,", ",", "_",
             "x", "X", "#x", "#X", "o", "#o", "b", "#b", "_b", "_x", "#_x", "#010_x", "#012_b", "n", "c", "e", ".3e",
             "f", ".2f", ",.2f", "g", "%", ".1%", "E", "G", "*^12,", "0<8", "x<08", "é>7", ".2", "z", ",x", ",c",
             "#c", "+c", "_n", ",_", "s", "ss", "99999999999999999999", ",d", "_d", "+#x", " #o", "-#b",
             "=+10", "0=+10,", "^", "#", "0"]
FLOAT_SPECS = ["", ".3", ".0", ".1", ".17", ".20", "e", ".0e", "#.0e", "E", "f", ".0f", "#.0f", ".10f", "F", "g",
               ".0g", "#g", "#.3g", "G", "n", ".3n", "%", ".0%", ".2%", ",", "_", ",.2f", "_.3f", "010,.2f",
               "012,", "+", " ", "-", "z", "z.1f", "z.0f", "+z.2e", "=+12.3e", "*^15.4", ">10", "<10", "^10",
               "010", "#", "#.3", "0=12", "x", "c", "d", ",e", "_g", ",n", "s", ".50f", ".400e", "30.20g"]
STR_SPECS = ["", "s", "5", ">5", "^7", "*^8", ".2", "10.3", "+", "#", "=", "z", "d", ",", ".", "ss", "05", "0",
             "é<6", ">0", ".0"]


def gen_format():
    lines = []
    ints = [0, 1, -1, 7, -42, 255, 1234, -1234567, 10**20, -(10**20), 2**64, 65, 0x10FFFF, 0x110000, 10**5000]
    ints += [rand_int() for _ in range(60)]
    floats = EDGE_FLOATS + [rand_float() for _ in range(150)]
    strs = ["", "a", "abc", "héllo", "日本語", "x" * 20]
    for v in ints:
        for s in INT_SPECS:
            r = attempt(lambda: format(v, s))
            if isinstance(r, str) and (len(r) > 3000 or any(ord(c) < 32 for c in r)):
                continue
            lines.append("\t".join(["int", hex(v), hx(s), err(r) if isinstance(r, Exception) else hx(r)]))
    for x in floats:
        for s in FLOAT_SPECS:
            r = attempt(lambda: format(x, s))
            lines.append("\t".join(["float", fbits(x), hx(s), err(r) if isinstance(r, Exception) else hx(r)]))
    for v in strs:
        for s in STR_SPECS:
            r = attempt(lambda: format(v, s))
            lines.append("\t".join(["str", hx(v), hx(s), err(r) if isinstance(r, Exception) else hx(r)]))
    (OUT / "format_cases.txt").write_text("\n".join(lines) + "\n")


PCT_INT = ["%d", "%5d", "%-5d", "%05d", "%+d", "% d", "%.3d", "%08.3d", "%x", "%#x", "%X", "%#X", "%o", "%#o",
           "%#08x", "%-#8o", "%i", "%u", "%+.2e", "%f", "%g", "%c"]
PCT_FLOAT = ["%f", "%.2f", "%10.3f", "%-10.1f", "%+f", "% f", "%010.2f", "%e", "%.0e", "%#.0e", "%E", "%g", "%#g",
             "%.3g", "%G", "%#.0f", "%.20f", "%F", "%05f", "%d", "%x"]


def gen_percent():
    lines = []
    for v in [0, 1, -1, 42, -255, 65, 10**25, -(10**25)] + [rand_int() for _ in range(20)]:
        for f in PCT_INT:
            r = attempt(lambda: f % v)
            if isinstance(r, str) and any(ord(c) < 32 for c in r):
                continue
            lines.append("\t".join(["int", hex(v), hx(f), err(r) if isinstance(r, Exception) else hx(r)]))
    for x in EDGE_FLOATS + [rand_float() for _ in range(40)]:
        for f in PCT_FLOAT:
            r = attempt(lambda: f % x)
            lines.append("\t".join(["float", fbits(x), hx(f), err(r) if isinstance(r, Exception) else hx(r)]))
    for s in ["", "abc", "héllo"]:
        for f in ["%s", "%5s", "%-5s", "%.1s", "%5.2s", "%r", "[%s]"]:
            lines.append("\t".join(["str", hx(s), hx(f), hx(f % s) if "%r" not in f else hx(f % s)]))
    (OUT / "percent_cases.txt").write_text("\n".join(lines) + "\n")


def gen_random():
    lines = []
    for seed in [0, 1, 42, -42, 2**32, 2**64 + 5, 12345678901234567890123456789, 7]:
        r = random.Random(seed)
        lines.append("\t".join(["random", str(seed)] + [fbits(r.random()) for _ in range(20)]))
        r = random.Random(seed)
        lines.append("\t".join(["getrandbits", str(seed)] + [str(r.getrandbits(k)) for k in
                                                             [0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 200, 1000]]))
        r = random.Random(seed)
        lines.append("\t".join(["randint", str(seed)] + [str(r.randint(1, 6)) for _ in range(30)]
                               + [str(r.randint(-10**12, 10**12)) for _ in range(10)]
                               + [str(r.randint(-(2**62), 2**62)) for _ in range(5)]))
        r = random.Random(seed)
        lines.append("\t".join(["randrange", str(seed)] + [str(r.randrange(10)) for _ in range(10)]
                               + [str(r.randrange(3, 100, 7)) for _ in range(10)]
                               + [str(r.randrange(100, -3, -4)) for _ in range(10)]))
        r = random.Random(seed)
        lines.append("\t".join(["choice", str(seed)] + [str(r.choice(range(n))) for n in [1, 2, 3, 10, 1000, 10**6]]))
        for n in [0, 1, 2, 5, 10, 52, 1000]:
            r = random.Random(seed)
            x = list(range(n))
            r.shuffle(x)
            lines.append("\t".join(["shuffle", str(seed), str(n)] + [str(v) for v in x]))
        for n, k in [(10, 3), (10, 10), (52, 5), (100, 6), (30, 7), (1000, 20), (10**6, 50), (5, 0), (50, 40)]:
            r = random.Random(seed)
            lines.append("\t".join(["sample", str(seed), str(n), str(k)] + [str(v) for v in r.sample(range(n), k)]))
        r = random.Random(seed)
        lines.append("\t".join(["uniform", str(seed)] + [fbits(r.uniform(-3.5, 10)) for _ in range(10)]))
    (OUT / "random_cases.txt").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    gen_bigint()
    float_lines()
    gen_format()
    gen_percent()
    gen_random()
    for p in sorted(OUT.glob("*.txt")):
        print(p.name, sum(1 for _ in p.open()), "cases")
