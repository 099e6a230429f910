# dataclasses: order, frozen, unsafe_hash, kw_only, KW_ONLY, InitVar, ClassVar.
from dataclasses import dataclass, field, FrozenInstanceError, KW_ONLY, InitVar, fields, replace
from typing import ClassVar, List

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)

vs = [Version(1, 2), Version(0, 9), Version(1, 0, "rc"), Version(1, 2, "final")]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) <= Version(1, 9), Version(1, 2) >= Version(1, 2, "x"))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)

@dataclass(frozen=True)
class Config:
    host: str
    port: int = 8080

c = Config("localhost")
print(c, hash(c) == hash(Config("localhost")), {c, Config("localhost")})
try:
    c.port = 1
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del c.host
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    c.other = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(replace(c, port=9000), c)

@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str = field(default="x", hash=False)
print(hash(Key(1)) == hash(Key(1, "y")), Key(1) == Key(1, "y"))

@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int
print(Options(level=3))
try:
    Options(True, 3)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int
print(Mixed(1, c=3), [(f.name, f.kw_only) for f in fields(Mixed)])

@dataclass
class Account:
    owner: str
    total: int = 0
    rate: ClassVar[float] = 0.5
    history: List[int] = field(default_factory=list)
    seed: InitVar[int] = 1

    def __post_init__(self, seed):
        self.total += seed

acct = Account("ann", seed=10)
print(acct, Account.rate, [f.name for f in fields(Account)])
print(Account("bob"))
