# Truthiness and boolean operators: and/or return operands, short-circuit, not, bool().
def t(label, value):
    print(f"  eval {label}")
    return value

print(t("a", 0) or t("b", "") or t("c", "found"))
print(t("a", 1) and t("b", [1]) and t("c", None) and t("d", "skipped"))
print(t("x", []) and t("y", "never"))
print(t("x", "first") or t("y", "never"))
values = [0, 0.0, -0.0, "", " ", [], [0], (), {}, set(), None, False, True, 2, range(0), range(1), "False"]
print([bool(v) for v in values])
print(not 0, not "x", not not [], (not None) is True)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or [] or {} or 0, "" or None)
print(True + 1, True == 1, True == 1.0, isinstance(True, int), str(True), repr(False))
x = 5
print(x > 3 and "big" or "small", x < 3 and "big" or "small")
print([v for v in [0, 1, "", "a", None, [], [0]] if v])
print(any(v for v in [0, "", None]), all(v for v in [1, "a", [0]]))
print(True & False, True | False, True ^ True, ~True, -True, True << 2, type(True & True).__name__, type(True + True).__name__)
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print(f"  __bool__ of Flag({self.v})")
        return self.v
print(Flag(True) and "yes", Flag(False) or "fallback")
if Flag(False):
    print("not printed")
elif Flag(True):
    print("elif taken")
print("ternary:", "T" if Flag(True) else "F")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
print(bool(), bool(0.1), bool("0"), bool(-1), 1 < 2 == True, (1 < 2) == True)
