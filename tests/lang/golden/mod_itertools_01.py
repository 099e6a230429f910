# itertools: count, cycle, repeat, islice, chain, accumulate, takewhile, dropwhile, compress.
import itertools as it
import operator

print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.count(), 2, 10, 3)))
print(list(it.islice(it.cycle("abc"), 7)), list(it.repeat("x", 3)), list(zip(range(3), it.repeat(0))))
print(list(it.chain([1, 2], "ab", (3,))), list(it.chain.from_iterable([[1], [2, 3], []])))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(it.takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(it.dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.filterfalse(lambda x: x % 2, range(8))))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(it.pairwise([1, 2, 4, 7])), list(it.islice("abcdefg", 1, None, 2)))
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
counter = it.count()
print(next(counter), next(counter), next(counter))
print(list(it.islice(it.accumulate(it.repeat(2)), 5)))
