# Found by hand while fuzzing: type(name, bases, ns) read a non-str name and non-type
# bases as if they were (UBSan: member access within misaligned address); a base
# order without a consistent MRO leaked the half-made class (LeakSanitizer).
for args in [(1, (), {}), ("X", (1,), {}), ("X", [], {}), ("X", (), 5)]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)
class A: pass
class B(A): pass
for bases in [(A, B), (B, A)]:
    try:
        print(type("C", bases, {"x": 1}).__mro__[0].__name__)
    except TypeError as e:
        print("TypeError:", str(e).split(" (")[0].split("\n")[0])
