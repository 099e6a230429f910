# itertools: laziness, consumption of shared iterators, combinatorics.
import itertools as it
from itertools import *
print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(0.5, 0.1), 4)), list(islice(count(start=-2), 3)))
print(list(islice(cycle('abc'), 7)), list(cycle([])), list(repeat('x', 3)), list(repeat(1, -2)), list(islice(repeat(7), 3)))
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)), list(islice('abcdefg', 0, None, 2)), list(islice(range(10), 1, 8, 3)))
src = iter(range(10)); print(list(islice(src, 3)), next(src), list(islice(src, 2, 4)), list(src))
print(list(chain('ab', [1, 2], (), range(2))), list(chain.from_iterable(['xy', 'z'])), list(chain()))
print(list(zip_longest('abc', [1, 2])), list(zip_longest('ab', [1, 2, 3], fillvalue='-')), list(zip_longest()))
print(list(product('ab', [1, 2])), list(product([0, 1], repeat=2)), list(product()), list(product('ab', [])))
print(list(permutations('abc')), list(permutations(range(4), 2))[:7], list(permutations([], 0)), list(permutations('ab', 3)), len(list(permutations(range(5)))))
print(list(combinations('abcd', 2)), list(combinations(range(4), 0)), list(combinations('ab', 3)), list(combinations_with_replacement('abc', 2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([1, 2], initial=100)), list(accumulate([])), list(accumulate('abc')))
print([(k, list(g)) for k, g in groupby('aaabbcdaa')], [(k, list(g)) for k, g in groupby([1, 2, 3, 4, 6, 7], key=lambda x: x // 2)])
groups = list(groupby('aabbb')); print([(k, list(g)) for k, g in groups])
g = groupby('xxyy'); k1, g1 = next(g); print(k1, next(g1)); k2, g2 = next(g); print(k2, list(g1), list(g2))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(filterfalse(lambda x: x % 2, range(6))), list(filterfalse(None, [0, 1, '', 'a'])), list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(pairwise('abcd')), list(pairwise('a')))
a, b = tee(iter([1, 2, 3])); print(next(a), list(a), list(b)); t3 = tee('xy', 3); print([list(t) for t in t3])
for bad in [lambda: islice('abc', -1), lambda: islice('abc', 1, -3), lambda: islice('abc', 0, 2, 0), lambda: islice('abc', 'x'), lambda: list(permutations('ab', -1)),
            lambda: product('a', repeat=-1), lambda: count('a')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(sum(1 for _ in islice(count(), 100000)))
