# Carets in tracebacks through methods, properties, comprehensions, lambdas,
# f-strings, multi-line calls, keyword arguments and coroutines.
import asyncio, traceback
def show(f):
    # The program's own frames (CPython's asyncio frames are its library's), with the
    # file named without its directory.
    try:
        f()
    except Exception:
        lines = traceback.format_exc().splitlines()
        keep = True
        for line in lines:
            if line.startswith('  File "'):
                path = line.split('"')[1]
                keep = path.endswith(".py") and "asyncio" not in path
                line = line.replace(path, path.rsplit("/", 1)[-1])
            if keep or not line.startswith(" "):
                print(line)
class Box:
    def __init__(self, v): self.v = v
    def get(self, k): return self.v[k]
    @property
    def bad(self): return self.v.nothing
def g1(): return Box({}).get("k")
def g2(): return Box(1).bad
def g3(): return [x / 0 for x in range(3)]
def g4(): return (lambda y: y.z)(5)
def g5(): return f"{1/0}"
def g6():
    b = Box([1])
    return b.get(
        4)
def g7(): return sorted([3, "a"])
def g8(): return dict(**{1: 2})
def g9(): return Box.get(None, 1)
def g10():
    def inner(a, b):
        return a + b
    return inner(1, b=None)
def g11(): return "%d" % "x"
def g12(): return not_defined()
def g13(): return print(1, sep=5)
def g14(): return [][0:1][0]
async def c1():
    await asyncio.sleep(0)
    return {}["k"]
async def c2():
    return await asyncio.wait_for(c1(), 1)
def g15(): return asyncio.run(c2())
for f in (g1, g2, g3, g4, g5, g6, g7, g8, g9, g10, g11, g12, g13, g14, g15):
    show(f)
x = {"a": 1}
print(x["a"] + x["b"])  # uncaught: stderr's last line
