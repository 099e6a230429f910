# The cycle collector's visible behaviour: a suspended generator in a reference
# cycle is closed (its finally block runs) when the cycle is collected: at
# gc.collect(), automatically as allocations go on, or at the end of the program.
# The number gc.collect() returns is not printed: CPython 3.11 makes no dict for an
# instance until it is needed, so its count of objects differs.
import gc

events = []


def watched(name, box):
    try:
        yield name
    finally:
        events.append("closed " + name)


def cycle(name):
    box = []
    g = watched(name, box)
    next(g)
    box.append(g)


print(gc.isenabled(), gc.get_threshold())
cycle("a")
print(events)
print(isinstance(gc.collect(), int), events)

# Disabled: nothing is collected automatically, however much is allocated.
gc.disable()
print(gc.isenabled())
cycle("b")
for i in range(20000):
    node = [i]
    node.append(node)
print(events)
gc.collect()
print(events)
gc.enable()
print(gc.isenabled())

# Enabled: a cycle per iteration is collected as the program goes on.
for i in range(3):
    cycle("c%d" % i)
for i in range(20000):
    node = {"i": i}
    node["self"] = node
print(len(events))


class Tree:
    def __init__(self, parent=None):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


def grow(depth, parent=None):
    t = Tree(parent)
    if depth:
        grow(depth - 1, t)
        grow(depth - 1, t)
    return t


print(sum(len(grow(6).children) for _ in range(200)))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)

def loud(box):
    try:
        yield
    finally:
        print("closed at exit, after", box[1])


box = [None, "end"]
g = loud(box)
next(g)
box[0] = g
del g, box
print("end")
