# dataclasses: init, repr, eq, defaults, default_factory, __post_init__, fields, asdict,
# astuple, replace, inheritance, nested dataclasses.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass

@dataclass
class Job:
    name: str
    cost: float = 0.2
    tags: list = field(default_factory=list)
    attempts: int = field(default=0, repr=False, compare=False)

a = Job("b")
print(a)
print(Job("x", 1, ["t"], 3))
print(Job(name="k", tags=["q"]))
print(a == Job("b"), a == Job("b", attempts=9), a == Job("c"), a != Job("b", 0.3), a == "b")
a.tags.append("new")
print(a.tags, Job("b").tags, Job.cost, hasattr(Job, "tags"))
print([f.name for f in fields(Job)], [f.type for f in fields(a)])
print(asdict(a), astuple(a))
print(replace(a, cost=5))
print(is_dataclass(Job), is_dataclass(a), is_dataclass(3))
print(Job.__match_args__)

@dataclass
class Point:
    x: int
    y: int = 0

    def __post_init__(self):
        self.norm = abs(self.x) + abs(self.y)

p = Point(3, -4)
print(p, p.norm, Point.__init__.__qualname__, Point.__repr__.__qualname__)

@dataclass
class Point3(Point):
    z: int = 0

print(Point3(1, 2, 3), Point3(1).norm, [f.name for f in fields(Point3)])

@dataclass
class Line:
    start: Point
    end: Point
    label: str = "line"
    points: dict = field(default_factory=dict)

line = Line(Point(0, 0), Point(1, 1), points={"mid": Point(0, 1)})
print(line)
print(asdict(line))
print(astuple(line))

@dataclass
class Unhashable:
    v: int
try:
    hash(Unhashable(1))
except TypeError as e:
    print("TypeError:", e)
print(Unhashable.__hash__)

@dataclass(repr=False, eq=False)
class Plain:
    v: int
pl = Plain(1)
print(pl == Plain(1), pl == pl, type(hash(pl)).__name__, repr(pl).startswith("<__main__.Plain object"))

@dataclass
class Custom:
    v: int
    def __repr__(self):
        return f"Custom<{self.v}>"
print(Custom(5), Custom(5) == Custom(5))

@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
root = Node(1)
root.children.append(root)
print(root)

@dataclass()
class Empty:
    pass
print(Empty(), Empty() == Empty(), fields(Empty))

@dataclass
class WithNoInit:
    a: int
    b: int = field(init=False, default=10)
    c: list = field(init=False, default_factory=list)
w = WithNoInit(1)
print(w, w.c)
