# Generator expressions: laziness, one-shot iteration, evaluation order.
def source(n):
    for i in range(n):
        print(f"  produce {i}")
        yield i

g = (x * 10 for x in source(3))
print("genexpr created")
print(next(g))
print("consumed one")
print(list(g))
print(list(g))

def noisy_iter(label):
    print(f"  evaluating outermost iterable {label}")
    return iter([1, 2])

g2 = (x for x in noisy_iter("now"))
print("outermost iterable is evaluated immediately")
print(list(g2))

def ranged(n):
    print(f"  inner range({n}) built")
    return range(n)

g3 = ((a, b) for a in range(2) for b in ranged(a + 1))
print("nothing from inner loop yet")
print(list(g3))
print(sum(x * x for x in range(10)), max((len(s), s) for s in ["aa", "b", "ccc"]))
print(any(x > 3 for x in source(10)))
print(all(x < 2 for x in source(10)))
print(", ".join(str(x) for x in range(5)), tuple(c.upper() for c in "hey"))
evens = (n for n in range(20) if n % 2 == 0)
squares = (n * n for n in evens)
big = (n for n in squares if n > 50)
print(next(big), next(big), list(big))
g4 = (i for i in range(3))
print(type(g4).__name__, iter(g4) is g4)
print(sorted((x % 3, x) for x in range(7)))
print(dict((k, len(k)) for k in ["one", "three"]))
lazy = (1 / x for x in [1, 2, 0, 4])
print(next(lazy), next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    next(lazy)
except StopIteration:
    print("generator is finished after raising")
gen = (x for x in range(100))
print(list(zip(gen, "abc")), next(gen))
