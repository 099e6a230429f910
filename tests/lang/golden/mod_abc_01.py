# abc.ABC and abstractmethod: abstract methods, properties, classmethods and
# staticmethods; instantiation refused until every one is overridden; object.__new__
# from a __new__ written in Python (super().__new__(cls), a singleton).
from abc import ABC, abstractmethod
import asyncio

class Job(ABC):
    @abstractmethod
    async def run(self): ...
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def kind(cls): ...
    def describe(self):
        return f"{self.kind()} job {self.name}"

class Sleep(Job):
    def __init__(self, d): self.d = d
    @property
    def name(self): return f"sleep({self.d})"
    @classmethod
    def kind(cls): return cls.__name__.lower()
    async def run(self):
        await asyncio.sleep(self.d)
        return self.describe()

class Half(Job):
    async def run(self): pass

class AlmostDone(Half):
    name = "fixed"

for cls in (Job, Half, AlmostDone):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(asyncio.run(Sleep(1).run()))
print(isinstance(Sleep(1), Job), issubclass(Sleep, ABC))
print(sorted(Job.__abstractmethods__), sorted(Half.__abstractmethods__), sorted(Sleep.__abstractmethods__))
print(getattr(Job.run, "__isabstractmethod__", False), getattr(Sleep.run, "__isabstractmethod__", False))

class Shape(ABC):
    def __init__(self, label):
        self.label = label
    @staticmethod
    @abstractmethod
    def sides(): ...
    def __repr__(self):
        return f"{type(self).__name__}({self.label!r}, sides={self.sides()})"

class Tri(Shape):
    @staticmethod
    def sides(): return 3
print(Tri("t"), [Tri(str(i)).label for i in range(3)])

class Single:
    _instance = None
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        self.value = value
a, b = Single(1), Single(2)
print(a is b, a.value)
try:
    object.__new__(Single, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
