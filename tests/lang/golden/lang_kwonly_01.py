# Keyword-only and positional-only parameters.
def kw(a, *, b, c=3):
    return f"a={a} b={b} c={c}"

print(kw(1, b=2))
print(kw(a=1, b=2, c=5))
print(kw(1, c=9, b=8))
try:
    kw(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    kw(1)
except TypeError as e:
    print("TypeError:", e)

def pos(a, b, /, c, *, d):
    return (a, b, c, d)

print(pos(1, 2, 3, d=4))
print(pos(1, 2, c=3, d=4))
try:
    pos(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
try:
    pos(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)

def only_pos(x, y=10, /):
    return x + y

print(only_pos(1), only_pos(1, 2))
try:
    only_pos(x=1)
except TypeError as e:
    print("TypeError:", e)

def star_then_kw(*items, sep=", ", end="."):
    return sep.join(str(i) for i in items) + end

print(star_then_kw(1, 2, 3))
print(star_then_kw(1, 2, 3, sep="-", end="!"))
print(star_then_kw())

def pos_with_kwargs(name, /, **kw):
    return name, kw

print(pos_with_kwargs("n", name="also allowed"))

class Config:
    def __init__(self, *, host="localhost", port=8080, debug=False):
        self.host, self.port, self.debug = host, port, debug
    def __repr__(self):
        return f"Config(host={self.host!r}, port={self.port}, debug={self.debug})"

print(Config())
print(Config(port=9000, debug=True))
try:
    Config("example.com")
except TypeError as e:
    print("TypeError:", e)
