# Simple statements: assignment forms, del, assert, import, global, raise, pass.
import os
import os.path as p, sys
from . import a
from .. import b as c
from ...pkg.mod import (d, e as f,)
from mod import *
from .mod import g
x = y = z = 1
a, b = b, a
a, *b = c
[a, b] = c
(a, b), c = d
a.b = 1
a[0] = 1
a[1:2] = 3
*a, b = c
a, = b
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 3; x **= 2
x @= m; x &= 1; x |= 1; x ^= 1; x <<= 1; x >>= 1
a.b += 1
a[0] -= 1
x: int
x: int = 5
(y): int = 1
a.b: str = 'x'
a[0]: list[int] = []
del a
del a, b
del a.b, a[0], (c, d), [e]
del (a)
assert x
assert x, "message"
pass
raise
raise ValueError
raise ValueError("x") from None
raise E from e
def scope():
    global g1, g2
    x = 1
    def inner():
        nonlocal x
        x = 2
    return
def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from other()
    z = (yield)
    return x, y
for i in range(3): pass
while x: x -= 1
if x: pass
elif y: pass
else: pass
x = yield_value = 1
a = b = (yield_value)
print(1, 2, sep='')
