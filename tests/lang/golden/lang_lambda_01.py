# lambda: defaults, closures, sorting keys, immediate calls, conditional bodies.
square = lambda x: x * x
print(square(7), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
print(square.__name__, (lambda: 0).__name__)
pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: (-p[0], p[1])))
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: (p[0], p[1])))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30])))
print(list(filter(lambda v: v % 3 == 0, range(20))))
classify = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print([classify(n) for n in (-2, 0, 5)])
adders = {name: (lambda k: lambda x: x + k)(k) for name, k in [("one", 1), ("ten", 10)]}
print(adders["one"](5), adders["ten"](5))
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
defaults = lambda a, b=2, *, c=3: (a, b, c)
print(defaults(1), defaults(1, 5), defaults(1, c=9))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w)))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(25))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in ops:
    print(f"6 {sym} 3 = {ops[sym](6, 3)}")
print((lambda x, y=x if False else 0: y)(1) if False else "skip")
table = [(lambda i=i: i * i) for i in range(5)]
print([f() for f in table])
print(type(square).__name__, callable(square), callable(5))
