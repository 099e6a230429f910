# Dunder methods of builtin values and types ([1].__len__(), int.__add__, NotImplemented for foreign operands),
# object.__setattr__/__getattribute__/__delattr__ behind user hooks, super() reaching builtin dunders.
tests = [
  ('[1,2].__len__()', lambda: [1,2].__len__()),
  ('[1,2].__getitem__(0)', lambda: [1,2].__getitem__(0)),
  ("'ab'.__contains__('a')", lambda: 'ab'.__contains__('a')),
  ('{1:2}.__getitem__(1)', lambda: {1:2}.__getitem__(1)),
  ('(1).__repr__()', lambda: (1).__repr__()),
  ('object().__repr__()[:8]', lambda: object().__repr__()[:8]),
  ("'x'.__str__()", lambda: 'x'.__str__()),
  ('(5).__hash__()', lambda: (5).__hash__()),
  ('list.__len__([1])', lambda: list.__len__([1])),
  ("str.__len__('abc')", lambda: str.__len__('abc')),
  ('next([1].__iter__())', lambda: next([1].__iter__())),
  ('iter([1]).__next__()', lambda: iter([1]).__next__()),
  ('(3).__index__()', lambda: (3).__index__()),
  ('(2.5).__int__()', lambda: (2.5).__int__()),
  ('(-2).__abs__()', lambda: (-2).__abs__()),
  ("format(3, '>3')", lambda: format(3, '>3')),
  ("(3).__format__('>3')", lambda: (3).__format__('>3')),
  ('int.__repr__(3)', lambda: int.__repr__(3)),
  ('[].__class__', lambda: [].__class__),
  ('dict.__getitem__({1:2}, 1)', lambda: dict.__getitem__({1:2}, 1)),
  ('object.__repr__(1)[:5]', lambda: object.__repr__(1)[:5]),
  ('(1).__eq__(1)', lambda: (1).__eq__(1)),
  ("(1).__eq__('a')", lambda: (1).__eq__('a')),
  ('(1).__add__(2)', lambda: (1).__add__(2)),
  ('(1).__add__(1.5)', lambda: (1).__add__(1.5)),
  ("'a'.__add__('b')", lambda: 'a'.__add__('b')),
  ('[1].__eq__([1])', lambda: [1].__eq__([1])),
  ('(1).__lt__(2)', lambda: (1).__lt__(2)),
  ('object.__eq__(1, 1)', lambda: object.__eq__(1, 1)),
  ("hasattr([], '__len__')", lambda: hasattr([], '__len__')),
  ("hasattr(1, '__len__')", lambda: hasattr(1, '__len__')),
  ('(1).__bool__()', lambda: (1).__bool__()),
  ('[1].__bool__()', lambda: [1].__bool__()),
]
for t, f in tests:
    try:
        print(t, '->', f())
    except Exception as e:
        print(t, '->', type(e).__name__, e)

class Traced:
    def __init__(self):
        self.a = 1
    def __setattr__(self, k, v):
        print("set", k, v)
        object.__setattr__(self, k, v)
    def __getattribute__(self, k):
        if k.startswith("secret"):
            raise AttributeError(k)
        return object.__getattribute__(self, k)
    def __getattr__(self, k):
        return f"fallback {k}"
    def __delattr__(self, k):
        print("del", k)
        super().__delattr__(k)
t = Traced()
t.b = 2
print(t.a, t.b, t.secret_x, getattr(t, "missing"))
del t.a
print(hasattr(t, "a"), t.a)

class MyList(list):
    def __repr__(self):
        return "MyList" + super().__repr__()
    def __len__(self):
        return super().__len__() * 10
    def __eq__(self, other):
        return super().__eq__(other)
    __hash__ = None
m = MyList([1, 2])
print(repr(m), len(m), m == [1, 2], m.__eq__(5), [].__hash__, MyList.__hash__)

class Upper(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
    def __contains__(self, k):
        return super().__contains__(k.upper())
u = Upper()
u["a"] = 1
print(u, u["a"], "a" in u, len(u), u == {"A": 1}, list(u))

class Evens(list):
    def __iter__(self):
        return iter([x for x in super().__iter__() if x % 2 == 0])
    def __add__(self, other):
        return Evens(super().__add__(other))
e = Evens([1, 2, 3, 4])
print(list(e), [x for x in e], type(e + [6]).__name__, e + [6], sorted(e), e.__lt__([5]))

class Plain:
    pass
p = Plain()
print(object.__repr__(p) == repr(p), p.__eq__(p), p.__eq__(1), p.__ne__(1), p.__lt__(p), type(p.__hash__()).__name__)
try:
    object.__setattr__(1, "x", 2)
except AttributeError as e:
    print("AttributeError", e)
try:
    int.__add__("a", 1)
except TypeError as e:
    print("TypeError", e)
print(type([].__len__).__name__ if False else "", [1].__iter__().__next__(), {1: 2}.__contains__(1), (2).__pow__(10))
