# The comparisons list.sort and sorted() make (timsort's run detection and binary insertion), with
# key= and reverse=, stability, and a with statement whose __enter__ fails (its __exit__ never runs).
log = []
class K:
    def __init__(self, n, tag=""):
        self.n, self.tag = n, tag
    def __lt__(self, other):
        log.append(f"{self.n}<{other.n}")
        return self.n < other.n
    def __repr__(self):
        return f"K{self.n}{self.tag}"
for data in ([3, 1, 2], [1, 2, 3, 4], [4, 3, 2, 1], [2, 2, 1, 1], [5, 1, 4, 2, 3, 0], [], [7]):
    log.clear()
    out = sorted(K(n) for n in data)
    print(out, " ".join(log))
log.clear()
items = [K(2, "a"), K(1, "b"), K(2, "c"), K(1, "d")]
print(sorted(items, reverse=True), " ".join(log))
log.clear()
items.sort(key=lambda k: K(-k.n))
print(items, " ".join(log))
print(sorted("banana", key=str.upper, reverse=True), sorted([(1, "b"), (1, "a"), (0, "z")]))
big = list(range(100, 0, -1))
big.sort()
print(big[:5], big[-3:], sorted(range(70), key=lambda x: -x)[:3])
class Enter:
    def __enter__(self):
        raise KeyError("enter")
    def __exit__(self, *exc):
        print("never")
try:
    with Enter() as e:
        print("body never")
except KeyError as err:
    print("KeyError", err)
