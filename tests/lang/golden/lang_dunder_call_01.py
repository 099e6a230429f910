# __call__: callable objects, stateful functions, decorators built from classes.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *rest, **kw):
        print(f"  Multiplier({self.k}) called with {x}, {rest}, {kw}")
        return x * self.k

double = Multiplier(2)
print(double(21))
print(double("ab", 1, key="v"))
print(list(map(Multiplier(3), [1, 2, 3])))
print(callable(double), callable(Multiplier), callable(double.k))

class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        result = self.fn(*args)
        print(f"  call #{self.calls} {self.fn.__name__}{args} -> {result}")
        return result

@CountCalls
def add(a, b):
    return a + b

add(1, 2)
add(3, 4)
print("calls:", add.calls, type(add).__name__)

class Accumulator:
    def __init__(self):
        self.total = 0
    def __call__(self, v=1):
        self.total += v
        return self

acc = Accumulator()
acc(5)(10)()(-3)
print("total:", acc.total)

class Dispatcher:
    def __init__(self):
        self.handlers = {}
    def on(self, name):
        def register(fn):
            self.handlers[name] = fn
            return fn
        return register
    def __call__(self, name, *args):
        handler = self.handlers.get(name)
        if handler is None:
            return f"no handler for {name!r}"
        return handler(*args)

d = Dispatcher()

@d.on("greet")
def greet(who):
    return f"hello {who}"

@d.on("sum")
def total(*nums):
    return sum(nums)

print(d("greet", "world"), d("sum", 1, 2, 3), d("missing"))
try:
    five = 5
    five()
except TypeError as e:
    print("TypeError:", e)
try:
    text = "text"
    text()
except TypeError as e:
    print("TypeError:", e)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
