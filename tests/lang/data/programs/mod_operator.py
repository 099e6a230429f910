# operator: the functions, itemgetter, attrgetter, methodcaller.
import operator
from operator import itemgetter, attrgetter, methodcaller
from functools import reduce
print(operator.add(2, 3), operator.mul("ab", 2), operator.neg(5), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3))
print(operator.lt(1, 2), operator.eq([1], [1]), operator.not_(0), operator.truth([]), operator.is_(None, None), operator.contains("abc", "b"))
print(operator.abs(-3), operator.pow(2, 10), operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4), operator.index(7))
print(reduce(operator.mul, range(1, 11)), reduce(operator.add, ["a", "b", "c"]), operator.concat([1], [2]), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
pairs = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(pairs, key=itemgetter(1)), sorted(pairs, key=itemgetter(0)), itemgetter(0, 1)("xyz"), itemgetter(slice(1, None))([1, 2, 3]))
class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
        self.inner = self
people = [P("ann", 30), P("bob", 25)]
print([p.name for p in sorted(people, key=attrgetter("age"))], attrgetter("name", "age")(people[0]), attrgetter("inner.inner.name")(people[1]))
print(methodcaller("upper")("hi"), methodcaller("split", ",")("a,b"), methodcaller("replace", "a", maxsplit := "o")("banana") if False else methodcaller("replace", "a", "o")("banana"))
d = {"k": 1}
operator.setitem(d, "j", 2); operator.delitem(d, "k"); print(d, operator.getitem(d, "j"))
x = [1]
print(operator.iadd(x, [2]), x, operator.isub(5, 2), repr(itemgetter(1)), repr(attrgetter("a")))
for bad in [lambda: operator.concat(1, 2), lambda: operator.indexOf([1], 5), lambda: attrgetter(1), lambda: itemgetter(5)([1])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
