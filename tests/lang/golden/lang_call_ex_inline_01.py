# f(*args, **kwargs) of Python functions runs inline: recursion through a decorator
# goes as deep as plain recursion; argument errors and exceptions are unchanged.
import functools
def deco(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper
@deco
def depth(n, step=1):
    return 0 if n == 0 else 1 + depth(n - step, step=step)
print(depth(400), depth.__name__)
def kw(a, *, b): return a + b
print(kw(*[1], **{"b": 2}))
try:
    kw(*[1, 2])
except TypeError as e:
    print(e)
def boom(): raise ValueError("x")
try:
    boom(*())
except ValueError as e:
    print("caught", e)
