# Superinstructions (core/lang/superinstructions.h): fused local loads, constant
# subscripts and augmented subscript assignments keep Python's semantics where their
# fast path does not apply: unbound locals (either of a pair), other containers,
# negative and out-of-range constant indexes, jumps into the middle of a sequence,
# and errors reported at their own line.
import sys


def pairs(a, b):
    return a + b, a * b, b - a


def subscripts(seq):
    out = [seq[0], seq[-1]]
    try:
        out.append(seq[5])
    except (IndexError, KeyError) as e:
        out.append(type(e).__name__ + " " + str(e))
    return out


print(pairs(3, 4), pairs(2.5, 0.5), pairs("x", 3) if False else pairs(True, -1))
print(subscripts([1, 2, 3]), subscripts((4, 5, 6)), subscripts("abc"))
print(subscripts({0: "zero", -1: "minus one"}), subscripts(list(range(10))))


class Doubling:
    def __init__(self):
        self.log = []

    def __getitem__(self, k):
        self.log.append(("get", k))
        return k * 2

    def __setitem__(self, k, v):
        self.log.append(("set", k, v))


def augmented(c):
    c[0] += 1
    c[-1] -= 2.5
    c[1] *= 3
    return c


print(augmented([1, 2, 3]))
print(augmented({0: 1, 1: 2, -1: 0.5}))
d = Doubling()
augmented(d)
print(d.log)
for bad in ((1, 2, 3), [1], {0: 1}):
    try:
        augmented(bad)
    except Exception as e:
        print(type(e).__name__, e, bad, sys.exc_info()[2].tb_next.tb_lineno)


def unbound_first(flag):
    if flag:
        x = 1
    y = 2
    return x + y


def unbound_second(flag):
    x = 1
    if flag:
        y = 2
    return x + y


def unbound_subscript(flag):
    if flag:
        s = [7, 8]
    return s[1]


for fn in (unbound_first, unbound_second, unbound_subscript):
    for flag in (True, False):
        try:
            print(fn.__name__, flag, fn(flag))
        except UnboundLocalError as e:
            print(fn.__name__, flag, "UnboundLocalError", e, sys.exc_info()[2].tb_next.tb_lineno)


def store_then_load(n):
    # The loop's jump back lands on the load that follows `i = 0`.
    total = 0
    i = 0
    while i < n:
        total = total + i
        i = i + 1
    return total, i


print(store_then_load(0), store_then_load(5))


def nested(m):
    t = 0.0
    for row in m:
        row[0] += row[1] * row[2]
        t += row[0] - row[-1]
    return t, m


print(nested([[1.0, 2.0, 3.0], [0.5, -1.5, 4.0]]))
print(nested([[10, 20, 30]]))
try:
    nested([(1, 2, 3)])
except TypeError as e:
    print("TypeError", e, sys.exc_info()[2].tb_next.tb_lineno)
