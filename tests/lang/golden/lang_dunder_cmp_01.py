# __eq__, __lt__ and friends, __hash__, sorting, dict/set membership.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __hash__(self):
        return hash(self.parts)

vs = [Version(s) for s in ["1.10.0", "1.2.0", "1.2", "2.0", "1.2.0", "0.9.9"]]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("1.2") == Version("1.2"), Version("1.2") != Version("1.3"), Version("1.2") == "1.2")
print(Version("1.2") < Version("1.10"), Version("2.0") > Version("1.9"), Version("1.0") >= Version("1.0"))
unique = {}
for v in vs:
    unique[v] = unique.get(v, 0) + 1
print(unique)
print(Version("1.2.0") in vs, Version("3.0") in vs, vs.index(Version("2.0")), vs.count(Version("1.2.0")))
print(len({Version("1.0"), Version("1.0"), Version("1.0.0")}))

class NoHash:
    def __eq__(self, other):
        return True

print(NoHash.__hash__ is None)
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)

class OnlyLt:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print(f"  {self.n} < {other.n}?")
        return self.n < other.n
    def __repr__(self):
        return f"L{self.n}"

print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]))
print(OnlyLt(5) > OnlyLt(4))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print("TypeError:", e)

class Eq:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        print(f"  Eq({self.k}).__eq__")
        return isinstance(other, Eq) and self.k == other.k

print(Eq(1) == Eq(1), Eq(1) != Eq(2))
print(Eq(1) in [Eq(0), Eq(1), Eq(2)])
print(1 == 1.0, hash(1) == hash(1.0), {1: "int"}[1.0], {True: "t"}.get(1))
