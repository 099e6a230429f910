# functools: total_ordering, cmp_to_key, cached_property, singledispatch-free partial chains.
import functools

@functools.total_ordering
class Card:
    ORDER = "23456789TJQKA"
    def __init__(self, rank):
        self.rank = rank
    def __eq__(self, other):
        return self.rank == other.rank
    def __lt__(self, other):
        return self.ORDER.index(self.rank) < self.ORDER.index(other.rank)
    def __repr__(self):
        return f"Card({self.rank})"

cards = [Card(r) for r in "KA29T"]
print(sorted(cards), max(cards), Card("3") >= Card("2"), Card("3") <= Card("2"), Card("5") > Card("5"))
def compare(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)
print(sorted(["ccc", "a", "bb", "aa", "b"], key=functools.cmp_to_key(compare)))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
class Data:
    def __init__(self, values):
        self.values = values
    @functools.cached_property
    def total(self):
        print("  computing total")
        return sum(self.values)
d = Data([1, 2, 3])
print(d.total, d.total)
d.values.append(4)
print("cached value stays:", d.total)
del d.total
print("after del:", d.total)
add = lambda a, b, c: a + b + c
p1 = functools.partial(add, 1)
p2 = functools.partial(p1, 2)
print(p2(3), p2.args, p2.func is add)
print(repr(functools.partial(print, sep="-")).startswith("functools.partial(<built-in function print>"))
