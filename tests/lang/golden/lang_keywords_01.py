# Keyword arguments of builtins and library functions: str(bytes, encoding=, errors=), pow(mod=),
# int.to_bytes/from_bytes, split(maxsplit=), json.dumps(indent=, sort_keys=), random.choices(k=)...
print((1024).to_bytes(2, byteorder="big"), int.from_bytes(b"\x04\x00", byteorder="big", signed=True))
print("a b c".split(maxsplit=1), "a\nb".splitlines(keepends=True), "x".center(5, "*"), "%s" % 1)
print(sorted("bca", reverse=True), max([1, 3], key=lambda x: -x), min([], default=None))
print(dict(a=1), list(zip([1], [2], strict=True)), "{a}-{b}".format(a=1, b=2), str(b"x", encoding="ascii"))
print(int("z", base=36), float("1.5"), bytes("é", encoding="utf-8"), range(3).index(2))
import json, collections, heapq, functools, itertools, random, statistics, textwrap, dataclasses
print(json.dumps({"b": 1, "a": [1, 2]}, indent=2, sort_keys=True, separators=(",", ": ")))
print(collections.deque([1, 2], maxlen=3), collections.Counter("aab").most_common(n=1), heapq.nlargest(2, [1, 5, 3], key=lambda x: x))
print(list(itertools.accumulate([1, 2, 3], initial=10)), list(itertools.zip_longest([1], [], fillvalue=0)), list(itertools.islice(itertools.count(), 3)))
print(random.choices([1, 2, 3], k=2), random.sample(range(10), k=3), random.randint(a=1, b=2), random.uniform(a=0, b=1) < 1)
print(textwrap.fill("hello world " * 5, width=20), functools.reduce(lambda a, b: a * b, [1, 2, 3], 1))
print(statistics.mean([1, 2]), round(3.14159, ndigits=2), divmod(7, 2), abs(-2), isinstance(1, int))
print(sorted([("a", 2), ("b", 1)], key=lambda t: t[1]), list(map(str, [1])), list(filter(None, [0, 1])), sum([[1]], start=[]))
print(enumerate([1], start=5).__next__(), "abc".replace("a", "x", 1), "a-b".rsplit("-", maxsplit=1), "ab".startswith(("a", "b")))
import itertools
c = itertools.count(start=5, step=2)
print(next(c), next(c))
print(pow(2, 10, mod=1000), pow(base=2, exp=3))
import re
print(re.split(r",", "a,b,c", maxsplit=1))
print(str(b"\xc3\xa9", "utf-8"), str(b"\xff", "utf-8", "replace"), str(b"ab", errors="strict"))
try:
    str("x", "utf-8")
except TypeError as e:
    print(e)
