# Format spec: fill, align, width, sign on ints, floats and strings.
rows = [
    ("d", 42), ("d", -42), ("s", "text"), ("f", 3.14159), ("f", -2.5),
]
specs = ["", "11", "<11", ">11", "^11", "*<11", "*>11", "*^11", "0>11", "-^12", " ^12", "=11", "+", "-", " ", "+11", "=+11", "0=11", "011", "x^1", "+^12", " <11"]
for kind, value in rows:
    for spec in specs:
        pass
        full = spec + (kind if kind != "s" else "")
        try:
            print(f"{full!r:>8} {kind}:{value!r:<9} -> [{format(value, full)}]")
        except ValueError as e:
            print(f"{full!r:>8} {kind}:{value!r:<9} -> ValueError: {e}")
print(f"[{'abc':^6}] [{'abc':^7}] [{'ab':^7}] [{'':*^4}] [{'toolong':3}]")
print(f"[{7:^4}] [{7:^5}] [{-7:^6}] [{-7:=6}] [{+7:+06}] [{-7:06}]")
print(f"[{True:>6}] [{True:d}] [{None!s:>6}] [{[1, 2]!s:^10}]")
for bad in ["<<5", "5<", "=s", "+s", "==5"]:
    try:
        print(bad, format("s", bad))
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
print(format(12, "{^10"), format(-0.0, "+"), format(0.0, "+"), format(-0.0, " .1f"))
print("[" + format(123, "") + "]", "[" + format("x", "") + "]", "[" + format(1.5, "") + "]")
