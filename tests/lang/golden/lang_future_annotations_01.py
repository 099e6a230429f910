"""PEP 563: under `from __future__ import annotations` annotations stay source strings."""
from __future__ import annotations
import __future__
from typing import Optional

class Node:
    value: int
    next: Node | None = None
    children: list[Node] = []
    def link(self, other: Node, *rest: 'Node', **kw: dict[str, Optional[Node]]) -> Node:
        return other

def f(a: Undefined.attr[1, 'x'], b: (int, str), c: lambda x, y=2: x + y) -> -1 ** 2 if True else not a:
    pass

def g(x: a + b * c - (d - e), y: (a or b) and not c, z: [i for i in y if i], w: {1: 2, **m}) -> f(*a, k=1, **b):
    pass

def h(p: x[1:2, ::3], q: x[()], r: x[a,], s: 1 .real, t: await_ < 3 <= u is not v, u: b'by' + 2.5e-7) -> ...:
    pass

print(Node.__annotations__)
print(Node.link.__annotations__)
print(f.__annotations__)
print(g.__annotations__)
print(h.__annotations__)
obj = Node()
obj.attr: undefined_name = 1
print(__annotations__ if "__annotations__" in dir() else "no module annotations", obj.attr)
print(__future__.annotations, __future__.division.getMandatoryRelease())
