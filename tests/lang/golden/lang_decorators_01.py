# Decorators: simple, with arguments, stacked, preserving metadata, class decorators.
def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"  -> {fn.__name__}{args}{' ' + str(kwargs) if kwargs else ''}")
        result = fn(*args, **kwargs)
        print(f"  <- {fn.__name__} = {result!r}")
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper

@trace
def add(a, b=0):
    "Adds two numbers."
    return a + b

print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1))
print(add(1, b=5))

def repeat(times):
    print(f"repeat({times}) factory called")
    def deco(fn):
        print(f"decorating {fn.__name__}")
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def greet(name):
    return f"hi {name}"

print(greet("bob"))

def tag(label):
    def deco(fn):
        def wrapper(*a):
            return f"<{label}>{fn(*a)}</{label}>"
        return wrapper
    print(f"tag {label} applied")
    return deco

@tag("b")
@tag("i")
def text(s):
    return s

print(text("stacked"))

registry = {}
def register(cls):
    registry[cls.__name__] = cls
    cls.registered = True
    return cls

@register
class Plugin:
    pass

@register
class Other:
    pass

print(sorted(registry), Plugin.registered)

def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get

@singleton
class Config:
    def __init__(self, v):
        print("  Config created with", v)
        self.v = v

print(Config(1).v, Config(2).v, Config(3) is Config(4))

class Memo:
    def __init__(self, fn):
        self.fn, self.cache = fn, {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]

@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), len(fib.cache))
decorate = lambda f: (lambda *a: f(*a) * 10)
@decorate
def five():
    return 5
print(five())
@(lambda f: f)
def identity():
    return "arbitrary expression decorator"
print(identity())
