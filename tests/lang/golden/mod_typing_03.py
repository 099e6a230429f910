# typing.TypedDict: class form, instances print and index as dicts; annotations kept.
from typing import TypedDict, NamedTuple, Optional
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name="Blade Runner", year=1982)
print(m, m["year"], isinstance(m, dict), Movie.__annotations__)
lit: Movie = {"name": "x", "year": 1}
print(lit)
print(len(Movie(name="a", year=2)), sorted(Movie(year=1, name="b").items()))
class P(TypedDict, total=False):
    x: int
print(P(x=1), P())
